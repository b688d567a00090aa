// shared-suppliers.csv: every supplier paid separately by two or more partners, one line per supplier
// and paying council (published-charts/shared-csv.ts writes it; /shared-suppliers/ links it).
import { col, defineTable } from "./table.ts";

export const SHARED_SUPPLIERS = defineTable({
  name: "shared_suppliers",
  file: "shared-suppliers.csv",
  published: "data/shared-suppliers.csv",
  title: "Suppliers shared by two or more partners",
  description:
    "One line per shared supplier and council that paid it, largest combined spend first: suppliers paid " +
    "separately by two or more partners, all years. Recharges between partner councils, withheld payees and " +
    "partner councils themselves are not suppliers here.",
  key: ["supplier_id", "council"],
  foreignKeys: [{ fields: ["supplier_id"], reference: { resource: "suppliers", fields: ["id"] } }],
  columns: [
    col("supplier_id", "string", "The supplier (as in payments.csv and suppliers.csv)."),
    col("supplier", "string", "Its name, as on its page."),
    col("council", "string", "A partner council that paid it (its folder slug)."),
    col("spend", "number", "What that council paid it, all years, in pounds, exact (credits included)."),
    col("combined_spend", "number", "What all the partners paid it, all years, in pounds, exact."),
    col("partners", "integer", "How many partners paid it."),
    col(
      "joint_contracts",
      "string",
      "Its contracts that list two or more partners (contract ids), separated by spaces.",
      { list: " " },
    ),
    col(
      "single_council_contracts",
      "string",
      "Its contracts that list one partner only (contract ids), separated by spaces.",
      { list: " " },
    ),
  ],
});
