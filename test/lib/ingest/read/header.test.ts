import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsvText } from "../../../../src/lib/ingest/read/csv.ts";
import { openText, sniffFile } from "../../../../src/lib/ingest/read/decode.ts";
import {
  closestHeader,
  dataRowsWidth,
  findHeader,
  isPreambleRow,
  withoutPreambleCells,
} from "../../../../src/lib/ingest/read/header.ts";
import type { FileKind } from "../../../../src/lib/model.ts";

/** The first 60 records of a fixture, decoded and parsed as the ingest does. */
async function leadingRows(name: string): Promise<string[][]> {
  const path = join(import.meta.dirname, "../../../fixtures/ingest/header", name);
  const sniff = await sniffFile(path);
  const rows: string[][] = [];
  await parseCsvText(openText(path, sniff), (batch) => {
    for (const row of batch.rows) if (rows.length < 60) rows.push(row);
  });
  return rows;
}

async function headerOf(
  name: string,
  kind: FileKind = "spend",
  overrides?: Record<string, string | string[]>,
) {
  return findHeader(await leadingRows(name), kind, overrides);
}

describe("findHeader", () => {
  it("skips an Agresso preamble, including the `columns,` line that names fields", async () => {
    const found = await headerOf("agresso-preamble.csv");
    expect(found?.index).toBe(22);
    expect(found?.rowsUsed).toBe(1);
    expect(found?.mapping.headers).toEqual({
      supplier_ref: "Supplier ID",
      supplier: "Supplier Name",
      transaction_ref: "Transaction No.",
      expense_code: "Account",
      expense_type: "Description",
      amount: "Amount",
      date: "Pay date",
      expense_area: "Group",
    });
    expect(found?.mapping.fields.supplier).toBe(2);
  });

  it("skips Oracle `setparameter` SQL rows", async () => {
    const found = await headerOf("oracle-setparameter.csv");
    expect(found?.index).toBe(2);
    expect(found?.rowsUsed).toBe(1);
    expect(found?.mapping.headers.transaction_ref).toBe("Transno");
    expect(found?.mapping.headers.date).toBe("Pay Date");
  });

  it("skips a title row and a blank line", async () => {
    const found = await headerOf("title-blank.csv");
    expect(found?.index).toBe(2);
    expect(found?.rowsUsed).toBe(1);
    expect(found?.mapping.headers).toMatchObject({
      date: "Updated",
      supplier: "Supplier Name",
      amount: "Amount",
    });
  });

  it("joins a header split over two rows", async () => {
    const found = await headerOf("split-header.csv");
    expect(found?.index).toBe(0);
    expect(found?.rowsUsed).toBe(2);
    expect(found?.cells).toEqual(["Transaction Number", "Supplier", "Net Amount", "Directorate", "Date"]);
    expect(found?.mapping.headers).toEqual({
      transaction_ref: "Transaction Number",
      supplier: "Supplier",
      amount: "Net Amount",
      expense_area: "Directorate",
      date: "Date",
    });
  });

  it("joins a split header whose first row alone is not enough", () => {
    const rows = [
      ["Transaction", "Supplier", "Net", "Payment"],
      ["Number", "", "Amount", "Date"],
      ["1", "A Ltd", "5", "01/01/2020"],
    ];
    const found = findHeader(rows, "spend");
    expect(found?.rowsUsed).toBe(2);
    expect(found?.mapping.headers.date).toBe("Payment Date");
  });

  it("does not join a data row without digits to the header", () => {
    const rows = [
      ["Date", "Supplier", "Amount", "Notes"],
      ["", "", "", "see below"],
    ];
    expect(findHeader(rows, "spend")?.rowsUsed).toBe(1);
  });

  it("does not join a title row to the header under it", () => {
    const rows = [
      ["Spending over five hundred pounds", "", ""],
      ["Date", "Supplier", "Amount"],
    ];
    expect(findHeader(rows, "spend")).toMatchObject({ index: 1, rowsUsed: 1 });
  });

  it("keeps column positions past leading empty columns", async () => {
    const found = await headerOf("leading-empty.csv");
    expect(found?.index).toBe(0);
    expect(found?.mapping.fields).toMatchObject({
      expense_area: 2,
      supplier: 4,
      transaction_ref: 5,
      date: 6,
      amount: 7,
    });
    expect(found?.mapping.headers.expense_type).toBe("Account");
  });

  it("reads CamelCase headers", async () => {
    const found = await headerOf("camelcase.csv");
    expect(found?.mapping.headers).toMatchObject({
      body: "Body",
      body_name: "BodyName",
      expense_area: "ServiceLabel",
      expense_type: "DetailedExpenditureType",
      expense_code: "DetailedExpenditureCode",
      date: "DatePaid",
      transaction_ref: "TransactionNumber",
      amount: "NetAmount",
      capital_revenue: "CapitalOrRevenue",
      supplier: "SupplierName",
    });
  });

  it("reads long descriptive headers, leaving Irrecoverable VAT alone", async () => {
    const found = await headerOf("long-headers.csv");
    expect(found?.mapping.headers).toMatchObject({
      body: "Body",
      body_name: "Organisation Name",
      transaction_ref: "Internal Ref Number",
      invoice_ref: "Invoice Number",
      amount: "Net Amount",
      supplier: "Supplier(Beneficiary) Name",
      company_number: "Supplier Registered Company Number",
      supplier_ref: "Supplier ID",
      vat_number: "VAT Registration Number",
      expense_area: "Expense Area",
      expense_code: "Expense Code",
    });
    expect(found?.mapping.unmapped).toContain("Irrecoverable VAT");
  });

  it("handles padded, blank and duplicate header cells and 100 trailing empty columns", async () => {
    const found = await headerOf("padded-trailing.csv");
    expect(found?.cells).toHaveLength(107);
    expect(found?.mapping.fields).toEqual({
      supplier_ref: 0,
      supplier: 1,
      date: 3,
      amount: 4,
      expense_area: 6,
    });
    expect(found?.mapping.headers.amount).toBe(" Amount ");
    expect(found?.mapping.unmapped).toEqual(["Supplier Name"]);
  });

  it("takes the supplier name from Supplier ID(T) when nothing better exists", async () => {
    const found = await headerOf("supplier-id-t.csv");
    expect(found?.mapping.headers).toMatchObject({
      supplier: "Supplier ID(T)",
      transaction_ref: "TransNo",
      date: "Updated",
      amount: "Amount",
      expense_area: "Nstrg(T)",
      expense_type: "Cipfsubs(T)",
    });
  });

  it("finds a contract register header", async () => {
    const found = await headerOf("contracts-register.csv", "contracts");
    expect(found?.index).toBe(0);
    expect(found?.mapping.missing).toEqual([]);
    expect(Object.keys(found?.mapping.fields ?? {}).sort()).toEqual(
      ["annual_value", "company_number", "contract_type", "department", "description", "end_date"]
        .concat(["extension_options", "original_end_date", "procurement_route", "purchasing_body"])
        .concat(["reference", "sme", "start_date", "supplier", "supplier_postcode", "title", "total_value"])
        .sort(),
    );
    expect(found?.mapping.headers.end_date).toBe("Current Expiry Date");
  });

  it("returns null when no row has the required fields", async () => {
    expect(await headerOf("no-header.csv")).toBeNull();
    expect(await headerOf("contracts-register.csv", "spend")).toBeNull();
    expect(findHeader([], "spend")).toBeNull();
  });

  it("uses overrides to recognise a council's own header", () => {
    const rows = [
      ["Paid On", "Payee", "Sum"],
      ["01/01/2020", "A Ltd", "5.00"],
    ];
    expect(findHeader(rows, "spend")).toBeNull();
    const found = findHeader(rows, "spend", { date: "Paid On", supplier: "Payee", amount: "Sum" });
    expect(found?.index).toBe(0);
  });

  it("prefers the row with most fields, the earliest on ties", () => {
    const rows = [
      ["Date", "Supplier", "Amount"],
      ["Date", "Supplier", "Amount", "Expense Area"],
      ["Date", "Supplier", "Amount", "Service Area"],
    ];
    expect(findHeader(rows, "spend")?.index).toBe(1);
  });

  it("trusts a forced header index", () => {
    const rows = [
      ["Date", "Supplier", "Amount"],
      ["Paid", "Who", "How much"],
    ];
    expect(findHeader(rows, "spend", undefined, 1)).toMatchObject({
      index: 1,
      rowsUsed: 1,
      cells: ["Paid", "Who", "How much"],
    });
  });
});

