// What pages say about the partners, worked out once from the dataset: a list of councils in words
// ("All 5 partners"), a council's name, each council's published payments span, and a supplier's name.
import { councils, files, supplierById } from "../dataset/index.ts";
import { partnersText } from "../views/partners-text.ts";
import { publishedSpans, type Span } from "../views/spans.ts";

/** A council's name by its slug (the slug when it is not a partner). */
export { councilName } from "../dataset/index.ts";

/** Each council's published payments span (first and last date), from its payment files. */
export const councilSpans: Map<string, Span> = publishedSpans(files);

/** Council names for a list of slugs; "All 5 partners" ("all 5 partners" in a sentence) when every partner is there. */
export function councilList(slugs: readonly string[], inSentence = false): string {
  const listed = new Set(slugs);
  return partnersText(
    councils.flatMap((c, i) => (listed.has(c.slug) ? [i] : [])),
    councils.map((c) => c.name),
    inSentence,
  );
}

/** A supplier's name, or its id when it has no record. */
export const supplierName = (id: string): string => supplierById.get(id)?.name ?? id;
