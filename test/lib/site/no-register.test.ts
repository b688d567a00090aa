// A partnership whose councils publish no contracts register: the data-quality page says, for each,
// that its spend cannot be checked against contracts (and the red flags raise no such questions).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useMiniDataset } from "./mini-dataset.ts";

beforeAll(async () => {
  const dir = await useMiniDataset({ flags: false });
  // The register's header only: no contract at all.
  const header = readFileSync(join(dir, "contracts.csv"), "utf8").split("\n")[0];
  writeFileSync(join(dir, "contracts.csv"), `${header}\n`);
});

describe("councils with no contracts register", () => {
  it("are noted on the data-quality page", async () => {
    const { dataQualityPage } = await import("../../../src/lib/site/data-quality.ts");
    expect(dataQualityPage().councilNotes).toEqual([
      {
        slug: "alpha",
        name: "Alpha District Council",
        note: "no contract register published, so spend cannot be checked against contracts",
      },
      {
        slug: "beta",
        name: "Beta Borough Council",
        note: "no contract register published, so spend cannot be checked against contracts",
      },
    ]);
  });
});