describe("isPreambleRow", () => {
  it("knows report-writer and SQL rows", () => {
    expect(isPreambleRow(["*setdefault client=Q7", ""])).toBe(true);
    expect(isPreambleRow(["columns", "text apar_id", "amount"])).toBe(true);
    expect(isPreambleRow(["setparameter select 1 from dual"])).toBe(true);
    expect(isPreambleRow(["", "Supplier ID", "Supplier Name"])).toBe(false);
    expect(isPreambleRow(["Detailed expenditure type", "Date"])).toBe(false);
  });
});

describe("a header row among report-writer fragments", () => {
  const fragment = "setparameter select to_char(sysdate,'DD/MM/YYYY' ) as today from dual ";

  it("blanks the fragment cells and keeps the rest of the row", () => {
    expect(withoutPreambleCells([fragment, "Supplier ID", "Amount"])).toEqual(["", "Supplier ID", "Amount"]);
    const row = ["", "Supplier ID", "Amount"];
    expect(withoutPreambleCells(row)).toBe(row);
  });

  it("finds a header whose first cell is the fragment, and leaves a preamble-only row out", () => {
    const rows = [
      [fragment, "", ""],
      [fragment, "Supplier Name", "Amount", "Pay Date"],
      ["sort", "Acme", "5.00", "01/01/2020"],
    ];
    const found = findHeader(rows, "spend");
    expect(found?.index).toBe(1);
    expect(found?.cells).toEqual(["", "Supplier Name", "Amount", "Pay Date"]);
  });
});

