// Small text helpers for writing published-looking values: CSV cells, amounts and dates.
import { MONTH_ABBR, MONTH_NAMES } from "../format.ts";

/** A CSV cell quoted when it must be. */
export const q = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export const two = (n: number): string => String(n).padStart(2, "0");

export { MONTH_ABBR, MONTH_NAMES };

/** A calendar day (no time zone, no Date objects needed by callers). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export const isoDate = (d: Day): string => `${d.year}-${two(d.month)}-${two(d.day)}`;
export const dmyDate = (d: Day): string => `${two(d.day)}/${two(d.month)}/${d.year}`;
/** 20-Jan-2023 */
export const dMonYYYY = (d: Day): string => `${two(d.day)}-${MONTH_ABBR[d.month - 1]}-${d.year}`;
/** 26-May-23 */
export const dMonYY = (d: Day): string => `${two(d.day)}-${MONTH_ABBR[d.month - 1]}-${two(d.year % 100)}`;
export const monthLabel = (year: number, month: number): string => `${MONTH_NAMES[month - 1]} ${year}`;

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (d: Day): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();

/** "1424.00", "841.4375": the exact decimal of integer micros, at least two places, no sign. */
export function plainAmount(micros: number): string {
  const abs = Math.abs(micros);
  const pounds = Math.floor(abs / 1_000_000);
  const fraction = String(abs % 1_000_000)
    .padStart(6, "0")
    .replace(/0+$/, "");
  return `${pounds}.${fraction.padEnd(2, "0")}`;
}

/** "1,424.00" */
export const withThousands = (plain: string): string =>
  plain.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ","));

/** Devon-like: "676", "673.2", "-959.84" (trailing zeros dropped). */
export function shortAmount(micros: number): string {
  const text = plainAmount(micros).replace(/0+$/, "").replace(/\.$/, "");
  return micros < 0 ? `-${text}` : text;
}
