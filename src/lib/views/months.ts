// Gaps in monthly publication: months between the first and last month with payments that have none.

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
