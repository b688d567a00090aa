// Payments dated far from the rest of their file: most likely a mistyped year (01/04/2042 in a file
// of April 2024), which is a valid date and so kept, but worth a warning, since it adds a financial
// year and stretches every chart of months. Found once a file is read, from its rows' date ids; the
// file's first and last dates leave them out, so that the months it covers are the months it holds.
import { formatDate } from "../../format.ts";

/** Further than this from the file's median date is far (a year and a day). */
export const FAR_DAYS = 366;
const LINES_LISTED = 5;
/** What comes before the list of lines in the warning (the data-quality page links the lines after it). */
export const FAR_DATES_LINES = "perhaps mistyped: ";

const dayOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The dates (ids) of rows from..to more than FAR_DAYS from their median date, and that median. */
export function farDates(
  dates: readonly string[],
  dateIds: ArrayLike<number>,
  from: number,
  to: number,
): { far: Set<number>; median: number } | null {
  if (to - from < 3) return null;
  // Rows per date (one typed-array pass: a council has a few thousand distinct dates at most).
  const counts = new Int32Array(dates.length);
  for (let row = from; row < to; row++) counts[dateIds[row] as number]++;
  const days: { day: number; n: number; id: number }[] = [];
  for (let id = 0; id < counts.length; id++)
    if ((counts[id] as number) > 0)
      days.push({ day: dayOf(dates[id] as string), n: counts[id] as number, id });
  days.sort((a, b) => a.day - b.day);
  // Nothing is far from the median when the file's whole span is within the limit.
  if ((days.at(-1)?.day ?? 0) - (days[0]?.day ?? 0) <= FAR_DAYS) return null;
  let seen = 0;
  let median = days[0] as (typeof days)[number];
  for (const d of days) {
    seen += d.n;
    median = d;
    if (seen * 2 >= to - from) break;
  }
  const far = new Set(days.filter((d) => Math.abs(d.day - median.day) > FAR_DAYS).map((d) => d.id));
  return far.size === 0 ? null : { far, median: median.id };
}

/**
 * The first and last date of the rows from..to, leaving out the far ones (`far`: date ids): the
 * months a file covers, which a mistyped year must not stretch.
 */
export function datesSpan(
  dates: readonly string[],
  dateIds: ArrayLike<number>,
  from: number,
  to: number,
  far: ReadonlySet<number>,
): { first: string; last: string } | null {
  let first = "";
  let last = "";
  for (let row = from; row < to; row++) {
    const id = dateIds[row] as number;
    if (far.has(id)) continue;
    const date = dates[id] as string;
    if (first === "" || date < first) first = date;
    if (date > last) last = date;
  }
  return first === "" ? null : { first, last };
}

/**
 * The warning for a file's rows dated more than FAR_DAYS from its median date, or null when there are
 * none. `dateIds[row]` indexes `dates` (ISO texts) for the file's rows from `from` to `to`; `lines` are
 * their physical lines.
 */
export function farDatesWarning(
  dates: readonly string[],
  dateIds: ArrayLike<number>,
  lines: ArrayLike<number>,
  from: number,
  to: number,
  found = farDates(dates, dateIds, from, to),
): string | null {
  if (!found) return null;
  const { far, median } = found;
  const listed: string[] = [];
  let count = 0;
  for (let row = from; row < to; row++) {
    if (!far.has(dateIds[row] as number)) continue;
    count++;
    if (listed.length < LINES_LISTED)
      listed.push(`line ${lines[row]} (${formatDate(dates[dateIds[row] as number] as string)})`);
  }
  return (
    `${count} payment${count === 1 ? "" : "s"} dated more than a year from the file's median date ` +
    `(${formatDate(dates[median] as string)}), ${FAR_DATES_LINES}${listed.join(", ")}${count > listed.length ? ", …" : ""}`
  );
}
