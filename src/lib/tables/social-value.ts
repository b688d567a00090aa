// social-value.csv: per council, financial year and measure (spend, contract value), the amounts
// with SMEs, VCSEs and local suppliers, and the amounts whose status nothing published says
// (site/social-value.ts writes it; /social-value/ shows it).
import { col, defineTable } from "./table.ts";

const amount = (what: string) => `${what}, in pounds, exact.`;

export const SOCIAL_VALUE = defineTable({
  name: "social_value",
  file: "social-value.csv",
  published: "data/social-value.csv",
  title: "Social value: spend and contract value with SMEs, VCSEs and local suppliers",
  description:
    "One line per council, financial year and measure: spend (payments, without recharges between partners or " +
    "withheld payees) or contract value (register entries and OCDS notices by their start date). For each of SME, " +
    "VCSE and local, the amount with suppliers published as such and the amount whose status is unknown; the " +
    "rest is with suppliers published as not SME, not VCSE or outside the council's postcode areas.",
  key: ["council", "financial_year", "measure"],
  columns: [
    col("council", "string", "The council (its folder slug)."),
    col("financial_year", "string", "Financial year, April to March (2024-25)."),
    col("measure", "string", "spend or contract_value."),
    col("total", "number", amount("The whole amount")),
    col("records", "integer", "Payments or contracts counted."),
    col("sme", "number", amount("With suppliers published as SMEs")),
    col("sme_unknown", "number", amount("With suppliers no source says are or are not SMEs")),
    col(
      "sme_percent",
      "number",
      "sme as a percentage of total (one decimal; empty when total is not positive).",
      { nullable: true },
    ),
    col("vcse", "number", amount("With voluntary, community and social enterprises")),
    col("vcse_unknown", "number", amount("With suppliers no source says are or are not VCSEs")),
    col(
      "vcse_percent",
      "number",
      "vcse as a percentage of total (one decimal; empty when total is not positive).",
      { nullable: true },
    ),
    col(
      "local",
      "number",
      amount("With suppliers whose published postcode is in the council's postcode areas"),
    ),
    col(
      "local_unknown",
      "number",
      amount("With suppliers with no published postcode, or for a council that names no postcode areas"),
    ),
    col(
      "local_percent",
      "number",
      "local as a percentage of total (one decimal; empty when total is not positive).",
      { nullable: true },
    ),
  ],
});
