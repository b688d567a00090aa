// The data-quality scorecard as CSV (data/scorecard.csv, declared in tables/scorecard.ts): one line per
// council in rank order, each check's score (0–100, higher is better) and the figure behind it as
// /data-quality/ shows it ("2.6% of rows, 0.8% of value", "44 of 12,286"). Text cells are
// formula-guarded; scores are plain numbers. A council not scored (no payment could be read) has empty
// scores and its reason in not_scored.
import { type CellsOf, csvLineOf } from "../tables/csv-write.ts";
import { SCORECARD, type ScorecardColumn } from "../tables/scorecard.ts";
import type { CouncilScore } from "./scorecard.ts";

/** The columns of scorecard.csv (documented on /data/). */
export const SCORECARD_FIELDS = SCORECARD.columns;

/** How each cell is read from a score. */
const CELLS: CellsOf<typeof SCORECARD, CouncilScore> = {
  rank: (s) => s.rank,
  council: (s) => s.slug,
  council_name: (s) => s.name,
  overall_score: (s) => s.overall,
  monthly_publication_score: (s) => s.months.score,
  months_missing: (s) => s.months.missing.join(SCORECARD.column.months_missing.list),
  code_fields_score: (s) => s.fields.score,
  code_fields_missing: (s) => s.fields.missing.join(SCORECARD.column.code_fields_missing.list),
  withheld_payees_score: (s) => s.redacted.score,
  withheld_payees: (s) => s.redacted.text,
  records_set_aside_score: (s) => s.setAside.score,
  records_set_aside: (s) => s.setAside.text,
  supplier_name_variants_score: (s) => s.variants.score,
  suppliers_with_variants: (s) => s.variants.withVariants,
  repeated_records_score: (s) => s.repeats.score,
  repeated_records: (s) => s.repeats.text,
  not_scored: (s) => s.notScored ?? "",
};

/** The cells a council not scored keeps: nothing was read, so no check has a figure. */
const KEPT_WHEN_NOT_SCORED = new Set<ScorecardColumn>(["council", "council_name", "not_scored"]);

const scoredLine = csvLineOf(SCORECARD, CELLS);
const notScoredLine = csvLineOf(
  SCORECARD,
  Object.fromEntries(
    SCORECARD.names.map((name) => [name, KEPT_WHEN_NOT_SCORED.has(name) ? CELLS[name] : () => ""]),
  ) as CellsOf<typeof SCORECARD, CouncilScore>,
);

export function scorecardCsv(scores: readonly CouncilScore[]): string {
  const lines = [SCORECARD.header];
  for (const s of scores) lines.push(s.notScored !== null ? notScoredLine(s) : scoredLine(s));
  return `${lines.join("\n")}\n`;
}
