// suppliers.csv: every supplier once, one id across all councils, with every name it was published under.
import { type ColumnName, col, defineTable, type RecordOf } from "./table.ts";

export const SUPPLIERS = defineTable({
  name: "suppliers",
  file: "suppliers.csv",
  published: "data/suppliers.csv",
  title: "Suppliers",
  description:
    "Every supplier paid or listed in a register, once, sorted by id: payments and register entries published " +
    "under names that match (or under one company number) share one id.",
  key: ["id"],
  columns: [
    col("id", "string", "Supplier identifier: company number where known, else a normalised name."),
    col("name", "string", "The name most often published for this supplier."),
    col("company_number", "string", "Companies House number, when known from a register or alias."),
    col("names_published", "string", 'Every name it was published under, separated by " | ".', {
      list: " | ",
    }),
    col("councils", "string", "Councils that paid it or list it in a register, separated by spaces.", {
      list: " ",
    }),
    col("total", "number", "Exact total of its accepted payments in pounds (credits included).", {
      digits: 38,
    }),
    col("payment_count", "integer", "Number of accepted payments."),
    col("partner_council", "string", "When the supplier is a partner council: its slug."),
  ],
});

export type SupplierColumn = ColumnName<typeof SUPPLIERS>;
/** One line of suppliers.csv, read back. */
export type SupplierRecord = RecordOf<typeof SUPPLIERS>;
