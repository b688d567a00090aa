// Filtering a table in the browser: which rows a reader's words match. Apart from the CSV writer, so
// the filter loads without it.

/** Whether a row's text matches every word of a filter (case and accents ignored). */
export function rowMatches(rowText: string, filter: string): boolean {
  const fold = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  const text = fold(rowText);
  return fold(filter)
    .split(/\s+/)
    .filter((w) => w !== "")
    .every((w) => text.includes(w));
}
