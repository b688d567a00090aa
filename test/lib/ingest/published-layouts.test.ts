// Header rows as councils' report writers publish them (test/fixtures/ingest/layouts, one quirk a
// file), through the whole ingest: the header found past fragments and blank columns, Agresso's text
// columns read as names, a file with no header row read with a sibling's columns, and files that are
// not payments set aside whole with what they hold in words.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { councilSetAside, setAsideReport } from "../../../src/lib/ingest/output/set-aside-report.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";

const FIXTURE = join(import.meta.dirname, "../../fixtures/ingest/layouts");
let files: FileQuality[];
/** payments.csv rows as "file:line date supplier amount". */
let kept: string[];
/** contracts.csv as records keyed by column name. */
let contracts: Record<string, string>[];
const file = (name: string) => files.find((f) => f.file === `spend/${name}`) as FileQuality;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "ledger-layouts-"));
  files = (await runIngest(loadDataConfig(FIXTURE), out)).files;
  const [contractHeader, ...contractLines] = readFileSync(join(out, "contracts.csv"), "utf8")
    .trimEnd()
    .split("\n");
  const contractColumns = (contractHeader as string).split(",");
  contracts = contractLines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(contractColumns.map((name, i) => [name, cells[i] as string]));
  });
  const [header, ...rows] = readFileSync(join(out, "payments.csv"), "utf8").trimEnd().split("\n");
  const columns = (header as string).split(",");
  kept = rows.map((row) => {
    const cells = row.split(",");
    const cell = (name: string) => cells[columns.indexOf(name)] as string;
    return `${cell("source_file").replace("spend/", "")}:${cell("source_line")} ${cell("date")} ${cell("supplier")} ${cell("amount")}`;
  });
});

