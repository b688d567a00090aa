// How a list of councils reads: "All 5 partners" ("all 5 partners" inside a sentence) when it is every
// partner of three or more, else their names in partnership order, comma-separated. Pure, so that the
// pages and the search page's script say it the same way.

/** `listed`: indices in `partners` (every partner's name, in partnership order). */
export function partnersText(
  listed: Iterable<number>,
  partners: readonly string[],
  inSentence = false,
): string {
  const set = new Set(listed);
  const names = partners.filter((_, i) => set.has(i));
  if (partners.length > 2 && names.length === partners.length)
    return `${inSentence ? "all" : "All"} ${partners.length} partners`;
  return names.join(", ");
}
