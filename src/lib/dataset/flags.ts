// The red flags the build computed (scripts/flags.ts): flags.json's summary for badges and the
// thresholds used, and flags.csv's questions for a page that lists them. Both are read from the
// dataset folder; a dataset made by the ingest alone has neither, and pages then show no flags.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_DIR } from "../dataset-dir.ts";
import type { FlagsSummary, IndicatorCounts } from "../flags/output/summary.ts";
import { readRecords } from "../tables/csv-read.ts";
import { FLAGS, type FlagLine } from "../tables/flags.ts";

export type { FlagsSummary, IndicatorCounts };

/** flags.json of a dataset folder, or null when the flags step has not run. */
export function loadFlagsSummary(dir: string = DATASET_DIR): FlagsSummary | null {
  const path = join(dir, "flags.json");
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, "utf8")) as FlagsSummary;
}

/** All flags of one council, supplier, contract or year ("by_council", "harrowmere"): 0 when none. */
export function flagCount(
  summary: FlagsSummary | null,
  by: "by_council" | "by_supplier" | "by_contract" | "by_year",
  key: string,
): number {
  const counts = summary?.[by][key];
  if (!counts) return 0;
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}

/**
 * One line of flags.csv: a question and the payments behind it (rows: their number; paymentIds and
 * sources: all of them, or the first ones when flags.csv could not list them all, see flag_payments.csv).
 */
export type FlagRecord = Omit<FlagLine, "flagId"> & { id: string };

/** flags.csv of a dataset folder ([] when the flags step has not run). */
export async function loadFlagRecords(dir: string = DATASET_DIR): Promise<FlagRecord[]> {
  const path = join(dir, FLAGS.file);
  if (!existsSync(path)) return [];
  return (await readRecords(path, FLAGS)).map(({ flagId, ...line }) => ({ id: flagId, ...line }));
}
