// The data-quality scorecard as CSV (data/scorecard.csv): one line per council in rank order, each
// check's score (0–100, higher is better) and the figure behind it as /data-quality/ shows it
// ("2.6% of rows, 0.8% of value", "44 of 12,286"). Text cells are formula-guarded; scores are plain
// numbers. A council not scored (no payment could be read) has empty scores and its reason in not_scored.
import { csvLine } from "../ingest/csv-write.ts";
import type { CouncilScore } from "./scorecard.ts";

/** The columns of scorecard.csv, documented on /data/. */
export const SCORECARD_FIELDS = [
  {
    name: "rank",
    type: "integer",
    description: "Rank by overall score (equal scores share a rank); empty when not scored.",
  },
  { name: "council", type: "string", description: "The council's folder slug in the data." },
  { name: "council_name", type: "string", description: "The council's name." },
  {
    name: "overall_score",
    type: "integer",
    description: "Average of the six check scores, 0–100 (100: nothing wrong).",
  },
  {
    name: "monthly_publication_score",
    type: "integer",
    description: "Months with no payments published, between the first and last.",
  },
  { name: "months_missing", type: "string", description: "Those months (YYYY-MM, space-separated)." },
  { name: "code_fields_score", type: "integer", description: "Files lacking a Transparency Code field." },
  {
    name: "code_fields_missing",
    type: "string",
    description: "The fields some file lacks (semicolon-separated).",
  },
  {
    name: "withheld_payees_score",
    type: "integer",
    description: "Payments whose payee was withheld, by rows and by value.",
  },
  {
    name: "withheld_payees",
    type: "string",
    description: "Their share of rows and of value, as shown on the page.",
  },
  {
    name: "records_set_aside_score",
    type: "integer",
    description: "Published records that could not be counted, repeats apart.",
  },
  {
    name: "records_set_aside",
    type: "string",
    description: 'How many, of how many records ("44 of 12,286").',
  },
  {
    name: "supplier_name_variants_score",
    type: "integer",
    description: "Suppliers paid under more than one spelling.",
  },
  { name: "suppliers_with_variants", type: "integer", description: "How many such suppliers." },
  {
    name: "repeated_records_score",
    type: "integer",
    description: "Records published again in a later file.",
  },
  { name: "repeated_records", type: "string", description: "How many, of how many records." },
  {
    name: "not_scored",
    type: "string",
    description: "Why the council is not scored (no payment could be read); empty when scored.",
  },
] as const;

export const SCORECARD_COLUMNS = SCORECARD_FIELDS.map((f) => f.name);

export function scorecardCsv(scores: readonly CouncilScore[]): string {
  const lines = [SCORECARD_COLUMNS.join(",")];
  for (const s of scores) {
    if (s.notScored !== null) {
      // Nothing was read, so no check has a figure: the scores stay empty and the reason is given.
      const blanks = SCORECARD_COLUMNS.slice(3, -1).map(() => "");
      lines.push(csvLine(["", s.slug, s.name, ...blanks, s.notScored]));
      continue;
    }
    lines.push(
      csvLine([
        s.rank,
        s.slug,
        s.name,
        s.overall,
        s.months.score,
        s.months.missing.join(" "),
        s.fields.score,
        s.fields.missing.join("; "),
        s.redacted.score,
        s.redacted.text,
        s.setAside.score,
        s.setAside.text,
        s.variants.score,
        s.variants.withVariants,
        s.repeats.score,
        s.repeats.text,
        "",
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}
