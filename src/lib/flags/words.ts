// Figures in the questions' words: "£2,341.45", "8 Nov 2022", "Harrowmere, Kestwick and Ashvale".
import { MONTH_ABBR } from "../format.ts";
import { formatPounds } from "../money.ts";

export const pounds = (micros: number | bigint): string => formatPounds(micros);

/** "8 Nov 2022" of a day number (days since 1970-01-01). */
export function dayText(day: number): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTH_ABBR[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "8 Nov 2022" of "2022-11-08" (the text itself when it is not an ISO date). */
export function isoText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTH_ABBR[Number(match[2]) - 1]} ${match[1]}`;
}

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "once", "twice", "3 times". */
export const timesText = (n: number): string => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/** "1 payment", "3 payments". */
export const countText = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** A share of two exact totals as a percentage with one decimal ("62.4%"), rounded half up. */
export function percentOf(part: bigint, whole: bigint): string {
  if (whole === 0n) return "";
  const tenths = (part * 2000n + whole) / (2n * whole);
  return `${tenths / 10n}.${tenths % 10n}%`;
}
