// Amounts and dates as councils' spreadsheets export them (test/fixtures/ingest/quirks, one quirk a
// line), through the whole ingest: every row kept that should be, each amount to the penny, and the
// amounts read from a binary double's printing counted in the file's quality entry.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";

const FIXTURE = join(import.meta.dirname, "../../fixtures/ingest/quirks");
let files: FileQuality[];
/** payments.csv: source line → [date, amount]. */
let payments: Map<number, [string, string]>;
let contracts: string;
const file = (name: string) => files.find((f) => f.file === name) as FileQuality;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "ledger-quirks-"));
  files = (await runIngest(loadDataConfig(FIXTURE), out)).files;
  const [header, ...rows] = readFileSync(join(out, "payments.csv"), "utf8").trimEnd().split("\n");
  const columns = (header as string).split(",");
  const at = (name: string) => columns.indexOf(name);
  payments = new Map(
    rows.map((row) => {
      const cells = row.split(",");
      const cell = (name: string) => cells[at(name)] as string;
      return [Number(cell("source_line")), [cell("date"), cell("amount")]];
    }),
  );
  contracts = readFileSync(join(out, "contracts.csv"), "utf8");
});

describe("published quirks, one a line", () => {
  it.each([
    [2, "631.1899999999999", "2023-01-01", "631.19"],
    [3, "day number 44928", "2023-01-02", "100.00"],
    [4, '"1,234.56-"', "2023-01-03", "-1234.56"],
    [5, "£-12.34", "2023-01-04", "-12.34"],
    [6, "-£12.34", "2023-01-05", "-12.34"],
    [7, "(12.00)", "2023-01-06", "-12.00"],
    [8, '"1616.23 " (a space inside the quotes)', "2023-01-07", "1616.23"],
    [9, "67267.06999999999", "2023-01-08", "67267.07"],
    [10, "841.4375 (sub-penny, kept exact)", "2023-01-09", "841.4375"],
    [11, "1.2000000000000002", "2023-01-10", "1.20"],
    [13, '"(631.1899999999999)" dated 44937.5', "2023-01-11", "-631.19"],
  ])("keeps line %i (%s) as %s, %s", (line, _quirk, date, amount) => {
    expect(payments.get(line)).toEqual([date, amount]);
  });

  it("sets aside only the amount with seven real decimals, saying why", () => {
    const spend = file("spend/2023-01.csv");
    expect([spend.rows, spend.accepted, spend.rejected]).toEqual([12, 11, 1]);
    expect(spend.rejects).toEqual([
      { line: 12, reason: 'amount has more than 6 decimal places: 12.3456789 in column "Amount"' },
    ]);
    expect(spend.amount_total).toBe("68554.6975");
  });

  it("counts the amounts read from a double's printing, with their lines and a note", () => {
    const spend = file("spend/2023-01.csv");
    expect(spend.double_amounts).toEqual({ count: 4, lines: [2, 9, 11, 13], example: "631.1899999999999" });
    expect(spend.warnings).toEqual([
      '4 amounts printed as binary floating point (such as "631.1899999999999", read as 631.19), ' +
        "each read as the decimal it stands for: line 2, line 9, line 11, line 13",
    ]);
  });

  it("reads a register's value and date the same way", () => {
    const register = file("contracts/register.csv");
    expect(register.double_amounts).toEqual({ count: 1, lines: [2], example: "120000.00000000001" });
    expect(contracts).toContain(",2023-01-01,,,,,,,120000.00,");
  });
});
