// Gaps in monthly publication: months between the first and last month with payments that have none.
import type { FileQuality } from "../model.ts";

/** "2023-04" → "2023-05". */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** Months (yyyy-mm) missing between the first and last of the given sorted months. */
export function missingMonths(sortedMonths: string[]): string[] {
  const first = sortedMonths[0];
  const last = sortedMonths.at(-1);
  if (!first || !last) return [];
  const present = new Set(sortedMonths);
  const missing: string[] = [];
  for (let m = first; m < last; m = nextMonth(m)) if (!present.has(m)) missing.push(m);
  return missing;
}

/**
 * The months a council's spend files cover (each file from its first to its last date; a payment
 * dated far from the rest of its file does not stretch them: see date-outliers.ts), how many from the
 * first to the last, and those no file covers.
 */
export function fileMonths(files: readonly FileQuality[]): { covered: number; missing: string[] } {
  const months = new Set<string>();
  for (const f of files) {
    if (f.kind !== "spend" || !f.first_date || !f.last_date || f.accepted === 0) continue;
    for (let m = f.first_date.slice(0, 7); m <= f.last_date.slice(0, 7); m = nextMonth(m)) months.add(m);
  }
  const sorted = [...months].sort();
  const missing = missingMonths(sorted);
  return { covered: sorted.length + missing.length, missing };
}
