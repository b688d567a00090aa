import { describe, expect, it } from "vitest";
import { mapColumns, normaliseHeader, scoreHeader } from "../../../../src/lib/ingest/map/columns.ts";

/** field -> published header, for compact expectations. */
const mapped = (
  header: string[],
  kind: "spend" | "contracts" = "spend",
  overrides?: Record<string, string | string[]>,
) => mapColumns(header, kind, overrides).headers;

describe("normaliseHeader", () => {
  it("ignores case, spacing and punctuation", () => {
    expect(normaliseHeader(" Supplier  Name ")).toBe("suppliername");
    expect(normaliseHeader("DatePaid")).toBe(normaliseHeader("Date paid"));
    expect(normaliseHeader("Supplier(Beneficiary) Name")).toBe("supplierbeneficiaryname");
    expect(normaliseHeader("Amount ()")).toBe("amount");
    expect(normaliseHeader("Amount Â£")).toBe("amount");
    expect(normaliseHeader("Amount £ (Excl VAT)")).toBe("amountexclvat");
  });
});

describe("mapColumns: spend", () => {
  it("maps a full transparency-code header", () => {
    const m = mapColumns(
      [
        "Body",
        "Name of Body",
        "Date",
        "Transaction Number",
        "Invoice Number",
        "Amount",
        "Supplier Name",
        "Supplier ID",
      ],
      "spend",
    );
    expect(m.fields).toEqual({
      body: 0,
      body_name: 1,
      date: 2,
      transaction_ref: 3,
      invoice_ref: 4,
      amount: 5,
      supplier: 6,
      supplier_ref: 7,
    });
    expect(m.missing).toEqual([]);
    expect(m.unmapped).toEqual([]);
  });

  it("reads every amount spelling, including a £ lost to encoding", () => {
    for (const h of [
      "Amount ()",
      "Amount Â£",
      "Amount £ (Excl VAT)",
      " Amount ",
      "NetAmount",
      "Net Amount £",
      "Spend",
    ]) {
      expect(mapped(["Date", "Supplier", h]).amount).toBe(h);
    }
  });

  it("prefers Net Amount over Gross and never takes Irrecoverable VAT", () => {
    expect(mapped(["Gross", "Irrecoverable VAT", "Net Amount", "Date", "Supplier"]).amount).toBe(
      "Net Amount",
    );
    expect(mapped(["Irrecoverable VAT", "Gross", "Date", "Supplier"]).amount).toBe("Gross");
    const m = mapColumns(["Date", "Supplier", "Irrecoverable VAT", "VAT Amount"], "spend");
    expect(m.fields.amount).toBeUndefined();
    expect(m.missing).toEqual(["amount"]);
  });

  it("handles typos and CamelCase", () => {
    expect(mapped(["Directotate", "Transation number", "DatePaid", "NetAmount", "SupplierName"])).toEqual({
      expense_area: "Directotate",
      transaction_ref: "Transation number",
      date: "DatePaid",
      amount: "NetAmount",
      supplier: "SupplierName",
    });
  });

  it("never takes Supplier ID or Supplier Ref as the supplier", () => {
    expect(mapColumns(["Supplier ID", "Date", "Amount"], "spend").missing).toEqual(["supplier"]);
    expect(mapped(["Supplier Ref", "Supplier(Beneficiary) Name", "Date", "Amount"])).toMatchObject({
      supplier_ref: "Supplier Ref",
      supplier: "Supplier(Beneficiary) Name",
    });
  });

  it("uses Supplier ID(T) as the supplier only when no better column exists", () => {
    expect(mapped(["TransNo", "Supplier ID(T)", "Amount", "Updated"]).supplier).toBe("Supplier ID(T)");
    const m = mapColumns(["Supplier ID(T)", "Supplier Name", "Amount", "Date"], "spend");
    expect(m.headers.supplier).toBe("Supplier Name");
    expect(m.unmapped).toEqual(["Supplier ID(T)"]);
  });

  it("maps body columns", () => {
    expect(mapped(["Body", "Organisation Name"])).toEqual({ body: "Body", body_name: "Organisation Name" });
    expect(mapped(["Body Name"])).toEqual({ body_name: "Body Name" });
  });

  it("chooses the expense area by priority: Expense Area > Service Area > Directorate > Service", () => {
    expect(mapped(["Service", "Directorate"]).expense_area).toBe("Directorate");
    expect(mapped(["Directorate", "Service Area"]).expense_area).toBe("Service Area");
    expect(mapped(["Group", "Expense Area"]).expense_area).toBe("Expense Area");
    expect(mapped(["Service Label", "Service Division Label"]).expense_area).toBe("Service Label");
    expect(mapped(["Department"]).expense_area).toBe("Department");
  });

  it("chooses the most specific expense type", () => {
    const leeds = mapped(["Expenditure category", "Detailed expenditure type", "Detailed expenditure code"]);
    expect(leeds).toEqual({
      expense_type: "Detailed expenditure type",
      expense_code: "Detailed expenditure code",
    });
    expect(mapped(["Expenditure Category", "Account Description"]).expense_type).toBe("Account Description");
    expect(mapped(["Account", "Expense Type"]).expense_type).toBe("Expense Type");
    expect(mapped(["Account"]).expense_type).toBe("Account");
  });

  it("reads Agresso `Account,Description` as code and type", () => {
    expect(mapped(["Supplier Name", "Account", "Description", "Amount"])).toEqual({
      supplier: "Supplier Name",
      expense_code: "Account",
      expense_type: "Description",
      amount: "Amount",
    });
  });

  it("maps each column to one field and each field to its first best column", () => {
    const m = mapColumns(["Supplier Name", "Date", "Amount", "Supplier Name"], "spend");
    expect(m.fields).toEqual({ supplier: 0, date: 1, amount: 2 });
    expect(m.unmapped).toEqual(["Supplier Name"]);
  });

  it("lets overrides win over synonyms, compared loosely", () => {
    const m = mapColumns(["Date", "Amount", "Supplier", "Cost Centre Group", "Directorate"], "spend", {
      expense_area: "cost centre  group",
    });
    expect(m.headers.expense_area).toBe("Cost Centre Group");
    expect(m.unmapped).toEqual(["Directorate"]);
    const list = mapColumns(["Paid On", "Amount", "Payee Ref"], "spend", {
      date: ["Payment Date", "Paid On"],
    });
    expect(list.headers.date).toBe("Paid On");
  });

  it("ignores overrides for fields of the other kind", () => {
    expect(mapped(["Cost Centre Group"], "contracts", { expense_area: "Cost Centre Group" })).toEqual({});
  });

  it("reports missing required fields and unmapped headers", () => {
    const m = mapColumns(["", "Costcuk", "Supplier Name", ""], "spend");
    expect(m.missing).toEqual(["date", "amount"]);
    expect(m.unmapped).toEqual(["Costcuk"]);
  });
});

