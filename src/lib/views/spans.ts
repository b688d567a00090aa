// The dates each council's published payments span, from its payment files' first and last dates:
// how current the site is (the home page), and how much of a contract's term is covered (contract
// pages).
import type { FileQuality } from "../model.ts";

/** The first and last date of the payments a council published. */
export interface Span {
  first: string;
  last: string;
}

/** Each council's published payments span, from its payment files (a file replaced or not read adds nothing). */
export function publishedSpans(files: readonly FileQuality[]): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (const f of files) {
    if (f.kind !== "spend" || f.first_date === null || f.last_date === null) continue;
    const span = spans.get(f.council);
    if (!span) spans.set(f.council, { first: f.first_date, last: f.last_date });
    else {
      if (f.first_date < span.first) span.first = f.first_date;
      if (f.last_date > span.last) span.last = f.last_date;
    }
  }
  return spans;
}