describe("header rows as report writers publish them", () => {
  it("accounts for every record of every file", () => {
    for (const f of files) expect(f.rows, f.file).toBe(f.accepted + f.rejected);
  });

  it("finds a header whose first cell is an Oracle report-writer fragment, keeping rows with junk first cells", () => {
    const f = file("2023-03.csv");
    expect(f.file_reason).toBeNull();
    expect(f.header_line).toBe(2);
    expect(f.columns).toMatchObject({ supplier: "Supplier Name", amount: "Amount", date: "Pay Date" });
    expect(kept).toContain("2023-03.csv:3 2023-03-03 Eel Ltd 5500.00");
    expect(kept).toContain("2023-03.csv:4 2023-03-27 Fox Taxis 640.00");
  });

  it("reads Agresso's Ap/Ar ID(T) as the supplier's name and Ap/Ar ID as its number", () => {
    const f = file("2023-04.csv");
    expect(f.file_reason).toBeNull();
    expect(f.columns).toMatchObject({
      supplier: "Ap/Ar ID(T)",
      supplier_ref: "Ap/Ar ID",
      expense_type: "Account(T)",
      expense_code: "Account",
      expense_area: "Direct(T)",
    });
    expect(kept).toContain("2023-04.csv:2 2023-04-19 Gull Taxis Ltd 2114.00");
    expect(f.accepted).toBe(2);
  });

  it("finds a header past a title and all-comma rows, with blank columns between real ones and a (œ) suffix", () => {
    const f = file("2023-05.csv");
    expect(f.header_line).toBe(4);
    expect(f.columns).toMatchObject({ date: "Date", supplier: "Supplier", amount: "Amount (œ)" });
    expect(kept).toContain("2023-05.csv:6 2023-05-06 Jay Ltd 1250.00");
  });

  it("reads a file whose first row is data with the columns of the council's nearest file of the same width", () => {
    const f = file("2023-02.csv");
    expect(f.file_reason).toBeNull();
    expect(f.layout_from).toBe("spend/2023-01.csv");
    expect(f.header_line).toBeNull();
    expect([f.rows, f.accepted, f.rejected]).toEqual([3, 2, 1]);
    expect(kept).toContain("2023-02.csv:1 2023-02-01 Acme Ltd 300.00");
    expect(f.warnings.join(" ")).toContain("read with the columns of spend/2023-01.csv");
  });

  it("borrows only a layout that reads the file's first rows as payments, though another is as near", () => {
    const f = file("2023-06.csv");
    // 2023-05.csv is as near and as wide, but its first column is the date.
    expect(f.layout_from).toBe("spend/2023-08-republished.csv");
    expect(kept).toContain("2023-06.csv:2 2023-06-02 Teal Ltd 65.00");
  });

  it("sets aside a file whose first row is data when no other file has as many columns, saying so", () => {
    const f = file("2023-07.csv");
    expect(f.file_reason).toMatch(/first row is data \(6 columns\).*no other file.*6 columns/);
    expect([f.rows, f.rejected]).toEqual([2, 2]);
  });

  it("names the closest row and what it lacks when no header qualifies", () => {
    expect(file("odd.csv").file_reason).toBe(
      'no header row with date, amount and supplier columns in the first rows; the closest, line 1, names supplier ("Supplier Name"), amount ("Value"), transaction ref ("Reference") but no date column',
    );
  });

  it("says in words that a property list and a pivot of supplier totals are not payments", () => {
    expect(file("properties.csv").file_reason).toMatch(/^not payments: a list of properties or land/);
    expect(file("supplier-totals.csv").file_reason).toMatch(
      /^not payments: a table of totals per supplier and month \(a pivot table with "Grand Total"/,
    );
  });
});

describe("a record is its values, not its file's layout", () => {
  it("counts once the same payments republished with columns renamed, reordered and added", () => {
    const republished = file("2023-08-republished.csv");
    const original = file("2023-08.csv");
    expect(republished.accepted).toBe(3);
    expect(original.rejects).toEqual([
      { line: 2, reason: "duplicate of spend/2023-08-republished.csv:2" },
      { line: 3, reason: "duplicate of spend/2023-08-republished.csv:3" },
    ]);
    // A penny's difference is another payment.
    expect(kept).toContain("2023-08.csv:4 2023-08-10 Rook Ltd 75.00");
    expect(original.set_aside_amounts).toEqual({ "duplicate of a record in another file": "2600.50" });
  });
});

describe("a contract register's columns", () => {
  it("are read as fully as a payment file's: award date, type, supplier size and postcode, both end dates, extensions", () => {
    expect(contracts[0]).toMatchObject({
      reference: "LC-1",
      award_date: "2023-02-15",
      contract_type: "Services",
      supplier_size: "Small",
      supplier_postcode: "CV34 4RL",
      start_date: "2023-04-01",
      end_date: "2026-03-31",
      original_end_date: "2025-03-31",
      extension_options: "24",
      sme: "true",
    });
    expect(contracts[1]).toMatchObject({ award_date: "2023-03-01", supplier_size: "Large", sme: "false" });
  });

  it("lists a register column no field reads", () => {
    const register = files.find((f) => f.file === "contracts/register.csv") as FileQuality;
    expect(register.unused_columns).toEqual(["Visibility"]);
  });
});

describe("the set-aside report", () => {
  it("counts rows and pounds set aside per reason, marking any over 0.5 % as needing a look", () => {
    const c = councilSetAside(files, "layoutshire");
    expect(c.unbalanced).toEqual([]);
    const reasons = new Map(c.reasons.map((r) => [r.reason, r]));
    expect(reasons.get("amount missing")).toMatchObject({ rows: 1, amount: null, needsALook: true });
    expect(reasons.get("whole file: not payments")?.rows).toBe(7);
    const text = setAsideReport(files, ["layoutshire"]);
    expect(text).toContain("every file: rows = kept + set aside");
    expect(text).toMatch(/amount missing +1 +\d+\.\d\d % +no amount +needs a look/);
    expect(text).toMatch(/whole file: not payments +7 +\d+\.\d\d % +£ unknown +needs a look/);
  });
});
