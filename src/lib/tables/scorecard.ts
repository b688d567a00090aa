// scorecard.csv: the data-quality scorecard of /data-quality/, one line per council in rank order
// (views/scorecard-csv.ts writes it from the scores).
import { type ColumnName, col, defineTable } from "./table.ts";

export const SCORECARD = defineTable({
  name: "scorecard",
  file: "scorecard.csv",
  published: "data/scorecard.csv",
  title: "Data-quality scorecard",
  description:
    "One line per council in rank order: each check's score (0 to 100, higher is better) and the figure behind " +
    "it as /data-quality/ shows it. A council not scored (no payment could be read) has empty scores and figures, " +
    "and its reason in not_scored.",
  key: ["council"],
  columns: [
    col("rank", "integer", "Rank by overall score (equal scores share a rank); empty when not scored."),
    col("council", "string", "The council's folder slug in the data."),
    col("council_name", "string", "The council's name."),
    col("overall_score", "integer", "Average of the six check scores, 0–100 (100: nothing wrong)."),
    col(
      "monthly_publication_score",
      "integer",
      "Months with no payments published, between the first and last.",
    ),
    col("months_missing", "string", "Those months (YYYY-MM, space-separated).", { list: " " }),
    col("code_fields_score", "integer", "Files lacking a Transparency Code field."),
    col("code_fields_missing", "string", "The fields some file lacks (semicolon-separated).", { list: "; " }),
    col("withheld_payees_score", "integer", "Payments whose payee was withheld, by rows and by value."),
    col("withheld_payees", "string", "Their share of rows and of value, as shown on the page."),
    col("records_set_aside_score", "integer", "Published records that could not be counted, repeats apart."),
    col("records_set_aside", "string", 'How many, of how many records ("44 of 12,286").'),
    col("supplier_name_variants_score", "integer", "Suppliers paid under more than one spelling."),
    col("suppliers_with_variants", "integer", "How many such suppliers."),
    col("repeated_records_score", "integer", "Records published again in a later file."),
    col("repeated_records", "string", "How many, of how many records."),
    col(
      "not_scored",
      "string",
      "Why the council is not scored (no payment could be read); empty when scored.",
    ),
  ],
});

export type ScorecardColumn = ColumnName<typeof SCORECARD>;
