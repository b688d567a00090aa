// Text formats as councils publish them (test/fixtures/ingest/formats, one a file), through the whole
// ingest: CSV saved with an .xls name, tab- and semicolon-separated files, dates that give only a month.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";

const FIXTURE = join(import.meta.dirname, "../../fixtures/ingest/formats");
let files: FileQuality[];
let payments: string[];
const file = (name: string) => files.find((f) => f.file === `spend/${name}`) as FileQuality;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "ledger-formats-"));
  files = (await runIngest(loadDataConfig(FIXTURE), out)).files;
  payments = readFileSync(join(out, "payments.csv"), "utf8").trimEnd().split("\n");
});

describe("published formats", () => {
  it.each([
    ["2014-09.xls", "windows-1252", 2, "3254.02"],
    ["2014-10.tsv", "utf-8", 2, "995.00"],
    ["2014-11.csv", "utf-8", 2, "1244.56"],
    ["2014-12.csv", "utf-8", 4, "100.00"],
  ])("reads %s (%s): %i payments, £%s", (name, encoding, kept, total) => {
    const f = file(name);
    expect([f.encoding, f.rows, f.accepted, f.rejected, f.amount_total, f.file_reason]).toEqual([
      encoding,
      kept,
      kept,
      0,
      total,
      null,
    ]);
  });

  it("reads a CSV saved with an .xls name as text, its pound signs in its code page", () => {
    expect(payments.some((p) => p.includes("Café Ltd") && p.includes("2681.94"))).toBe(true);
  });

  it("keeps a semicolon-separated file's commas inside its cells", () => {
    expect(payments.some((p) => p.includes("1234.56") && p.includes('"Books, paper"'))).toBe(true);
  });

  it("keeps dates that give only a month in that month, dated its first day, and says the day is not known", () => {
    const f = file("2014-12.csv");
    expect(f.month_only_dates).toEqual({ count: 3, lines: [2, 3, 4], example: "Dec 2014" });
    expect(f.warnings).toContain(
      '3 dates published as a month with no day (such as "Dec 2014"), each counted in its month and dated its first day, the day not being known: line 2, line 3, line 4',
    );
    expect(payments.filter((p) => p.includes("2014-12-01")).length).toBe(4);
  });
});
