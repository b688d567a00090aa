// flag_payments.csv: every payment behind every flag, one line each, in flags.csv's order; joins to
// payments.csv by payment_id and to flags.csv by flag_id.
import { col, defineTable } from "./table.ts";

export const FLAG_PAYMENTS = defineTable({
  name: "flag_payments",
  file: "flag_payments.csv",
  published: "data/flag_payments.csv",
  title: "The payments behind each red flag, one line each",
  description:
    "Every payment behind every flag, one line each, in flags.csv's order and each flag's own. " +
    "flags.csv lists the same payments on the flag's line while they fit in a spreadsheet cell; this file always has them all.",
  key: ["flag_id", "payment_id"],
  foreignKeys: [
    { fields: ["flag_id"], reference: { resource: "flags", fields: ["flag_id"] } },
    { fields: ["payment_id"], reference: { resource: "payments", fields: ["id"] } },
  ],
  columns: [
    col("flag_id", "string", "The flag (flags.csv flag_id)."),
    col("payment_id", "string", "A payment behind it (payments.csv id)."),
    col("council", "string", "The council that made the payment (its folder slug)."),
    col("date", "date", "The payment's date, as in payments.csv."),
    col("amount", "number", "The payment's amount in pounds, exact; negative for a credit."),
    col("source_file", "string", "The published file, relative to the council's folder."),
    col("source_line", "integer", "The physical line of the payment in that file."),
    col("note", "string", 'What the flag says of this payment, if anything ("credit note"); empty for most.'),
  ],
});
