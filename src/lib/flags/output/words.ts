// Figures in the questions' words: "£2,341.45", "8 Nov 2022", "Harrowmere, Kestwick and Ashvale".
import { MONTH_ABBR } from "../../format.ts";
import { formatPounds } from "../../money.ts";

/** "£1,234.56" (half away from zero to the penny), as formatPounds, in integers while they are exact. */
export function pounds(micros: number | bigint): string {
  const value = typeof micros === "bigint" ? Number(micros) : micros;
  if (!Number.isSafeInteger(value) || Math.abs(value) > 2 ** 52) return formatPounds(micros);
  const abs = Math.abs(value) + 5_000;
  const pence = (abs - (abs % 10_000)) / 10_000;
  const sign = value < 0 && pence > 0 ? "-" : "";
  const penny = pence % 100;
  return `${sign}£${thousands((pence - penny) / 100)}.${penny < 10 ? "0" : ""}${penny}`;
}

/** "1,234,567" of a whole number from 0 to 2^53 (as groupThousands of its digits). */
function thousands(n: number): string {
  if (n < 1000) return String(n);
  const rest = n % 1000;
  return `${thousands((n - rest) / 1000)},${rest < 10 ? "00" : rest < 100 ? "0" : ""}${rest}`;
}

/** "8 Nov 2022" of a day number (days since 1970-01-01). */
export function dayText(day: number): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTH_ABBR[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
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
