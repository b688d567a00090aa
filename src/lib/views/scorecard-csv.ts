// The data-quality scorecard as CSV (data/scorecard.csv): one line per council in rank order, each
// check's score (0–100, higher is better) and the figure behind it as /data-quality/ shows it
// ("2.6% of rows, 0.8% of value", "44 of 12,286"). Text cells are formula-guarded; scores are plain
// numbers. A council not scored (no payment could be read) has empty scores and its reason in not_scored.
import { type CsvValue, csvLine } from "../tables/csv-write.ts";
import type { CouncilScore } from "./scorecard.ts";

interface ScorecardField {
  name: string;
  type: "integer" | "string";
  description: string;
  value: (s: CouncilScore) => CsvValue;
  /** A score or its figure: empty for a council not scored. */
  scored: boolean;
}

const field = (
  name: string,
  type: ScorecardField["type"],
  description: string,
  value: ScorecardField["value"],
  scored = true,
): ScorecardField => ({ name, type, description, value, scored });

/** The columns of scorecard.csv (documented on /data/), each with how its cell is read from a score. */
export const SCORECARD_FIELDS: readonly ScorecardField[] = [
  field(
    "rank",
    "integer",
    "Rank by overall score (equal scores share a rank); empty when not scored.",
    (s) => s.rank,
  ),
  field("council", "string", "The council's folder slug in the data.", (s) => s.slug, false),
  field("council_name", "string", "The council's name.", (s) => s.name, false),
  field(
    "overall_score",
    "integer",
    "Average of the six check scores, 0–100 (100: nothing wrong).",
    (s) => s.overall,
  ),
  field(
    "monthly_publication_score",
    "integer",
    "Months with no payments published, between the first and last.",
    (s) => s.months.score,
  ),
  field("months_missing", "string", "Those months (YYYY-MM, space-separated).", (s) =>
    s.months.missing.join(" "),
  ),
  field("code_fields_score", "integer", "Files lacking a Transparency Code field.", (s) => s.fields.score),
  field("code_fields_missing", "string", "The fields some file lacks (semicolon-separated).", (s) =>
    s.fields.missing.join("; "),
  ),
  field(
    "withheld_payees_score",
    "integer",
    "Payments whose payee was withheld, by rows and by value.",
    (s) => s.redacted.score,
  ),
  field(
    "withheld_payees",
    "string",
    "Their share of rows and of value, as shown on the page.",
    (s) => s.redacted.text,
  ),
  field(
    "records_set_aside_score",
    "integer",
    "Published records that could not be counted, repeats apart.",
    (s) => s.setAside.score,
  ),
  field(
    "records_set_aside",
    "string",
    'How many, of how many records ("44 of 12,286").',
    (s) => s.setAside.text,
  ),
  field(
    "supplier_name_variants_score",
    "integer",
    "Suppliers paid under more than one spelling.",
    (s) => s.variants.score,
  ),
  field("suppliers_with_variants", "integer", "How many such suppliers.", (s) => s.variants.withVariants),
  field(
    "repeated_records_score",
    "integer",
    "Records published again in a later file.",
    (s) => s.repeats.score,
  ),
  field("repeated_records", "string", "How many, of how many records.", (s) => s.repeats.text),
  field(
    "not_scored",
    "string",
    "Why the council is not scored (no payment could be read); empty when scored.",
    (s) => s.notScored ?? "",
    false,
  ),
];

export const SCORECARD_COLUMNS = SCORECARD_FIELDS.map((f) => f.name);

export function scorecardCsv(scores: readonly CouncilScore[]): string {
  const lines = [SCORECARD_COLUMNS.join(",")];
  for (const s of scores) {
    // Nothing was read for a council not scored: no check has a figure, only the reason is given.
    lines.push(csvLine(SCORECARD_FIELDS.map((f) => (f.scored && s.notScored !== null ? "" : f.value(s)))));
  }
  return `${lines.join("\n")}\n`;
}
