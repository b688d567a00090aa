// payments.csv: every payment kept, one line each, as the ingest writes it (council-spend.ts formats the
// lines, payments-csv.ts writes them); the columnar step turns it into payments.parquet, which the
// flags, the feeds and the site read, and publishes it as payments.csv.gz (src/lib/columnar/).
import { type ColumnName, col, defineTable, type RecordOf } from "./table.ts";

export const PAYMENTS = defineTable({
  name: "payments",
  file: "payments.csv",
  published: "data/payments.csv.gz",
  title: "Payments",
  description:
    "Every payment kept from the councils' published spending files, one line each, in council and file order. " +
    "Records set aside are in rejects.csv instead. Published once in two forms: payments.csv.gz (this CSV, " +
    "gzip-compressed) and payments.parquet (the same columns, sorted by council, date and supplier_id, " +
    "amount a DECIMAL(18, 6), date a DATE).",
  key: ["id"],
  foreignKeys: [{ fields: ["supplier_id"], reference: { resource: "suppliers", fields: ["id"] } }],
  columns: [
    col("id", "string", "Stable identifier of the payment (from its source file and line)."),
    col("council", "string", "The paying council: its folder slug in the data."),
    col("date", "date", "Payment date as published, in ISO form (published dates are read day first)."),
    col(
      "financial_year",
      "string",
      "UK local-government financial year (1 April to 31 March), e.g. 2023-24.",
    ),
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
  ],
});

export type PaymentColumn = ColumnName<typeof PAYMENTS>;
/** One line of payments.csv, read back. */
export type PaymentRecord = RecordOf<typeof PAYMENTS>;
