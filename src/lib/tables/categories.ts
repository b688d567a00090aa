// categories.csv: every published department and expense type, per council, with the comparable
// category it maps to and by which rule (categories/mapping.ts writes it; /about/ explains it).
import { col, defineTable } from "./table.ts";

export const CATEGORIES = defineTable({
  name: "categories",
  file: "categories.csv",
  published: "data/categories.csv",
  title: "Comparable categories of the published departments and expense types",
  description:
    "One line per council and published department or expense type, sorted by council, kind and text: the " +
    "CIPFA category it is counted under and the rule that chose it. Text no rule matches is uncategorised, never hidden.",
  key: ["council", "kind", "published"],
  columns: [
    col("council", "string", "The council (its folder slug)."),
    col(
      "kind",
      "string",
      '"service": a department (expense area), mapped to a CIPFA SeRCOP service; "subjective": an expense type, mapped to a CIPFA subjective group.',
    ),
    col("published", "string", "The department or expense type exactly as published."),
    col("category_id", "string", 'The category\'s identifier ("uncategorised" when no rule matched).'),
    col("category", "string", "The category's name."),
    col(
      "rule",
      "string",
      '"override" (set in the council\'s council.json), "keyword" (the keyword rules) or "none" (uncategorised).',
    ),
    col("matched", "string", "The override key or the keywords that matched; empty when none did."),
    col("rows", "integer", "Number of payments published with this text."),
    col("total", "number", "Their exact total in pounds (credits included)."),
  ],
});
