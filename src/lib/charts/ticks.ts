// Tick labels for axes in pounds, UK style, drawn from scale.ticks() (no DOM, no d3-axis).
import { formatPoundsShort, groupThousands, MICROS_PER_POUND } from "../money.ts";

/** Pounds (a number) as micros for the money formatters. */
export const microsOfPounds = (pounds: number): number => Math.round(pounds * MICROS_PER_POUND);

/** "£2.50" / "£12,500": pounds with a fixed number of places. */
function smallPounds(pounds: number, places: number): string {
  const fixed = Math.abs(pounds).toFixed(places);
  const [whole, fraction] = fixed.split(".");
  const sign = pounds < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}£${groupThousands(whole as string)}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * Labels for ticks in pounds: "£1.2m", "£340k", "£0" (formatPoundsShort), or "£2.50" when ticks
 * under £1,000 fall between whole pounds. Falls back to whole pounds ("£12,500") whenever the short
 * form would show two ticks the same.
 */
export function tickLabels(ticks: readonly number[], format?: (pounds: number) => string): string[] {
  if (format) return ticks.map(format);
  const fractional = ticks.some((t) => !Number.isInteger(Math.round(t * 1e6) / 1e6) && Math.abs(t) < 1000);
  if (fractional) return ticks.map((t) => smallPounds(t, 2));
  const short = ticks.map((t) => formatPoundsShort(microsOfPounds(t)));
  if (new Set(short).size === short.length) return short;
  return ticks.map((t) => smallPounds(t, 0));
}
