// The data-quality scorecard as CSV (data/scorecard.csv): one line per council in rank order, each
// check's score (0–100, higher is better) and the figure behind it as /data-quality/ shows it
// ("2.6% of rows, 0.8% of value", "44 of 12,286"). Text cells are formula-guarded; scores are plain
// numbers.
import { csvLine } from "../ingest/csv-write.ts";
import type { CouncilScore } from "./scorecard.ts";

export const SCORECARD_COLUMNS = [
  "rank",
  "council",
  "council_name",
  "overall_score",
  "monthly_publication_score",
  "months_missing",
  "code_fields_score",
  "code_fields_missing",
  "withheld_payees_score",
  "withheld_payees",
  "records_set_aside_score",
  "records_set_aside",
  "supplier_name_variants_score",
  "suppliers_with_variants",
  "repeated_records_score",
  "repeated_records",
] as const;

export function scorecardCsv(scores: readonly CouncilScore[]): string {
  const lines = [SCORECARD_COLUMNS.join(",")];
  for (const s of scores) {
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
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}
