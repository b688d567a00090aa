import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContractMerger } from "../../../../src/lib/ingest/ocds/merge.ts";
import { readOcdsFile } from "../../../../src/lib/ingest/ocds/ocds-file.ts";
import { JsonAmount, type ParsedRelease, readRelease } from "../../../../src/lib/ingest/ocds/release.ts";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/ocds");

function release(index: number, date: string, title: string, amount: string): ParsedRelease {
  const result = readRelease(
    {
      ocid: "ocds-b5fd17-1",
      id: `r${index}`,
      date,
      tag: ["tender"],
      tender: { title, value: { amount: new JsonAmount(amount), currency: "GBP" } },
    },
    `ocds/a.json#/releases/${index}`,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.release;
}

describe("ContractMerger", () => {
  it("merges each release as it is read, and the file holds none of them", async () => {
    const merger = new ContractMerger("east-vale");
    const file = await readOcdsFile(
      join(FIXTURES, "release-package.json"),
      "east-vale",
      "ocds/release-package.json",
      undefined,
      (r) => merger.add(r),
    );
    expect(file.releases).toEqual([]);
    expect(file.summary.kept).toBe(2);
    const [contract] = merger.finish();
    expect(contract?.releases.map((r) => r.at)).toEqual([
      "ocds/release-package.json#/releases/0",
      "ocds/release-package.json#/releases/1",
    ]);
    expect(contract?.tender_value?.at).toBe("ocds/release-package.json#/releases/1/tender/value");
  });

  it("a release dated before one already merged never replaces the later value; its own is kept as earlier", () => {
    const merger = new ContractMerger("east-vale");
    merger.add(release(0, "2025-03-01T00:00:00Z", "Grounds maintenance", "100"));
    merger.add(release(1, "2025-01-01T00:00:00Z", "Grounds upkeep", "90"));
    const [contract] = merger.finish();
    expect(contract?.title).toEqual({
      value: "Grounds maintenance",
      at: "ocds/a.json#/releases/0/tender/title",
      earlier: [{ value: "Grounds upkeep", at: "ocds/a.json#/releases/1/tender/title" }],
    });
    expect(contract?.releases.map((r) => r.id)).toEqual(["r1", "r0"]);
  });

  it("a late release repeating an earlier value adds nothing", () => {
    const merger = new ContractMerger("east-vale");
    merger.add(release(0, "2025-01-01T00:00:00Z", "Old", "100"));
    merger.add(release(1, "2025-03-01T00:00:00Z", "New", "100"));
    merger.add(release(2, "2025-02-01T00:00:00Z", "Old", "100"));
    const [contract] = merger.finish();
    expect(contract?.title?.value).toBe("New");
    expect(contract?.title?.earlier).toEqual([{ value: "Old", at: "ocds/a.json#/releases/0/tender/title" }]);
    expect(contract?.tender_value?.earlier).toBeUndefined();
  });
});
