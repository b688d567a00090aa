// Payments dated outside the months a council's files cover (a file's first and last dates leave out
// a payment dated far from the rest of it, perhaps a mistyped year: ingest/date-outliers.ts). Charts
// by month or quarter leave them out, so that one such date does not stretch them over the years
// between, and say so under the chart.
import { counted } from "../format.ts";
import { formatPounds } from "../money.ts";

/** The first and last month ("yyyy-mm") a council's files cover. */
export interface MonthSpan {
  first: string;
  last: string;
}

/** A council's span of months from the first and last date its files cover (none: every month counts). */
export const monthSpan = (span: { first: string; last: string } | undefined): MonthSpan | null =>
  span ? { first: span.first.slice(0, 7), last: span.last.slice(0, 7) } : null;

export const isOutside = (span: MonthSpan | null, month: string): boolean =>
  span !== null && (month < span.first || month > span.last);

/** The note under a chart for a council's payments left out of it. */
export const outsideNote = (council: string, count: number, total: bigint): string =>
  `Not drawn: ${counted(count, "payment")} by ${council} (${formatPounds(total)}) dated outside the months ` +
  "its files cover, perhaps with a mistyped year (see the notes on its files under data quality).";