describe("mapColumns: contracts", () => {
  const salford = [
    "Directorate Name",
    "Process Used",
    "Purchasing Body",
    "Contract Reference",
    "Contract Title",
    "Contract Description",
    "Supplier Company Name",
    "Supplier Postcode",
    "Annual Value",
    "Total Contract Value (including extensions)",
    "Start Date",
    "End Date",
    "Current Expiry Date",
    "Review Date",
    "SME Supplier?",
    "VCSE?",
    "ProClass Description",
    "Company Number",
  ];

  it("maps a register header (current expiry beats the original end date)", () => {
    const m = mapColumns(salford, "contracts");
    expect(m.headers).toEqual({
      department: "Directorate Name",
      procurement_route: "Process Used",
      purchasing_body: "Purchasing Body",
      reference: "Contract Reference",
      title: "Contract Title",
      description: "Contract Description",
      supplier: "Supplier Company Name",
      annual_value: "Annual Value",
      total_value: "Total Contract Value (including extensions)",
      start_date: "Start Date",
      end_date: "Current Expiry Date",
      original_end_date: "End Date",
      review_date: "Review Date",
      sme: "SME Supplier?",
      vcse: "VCSE?",
      company_number: "Company Number",
      supplier_postcode: "Supplier Postcode",
      contract_type: "ProClass Description",
    });
    expect(m.unmapped).toEqual([]);
    expect(m.missing).toEqual([]);
  });

  it("needs the supplier and a reference or a title", () => {
    expect(mapColumns(["Contract Title", "Supplier"], "contracts").missing).toEqual([]);
    expect(mapColumns(["Contract Reference", "Supplier Name"], "contracts").missing).toEqual([]);
    expect(mapColumns(["Supplier Name", "Annual Value"], "contracts").missing).toEqual([
      "reference or title",
    ]);
    expect(mapColumns(["Contract Reference"], "contracts").missing).toEqual(["supplier"]);
  });
});

