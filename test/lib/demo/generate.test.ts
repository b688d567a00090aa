// The demo generator: deterministic, valid configuration, each council in its own format, and
// every quirk it plants found again by the ingest.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { generateDemo } from "../../../src/lib/demo/generate.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";

const PAYMENTS = 4000;
let dir: string;

function allFiles(root: string, prefix = ""): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(root, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ledger-demo-"));
  await generateDemo({ out: dir, payments: PAYMENTS, seed: 11 });
});

describe("generateDemo", () => {
  it("writes byte-identical output for the same arguments", async () => {
    const again = mkdtempSync(join(tmpdir(), "ledger-demo-"));
    await generateDemo({ out: again, payments: PAYMENTS, seed: 11 });
    const files = allFiles(dir).sort();
    expect(allFiles(again).sort()).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(again, file)), file).toEqual(readFileSync(join(dir, file)));
  });

  it("writes configuration the schemas accept, for five councils", () => {
    const config = loadDataConfig(dir);
    expect(config.partnership.demo).toBe(true);
    expect(config.councils).toHaveLength(5);
    expect(config.partnership.arrangements?.map((a) => a.id)).toEqual(["joint-waste", "shared-ict"]);
  });

  it("publishes each council in its own encoding", () => {
    const first = (slug: string, file: string) => readFileSync(join(dir, "councils", slug, "spend", file));
    expect([...first("harrowmere", "2022-04.csv").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(first("kestwick", "2022-04.csv").includes(0xa3)).toBe(true);
    expect(first("fenmouth", "2022-23-q1.csv").includes(0x9c)).toBe(true);
    expect(first("ashvale", "2023-02.csv").includes(0x0a)).toBe(false);
    expect(first("brackenridge", "2022-04.csv").includes(0x0d)).toBe(false);
  });

  it("scales with --payments", async () => {
    const small = mkdtempSync(join(tmpdir(), "ledger-demo-"));
    const summary = await generateDemo({ out: small, payments: 1000, seed: 11 });
    const larger = await generateDemo({
      out: mkdtempSync(join(tmpdir(), "ledger-demo-")),
      payments: 8000,
      seed: 11,
    });
    expect(larger.payments / summary.payments).toBeGreaterThan(5);
  });
});

describe("the ingest on demo data", () => {
  let files: FileQuality[];
  const reasons = (council: string) =>
    files.filter((f) => f.council === council).flatMap((f) => f.rejects.map((r) => r.reason));

  beforeAll(async () => {
    files = (await runIngest(loadDataConfig(dir), mkdtempSync(join(tmpdir(), "ledger-demo-out-")))).files;
  });

  it("accounts for every record", () => {
    for (const f of files) expect(f.rows, f.file).toBe(f.accepted + f.rejected);
    expect(files.filter((f) => f.header_line === null)).toEqual([]);
  });

  it("finds the quirks each council's files carry", () => {
    expect(reasons("harrowmere").filter((r) => r.startsWith("total row"))).toHaveLength(36);
    expect(reasons("harrowmere").filter((r) => r.startsWith("body name only"))).toHaveLength(3);
    const kestwick = files.find((f) => f.council === "kestwick" && f.file === "spend/2023-07.csv");
    expect(kestwick?.replaced_by).toBe("spend/2023-07-corrected.csv");
    expect(reasons("fenmouth")).toEqual(
      expect.arrayContaining([
        'date not valid: "15/0/72014" in column "Transaction Date"',
        'date not valid: "VARIOUS" in column "Transaction Date"',
        'amount redacted in column "Amount"',
      ]),
    );
    expect(reasons("ashvale").filter((r) => r.startsWith("duplicate of spend/")).length).toBeGreaterThan(30);
    expect(
      files.find((f) => f.council === "ashvale" && f.file === "spend/2022-09.csv")?.possible_duplicates,
    ).toBe(4);
    expect(
      files.find((f) => f.council === "ashvale" && f.file === "spend/2023-02.csv")?.accepted,
    ).toBeGreaterThan(0);
    expect(reasons("brackenridge")).toEqual([]);
    expect(files.find((f) => f.council === "brackenridge" && f.kind === "spend")?.columns.expense_area).toBe(
      "CostCentreName",
    );
  });
});
