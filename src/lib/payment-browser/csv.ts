// Payments read from payments.parquet, written back as lines of payments.csv: the same columns in
// the same order, text cells guarded against spreadsheet formulas, amounts as plain decimals (the
// ingest's own formatting, so a line is byte for byte the line payments.csv has).
import { formatDecimal } from "../money.ts";
import { type CellsOf, csvLineOf, plain } from "../tables/csv-write.ts";
import { PAYMENTS, type PaymentColumn } from "../tables/payments.ts";
import { isoOfDay } from "./filter.ts";

/** One payment as read from the Parquet file: dates as day numbers, amounts as exact micros. */
export type ParquetPayment = {
  [K in PaymentColumn]: K extends "date"
    ? number
    : K extends "amount"
      ? number | bigint
      : K extends "redacted" | "partner_payment" | "possible_duplicate"
        ? boolean
        : K extends "source_line"
          ? number
          : string;
};

const text =
  (
    name: Exclude<
      PaymentColumn,
      "date" | "amount" | "redacted" | "partner_payment" | "possible_duplicate" | "source_line"
    >,
  ) =>
  (p: ParquetPayment) =>
    p[name];

const CELLS: CellsOf<typeof PAYMENTS, ParquetPayment> = {
  id: text("id"),
  council: text("council"),
  date: (p) => isoOfDay(p.date),
  financial_year: text("financial_year"),
  amount: (p) => plain(formatDecimal(p.amount)),
  supplier_id: text("supplier_id"),
  supplier: text("supplier"),
  redacted: (p) => p.redacted,
  partner_payment: (p) => p.partner_payment,
  expense_area: text("expense_area"),
  expense_type: text("expense_type"),
  description: text("description"),
  transaction_ref: text("transaction_ref"),
  possible_duplicate: (p) => p.possible_duplicate,
  source_file: text("source_file"),
  source_line: (p) => p.source_line,
};

/** One payment as its line of payments.csv, without the line feed. */
export const paymentLine = csvLineOf(PAYMENTS, CELLS);

/** payments.csv's header and one line per payment, each ending in a line feed. */
export function paymentsCsv(payments: Iterable<ParquetPayment>): string {
  const lines = [PAYMENTS.header];
  for (const p of payments) lines.push(paymentLine(p));
  return `${lines.join("\n")}\n`;
}
