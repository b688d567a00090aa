// flags.csv: one line per red flag (a question worth asking), with the payments behind it listed on
// its line as far as a spreadsheet cell holds them (flag-payments.ts has them all).
import { type ColumnName, col, defineTable, type RecordOf } from "./table.ts";

export const FLAGS = defineTable({
  name: "flags",
  file: "flags.csv",
  published: "data/flags.csv",
  title: "Questions worth asking: red flags and the payments behind them",
  description:
    "One line per flag, by indicator then council: a question the published payments raise, not a finding. The " +
    "indicators, their thresholds and the counts are in flags.json; a dataset made by the ingest alone has no flags.",
  key: ["flag_id"],
  foreignKeys: [
    { fields: ["supplier_id"], reference: { resource: "suppliers", fields: ["id"] } },
    { fields: ["contract_id"], reference: { resource: "contracts", fields: ["id"] } },
  ],
  columns: [
    col(
      "flag_id",
      "string",
      "Stable identifier of the flag (indicator.council.subject.key): the same input gives the same ids.",
    ),
    col(
      "indicator",
      "string",
      "The indicator that raised it; definitions, thresholds and counts are in flags.json.",
    ),
    col("council", "string", "The council the question is for (its folder slug)."),
    col("councils", "string", "Every council whose payments are behind the flag, separated by spaces.", {
      list: " ",
    }),
    col(
      "supplier_id",
      "string",
      "The supplier the flag is about (as in payments.csv); empty for a department flag.",
    ),
    col("supplier", "string", "The supplier's name as published on the flag's first payment."),
    col(
      "contract_id",
      "string",
      "The contract the flag is about (contracts.csv id), for spend beyond a contract.",
    ),
    col("department", "string", "The published department, for a year-end spike."),
    col("category", "string", "The comparable service category, for a supplier's concentration."),
    col("financial_year", "string", "The flag's financial year (its own, or that of its latest payment)."),
    col(
      "amount",
      "number",
      "The flag's figure in pounds, exact: the year's spend, the repeated payments, March's spend…",
    ),
    col(
      "score",
      "integer",
      "Pounds at stake × the strength of the evidence, in whole pounds (each indicator's rule is in flags.json and docs/indicators.md): the questions pages list each council's highest first.",
    ),
    col(
      "evidence",
      "string",
      "The evidence the question rests on, in words (for a possible duplicate: the same reference, padding, swapped characters or different payment runs).",
    ),
    col("threshold", "string", "The threshold passed, with the values used."),
    col("rows", "integer", "Number of payments behind the flag."),
    col("first_date", "date", "Date of the earliest payment behind the flag."),
    col("last_date", "date", "Date of the latest payment behind the flag."),
    col("question", "string", "The question the flag raises, in plain words."),
    col(
      "payment_ids",
      "string",
      "The payments behind the flag (payments.csv ids), by date, separated by spaces; when they would not fit in a spreadsheet cell (32,767 characters), the first ones only, as notes says (flag_payments.csv lists them all).",
      { list: " " },
    ),
    col(
      "sources",
      "string",
      'Published file and line of each of those payments ("spend/2023-05.csv:234"), same order, separated by " | ".',
      { list: " | " },
    ),
    col(
      "notes",
      "string",
      'Payments that need a word ("id: credit note"), separated by "; ", as many as fit in a spreadsheet cell (flag_payments.csv has each payment\'s note), and whether payment_ids and sources list only the first of the payments.',
    ),
  ],
});

export type FlagColumn = ColumnName<typeof FLAGS>;
/** One line of flags.csv, read back. */
export type FlagLine = RecordOf<typeof FLAGS>;
