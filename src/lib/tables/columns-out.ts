// The published download columns: names, types and descriptions (also the Table Schemas).

export interface OutputColumn {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  description: string;
}

/** One column of a download. */
export const col = (name: string, type: OutputColumn["type"], description: string): OutputColumn => ({
  name,
  type,
  description,
});

export const PAYMENT_COLUMNS: OutputColumn[] = [
  col("id", "string", "Stable identifier of the payment (from its source file and line)."),
  col("council", "string", "The paying council: its folder slug in the data."),
  col("date", "date", "Payment date as published, in ISO form (published dates are read day first)."),
  col("financial_year", "string", "UK local-government financial year (1 April to 31 March), e.g. 2023-24."),
  col(
    "amount",
    "number",
    "Amount in pounds exactly as published (usually net of VAT); negative for credits.",
  ),
  col("supplier_id", "string", "Supplier identifier across all councils (company number where known)."),
  col("supplier", "string", 'Supplier name exactly as published on this row ("Redacted" wordings kept).'),
  col(
    "redacted",
    "boolean",
    "True when the council redacted the supplier (e.g. a payment to an individual).",
  ),
  col(
    "partner_payment",
    "boolean",
    "True when the recipient is another council of the partnership (a recharge).",
  ),
  col("expense_area", "string", "Department / service area as published."),
  col("expense_type", "string", "Expense type / account description as published."),
  col("description", "string", "Further description or narrative as published, when the file has one."),
  col("transaction_ref", "string", "Transaction or invoice number as published."),
  col(
    "possible_duplicate",
    "boolean",
    "True when an identical record appears more than once in the same file.",
  ),
  col("source_file", "string", "The published file, relative to the council's folder (see /sources/)."),
  col("source_line", "integer", "Physical line of the record in the published file (1 = first line)."),
];

export const CONTRACT_COLUMNS: OutputColumn[] = [
  col("id", "string", "Identifier of this register entry."),
  col("council", "string", "The council whose register lists the contract."),
  col("reference", "string", "Contract reference as published."),
  col("title", "string", "Contract title."),
  col("description", "string", "Contract description."),
  col("supplier_id", "string", "Supplier identifier (matches suppliers.csv and payments.csv)."),
  col("supplier", "string", "Supplier name as published."),
  col("company_number", "string", "Companies House number restored to 8 characters, or society number."),
  col("start_date", "date", "Start date."),
  col("end_date", "date", "End or current expiry date."),
  col("review_date", "date", "Review date."),
  col("total_value", "number", "Total contract value in pounds as published."),
  col("annual_value", "number", "Annual value in pounds as published."),
  col("department", "string", "Department or directorate."),
  col("procurement_route", "string", "Procurement route or process used."),
  col("sme", "boolean", "Supplier is a small or medium-sized enterprise (empty when not stated)."),
  col("vcse", "boolean", "Supplier is a voluntary, community or social enterprise (empty when not stated)."),
  col("purchasing_body", "string", "The body that let the contract, as published."),
  col("purchasing_council", "string", "Slug of the partner council that let it, when it is a partner."),
  col("notes", "string", "Placeholders and unreadable values found in the register (e.g. end_date: TBC)."),
  col("source_file", "string", "The published register file, relative to the council's folder."),
  col("source_line", "integer", "Physical line of the entry in the published file."),
];

export const SUPPLIER_COLUMNS: OutputColumn[] = [
  col("id", "string", "Supplier identifier: company number where known, else a normalised name."),
  col("name", "string", "The name most often published for this supplier."),
  col("company_number", "string", "Companies House number, when known from a register or alias."),
  col("names_published", "string", 'Every name it was published under, separated by " | ".'),
  col("councils", "string", "Councils that paid it or list it in a register, separated by spaces."),
  col("total", "number", "Exact total of its accepted payments in pounds (credits included)."),
  col("payment_count", "integer", "Number of accepted payments."),
  col("partner_council", "string", "When the supplier is a partner council: its slug."),
];

export const REJECT_COLUMNS: OutputColumn[] = [
  col("council", "string", "Council folder slug."),
  col("source_file", "string", "The published file, relative to the council's folder."),
  col("source_line", "integer", "Physical line of the rejected record."),
  col("reason", "string", "Why the record is not counted."),
];

export const headerLine = (columns: OutputColumn[]): string => columns.map((c) => c.name).join(",");