describe("closestHeader", () => {
  it("is the row naming most fields when none has them all, the earliest on ties", () => {
    const rows = [["Report of payments"], ["Reference", "Supplier", "Value"], ["Supplier", "Value", "Ref"]];
    expect(findHeader(rows, "spend")).toBeNull();
    const near = closestHeader(rows, "spend");
    expect(near?.index).toBe(1);
    expect(near?.mapping.missing).toEqual(["date"]);
    expect(closestHeader([["x"], ["1", "2"]], "spend")).toBeNull();
  });
});

describe("dataRowsWidth", () => {
  it("is the width of rows that each hold a date, an amount and a name", () => {
    const rows = [
      ["01/02/2023", "Acme Ltd", "300.00", "R3"],
      [""],
      ["02/02/2023", "Cog Ltd", "400.25", "R4"],
    ];
    expect(dataRowsWidth(rows)).toBe(4);
  });

  it("is null for a header, for rows of different widths, and for a date that moves column", () => {
    expect(
      dataRowsWidth([
        ["Date", "Supplier", "Amount"],
        ["01/02/2023", "Acme", "3.00"],
      ]),
    ).toBeNull();
    expect(
      dataRowsWidth([
        ["01/02/2023", "Acme", "3.00"],
        ["02/02/2023", "Acme", "3.00", "x"],
      ]),
    ).toBeNull();
    expect(
      dataRowsWidth([
        ["01/02/2023", "Acme", "3.00"],
        ["Acme", "02/02/2023", "3.00"],
      ]),
    ).toBeNull();
    expect(dataRowsWidth([])).toBeNull();
  });
});
