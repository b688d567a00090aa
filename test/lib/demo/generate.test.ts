// The demo generator through the ingest: every quirk the generator plants (it reports where, in
// summary.specials) is found again by the ingest, and every record is accounted for.
// (Determinism, schemas, encodings and volume: determinism/config/encodings/scale.test.ts.)
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { type DemoSummary, generateDemo } from "../../../src/lib/demo/generate.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";

let dir: string;
let summary: DemoSummary;
let files: FileQuality[];
let out: string;
const reasons = (council: string) =>
  files.filter((f) => f.council === council).flatMap((f) => f.rejects.map((r) => r.reason));
const specials = (kind: string) => summary.specials.filter((s) => s.kind === kind);
const quality = (council: string, file: string) =>
  files.find((f) => f.council === council && f.file === file);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ledger-demo-"));
  summary = await generateDemo({ out: dir, payments: 4000, seed: 11 });
  out = mkdtempSync(join(tmpdir(), "ledger-demo-out-"));
  files = (await runIngest(loadDataConfig(dir), out)).files;
});

describe("the ingest on demo data", () => {
  it("decodes every encoding cleanly: no U+FFFD in any output, £ and é intact", () => {
    const payments = readFileSync(join(out, "payments.csv"), "utf8");
    for (const name of ["payments.csv", "contracts.csv", "suppliers.csv"]) {
      expect(readFileSync(join(out, name), "utf8").includes("\uFFFD"), name).toBe(false);
    }
    expect(payments).toContain("Café Rouge Catering");
  });

  it("finds a header in every file and accounts for every record", () => {
    expect(files.filter((f) => f.header_line === null)).toEqual([]);
    for (const f of files) expect(f.rows, f.file).toBe(f.accepted + f.rejected);
    expect(files.filter((f) => f.kind === "contracts").reduce((n, f) => n + f.accepted, 0)).toBe(
      summary.contracts,
    );
  });

  it("rejects Harrowmere's total rows and body-only records, and nothing else there", () => {
    const harrowmere = reasons("harrowmere");
    expect(harrowmere.filter((r) => r.startsWith("total row"))).toHaveLength(36);
    expect(harrowmere.filter((r) => r.startsWith("body name only"))).toHaveLength(
      specials("body-only").length,
    );
    expect(harrowmere).toHaveLength(36 + specials("body-only").length);
  });

  it("uses Kestwick's corrected re-issue instead of the first issue", () => {
    expect(quality("kestwick", "spend/2023-07.csv")?.replaced_by).toBe("spend/2023-07-corrected.csv");
  });

  it("rejects Fenmouth's impossible and VARIOUS dates and its REDACTED amount", () => {
    const fenmouth = reasons("fenmouth");
    expect(fenmouth).toContain('date not valid: "15/0/72014" in column "Pay date"');
    expect(fenmouth.filter((r) => r === 'date not valid: "VARIOUS" in column "Pay date"')).toHaveLength(2);
    expect(fenmouth).toContain('amount redacted in column "Amount"');
  });

  it("finds Ashvale's overlapping months and duplicate records, and reads the CR-only file", () => {
    const overlaps = reasons("ashvale").filter((r) => r.startsWith("duplicate of spend/"));
    expect(overlaps).toHaveLength(specials("overlap").length);
    for (const s of specials("duplicate").map((x) => x.file)) {
      const pairs = specials("duplicate").filter((x) => x.file === s).length;
      expect(quality("ashvale", s)?.possible_duplicates, s).toBe(pairs * 2);
    }
    expect(quality("ashvale", "spend/2023-02.csv")?.accepted).toBeGreaterThan(0);
  });

  it("reads Brackenridge without a reject, its expense area through the columns override", () => {
    expect(reasons("brackenridge")).toEqual([]);
    expect(files.find((f) => f.council === "brackenridge" && f.kind === "spend")?.columns.expense_area).toBe(
      "ServiceLabel",
    );
  });
});