describe("scoreHeader", () => {
  it("counts recognised fields", () => {
    expect(scoreHeader(["Date", "Amount", "Supplier", "Nonsense"], "spend")).toBe(3);
    expect(scoreHeader(["Payments over £500 in May 2019", "", ""], "spend")).toBe(0);
    expect(scoreHeader(["Notes"], "spend", { description: "Notes" })).toBe(1);
  });
});

describe("mapColumns on data rows and repeated headers", () => {
  it("maps cells of digits only to nothing, and a header asked for again the same way", () => {
    expect(mapColumns(["20220401", "39001", "387.62", "2022-04-01 00:00:00"], "spend").fields).toEqual({});
    const header = ["Payment Date", "Supplier Name", "Net Amount", "Service Division", "Narrative"];
    const first = mapColumns(header, "spend");
    expect(first.fields).toEqual({
      date: 0,
      supplier: 1,
      amount: 2,
      expense_area: 3,
      description: 4,
    });
    expect(mapColumns(header, "spend")).toEqual(first);
    expect(mapColumns(header, "spend", { amount: "Narrative" }).fields.amount).toBe(4);
    expect(mapColumns(header, "spend")).toEqual(first);
  });
});

describe("Agresso (T) text columns and table prefixes", () => {
  it("reads the text of a supplier number as the supplier's name, and of an account as the type", () => {
    const m = mapColumns(["Ap/Ar ID", "Ap/Ar ID(T)", "Account", "Account(T)", "Amount", "Pay date"], "spend");
    expect(m.headers).toMatchObject({
      supplier_ref: "Ap/Ar ID",
      supplier: "Ap/Ar ID(T)",
      expense_code: "Account",
      expense_type: "Account(T)",
    });
    expect(m.missing).toEqual([]);
  });

  it("gives a (T) column with no synonym of its own the text field of its code", () => {
    expect(mapColumns(["Vendor Number (T)", "Date", "Net"], "spend").headers.supplier).toBe(
      "Vendor Number (T)",
    );
    // The text of a column with no code field is not guessed.
    expect(mapColumns(["Widget(T)", "Supplier", "Date", "Net"], "spend").unmapped).toEqual(["Widget(T)"]);
  });

  it("reads an amount headed with its currency, as published or mis-decoded", () => {
    for (const amount of ["Amount (£)", "Amount (œ)", "Amount(£)", "AMOUNT £"]) {
      expect(mapColumns(["Date", "Supplier", amount], "spend").headers.amount).toBe(amount);
    }
  });

  it("reads database-style headers and never takes unrecoverable VAT for the amount", () => {
    const m = mapColumns(["FIN.TRANSACTION DATE", "MCH.MERCHANT NAME", "FIN.TRANSACTION AMOUNT"], "spend");
    expect(m.missing).toEqual([]);
    const card = mapColumns(
      ["Transaction Date", "Benificiary (Merchant)", "Unrecoverable VAT", "Amount"],
      "spend",
    );
    expect(card.headers).toMatchObject({ supplier: "Benificiary (Merchant)", amount: "Amount" });
    expect(mapColumns(["Date", "Payee", "Unrecoverable VAT"], "spend").missing).toEqual(["amount"]);
  });
});
