// contract-spend.csv: every contract once, with what its councils paid its supplier during its term
// against its total value (views/contract-spend-csv.ts writes it from the contract pages' figures).
import { col, defineTable } from "./table.ts";

export const CONTRACT_SPEND = defineTable({
  name: "contract_spend",
  file: "contract-spend.csv",
  published: "data/contract-spend.csv",
  title: "Contracts against their value",
  description:
    "Every contract once (register entries for one contract grouped, as on its page), with what its councils " +
    "paid its supplier between its start and end dates beside its total value. Payments may cover other work " +
    "for the same supplier; the published payments may not yet cover the whole term. Contracts published " +
    "only as OCDS notices (no register entry) are not here, as contracts.csv holds register entries: they are " +
    "in data/ocds/release-package.json, with the payments counted against them as transactions.",
  key: ["contract_id"],
  foreignKeys: [
    { fields: ["contract_id"], reference: { resource: "contracts", fields: ["id"] } },
    { fields: ["supplier_id"], reference: { resource: "suppliers", fields: ["id"] } },
  ],
  columns: [
    col("contract_id", "string", "The contract (its page's id: the contracts.csv id of its main entry)."),
    col("reference", "string", "Contract reference as published."),
    col("title", "string", "Contract title."),
    col(
      "councils",
      "string",
      "The councils it is for (listing it, letting it or named by an arrangement), separated by spaces.",
      { list: " " },
    ),
    col("supplier_id", "string", "Supplier identifier (matches suppliers.csv and payments.csv)."),
    col("supplier", "string", "Supplier name as published."),
    col("start_date", "date", "Start date; empty when not published."),
    col("end_date", "date", "End or current expiry date; empty when not published (an open end)."),
    col("total_value", "number", "Total contract value in pounds as published; empty when not stated.", {
      nullable: true,
    }),
    col(
      "paid_in_term",
      "number",
      "What its councils paid the supplier between the start and end dates, in pounds, exact.",
    ),
    col("payments_in_term", "integer", "Number of those payments."),
    col(
      "share_of_value_percent",
      "number",
      "paid_in_term as a percentage of total_value, cut to one decimal; empty unless the value is known and above zero.",
      { nullable: true },
    ),
  ],
});
