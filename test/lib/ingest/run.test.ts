// End to end: the mini fixture partnership through the whole ingest, outputs checked line by line.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";

const FIXTURE = join(import.meta.dirname, "../../fixtures/mini");

function readCsv(dir: string, name: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dir, name), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

let out: string;
let files: FileQuality[];
let payments: Record<string, string>[];
let contracts: Record<string, string>[];
let suppliers: Record<string, string>[];
const fileOf = (council: string, file: string) =>
  files.find((f) => f.council === council && f.file === file) as FileQuality;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "ledger-run-"));
  const result = await runIngest(loadDataConfig(FIXTURE), out);
  files = result.files;
  payments = readCsv(out, "payments.csv");
  contracts = readCsv(out, "contracts.csv");
  suppliers = readCsv(out, "suppliers.csv");
});

describe("runIngest on the mini partnership", () => {
  it("accounts for every record of every file: rows = accepted + rejected", () => {
    for (const f of files) expect(f.rows, `${f.council}/${f.file}`).toBe(f.accepted + f.rejected);
    const april = fileOf("alpha", "spend/2023-04.csv");
    expect([april.header_line, april.rows, april.accepted, april.rejected]).toEqual([3, 13, 9, 4]);
    expect(april.rejects).toEqual([
      { line: 8, reason: 'amount redacted in column "Amount"' },
      { line: 9, reason: 'date not valid: "15/0/72014" in column "Date"' },
      { line: 15, reason: "body name only, no payment details" },
      { line: 16, reason: "total row (an amount with no date or supplier)" },
    ]);
    expect(april.encoding).toBe("utf-8");
  });

  it("counts a record repeated in another file once and says where it stood first", () => {
    const may = fileOf("alpha", "spend/2023-05.csv");
    expect(may.rejects).toEqual([{ line: 2, reason: "duplicate of spend/2023-04.csv:13" }]);
    expect(payments.filter((p) => p.transaction_ref === "T1010")).toHaveLength(2);
  });

  it("keeps identical records inside one file and marks them as possible duplicates", () => {
    const flagged = payments.filter((p) => p.possible_duplicate === "true");
    expect(flagged.map((p) => `${p.source_file}:${p.source_line}`)).toEqual([
      "spend/2023-04.csv:13",
      "spend/2023-04.csv:14",
    ]);
    expect(fileOf("alpha", "spend/2023-04.csv").possible_duplicates).toBe(2);
  });

  it("lists a replaced file without counting it, and counts its correction", () => {
    const replaced = fileOf("alpha", "spend/2023-06.csv");
    expect(replaced.replaced_by).toBe("spend/2023-06-corrected.csv");
    expect([replaced.rows, replaced.accepted, replaced.rejected]).toEqual([2, 0, 2]);
    expect(payments.filter((p) => p.source_file === "spend/2023-06.csv")).toHaveLength(0);
    expect(payments.find((p) => p.transaction_ref === "T3001")?.amount).toBe("990.00");
  });

  it("rejects a file with no recognisable columns whole, saying what it found", () => {
    const notes = fileOf("alpha", "spend/notes.csv");
    expect(notes.file_reason).toMatch(
      /no header row with date, amount and supplier.*These files are published monthly/,
    );
    expect([notes.rows, notes.accepted, notes.rejected]).toEqual([2, 0, 2]);
  });

  it("keeps amounts exact, as published, negative for credits", () => {
    const amounts = Object.fromEntries(payments.map((p) => [p.transaction_ref, p.amount]));
    expect(amounts.T1001).toBe("1250.00");
    expect(amounts.T1002).toBe("841.4375");
    expect(amounts.T1003).toBe("-264.50");
    expect(amounts.B3).toBe("-540.00");
    expect(fileOf("alpha", "spend/2023-04.csv").amount_total).toBe("5516.9375");
  });

  it("decodes Windows-1252 and joins a header split over two rows", () => {
    const beta = fileOf("beta", "spend/2023-04.csv");
    expect(beta.encoding).toBe("windows-1252");
    expect(beta.accepted).toBe(6);
    expect(payments.find((p) => p.transaction_ref === "B3")?.supplier).toBe("Café Rouge Catering");
    expect(payments.find((p) => p.transaction_ref === "B1")?.expense_area).toBe("Waste");
  });

  it("keeps how each payment file was read (delimiter, first data line, amount column) out of quality.json", () => {
    const beta = fileOf("beta", "spend/2023-04.csv");
    expect(beta.read_settings).toEqual({ format: "csv", delimiter: ",", data_line: 3, amount_column: 2 });
    expect(readFileSync(join(out, "quality.json"), "utf8")).not.toContain("read_settings");
  });

  it("groups redactions, never matching them to a supplier, but keeps Redactive Events Ltd", () => {
    const redacted = payments.filter((p) => p.redacted === "true");
    expect(redacted.map((p) => p.transaction_ref).sort()).toEqual(["B5", "T1004"]);
    expect(new Set(redacted.map((p) => p.supplier_id))).toEqual(new Set(["redacted"]));
    expect(payments.find((p) => p.transaction_ref === "T1008")?.supplier_id).not.toBe("redacted");
  });

  it("gives one supplier id across councils, by company number, with every published name", () => {
    const acme = suppliers.find((s) => s.company_number === "01026167");
    expect(acme?.id).toBe("01026167");
    expect(acme?.names_published.split(" | ")).toEqual([
      "ACME SUPPLIES LIMITED",
      "Acme Supplies Limited",
      "Acme Supplies Ltd",
    ]);
    expect(acme?.councils).toBe("alpha beta");
    const acmePayments = payments.filter((p) => p.supplier_id === "01026167");
    expect(acmePayments.map((p) => p.transaction_ref).sort()).toEqual([
      "B1",
      "T1001",
      "T1003",
      "T1010",
      "T1010",
      "T2002",
      "T3001",
      "T3002",
    ]);
    const nlt = payments.filter((p) => p.transaction_ref === "T1002" || p.transaction_ref === "T2001");
    expect(new Set(nlt.map((p) => p.supplier_id)).size).toBe(1);
  });

  it("keeps a payment whose supplier cell is empty, in a group of its own", () => {
    const unnamed = payments.find((p) => p.transaction_ref === "B6");
    expect(unnamed?.supplier_id).toBe("not-published");
    expect(suppliers.find((s) => s.id === "not-published")?.name).toBe("Supplier not published");
  });

  it("marks payments between partner councils", () => {
    const partner = payments.filter((p) => p.partner_payment === "true").map((p) => p.transaction_ref);
    expect(partner.sort()).toEqual(["B4", "T1007"]);
  });

  it("reads the contract register: company numbers, placeholders as notes, joint purchasing body", () => {
    expect(contracts).toHaveLength(2);
    const joint = contracts.find((c) => c.reference === "C-001");
    expect(joint?.company_number).toBe("01026167");
    expect(joint?.end_date).toBe("");
    expect(joint?.notes).toContain("end_date: TBC");
    expect(joint?.sme).toBe("false");
    expect(joint?.purchasing_council).toBe("beta");
    expect(joint?.total_value).toBe("1200000.00");
    const grant = contracts.find((c) => c.reference === "C-002");
    expect(grant?.company_number).toBe("IP12345R");
    expect(grant?.total_value).toBe("");
    expect(fileOf("alpha", "contracts/register.csv").rejects).toHaveLength(1);
  });

  it("lets no replacement character (U+FFFD) into any output", () => {
    for (const name of ["payments.csv", "contracts.csv", "suppliers.csv", "quality.json"]) {
      expect(readFileSync(join(out, name), "utf8").includes("\uFFFD"), name).toBe(false);
    }
  });

  it("neutralises formulas in text cells but keeps amounts as numbers", () => {
    const text = readFileSync(join(out, "payments.csv"), "utf8");
    expect(text).toContain("'=cmd|' /C calc'!A0");
    expect(text).toMatch(/,-264\.50,/);
  });

  it("writes a data package with the sha256 of every original file and the OGL licence", () => {
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(pkg.licenses[0].name).toBe("OGL-UK-3.0");
    expect(pkg.sources).toHaveLength(files.length);
    for (const s of pkg.sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual([
      "payments",
      "contracts",
      "suppliers",
      "rejects",
    ]);
  });

  it("writes byte-identical outputs for the same input", async () => {
    const again = mkdtempSync(join(tmpdir(), "ledger-run-"));
    await runIngest(loadDataConfig(FIXTURE), again);
    for (const name of [
      "payments.csv",
      "contracts.csv",
      "suppliers.csv",
      "rejects.csv",
      "quality.json",
      "datapackage.json",
    ]) {
      expect(readFileSync(join(again, name)), name).toEqual(readFileSync(join(out, name)));
    }
  });
});
