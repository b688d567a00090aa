// Exact money. Amounts are integer millionths of a pound ("micros"): parsed from the published
// digits, never through parseFloat; sums are bigint (or exact float64 integers, see exact-sum.ts).
import type { Micros } from "./model.ts";

export type AmountResult = { ok: true; micros: Micros } | { ok: false; reason: string };

const MAX_POUNDS = 1_000_000_000;
const REDACTED = /^(redacted|withheld|not disclosed)\b/i;
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Parses a published amount: `1,496.00`, ` 1,695.57 `, `£1,000.00`, `-£540.00`, `(264,795.53)`,
 * `540.00-`, `540.00 CR`, `841.4375`, `.50`, `1 234.56`, unicode minus.
 */
export function parseAmount(text: string): AmountResult {
  let s = text.trim();
  if (s === "") return { ok: false, reason: "amount missing" };
  if (REDACTED.test(s)) return { ok: false, reason: "amount redacted" };
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/cr$/i.test(s)) {
    negative = !negative;
    s = s.slice(0, -2).trim();
  } else if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  // Signs and the pound sign may come in either order: -£540.00, £-540.00, +12.00.
  for (;;) {
    const c = s.charAt(0);
    if (c === "-" || c === "\u2212") negative = !negative;
    else if (c !== "+" && c !== "£" && c !== " ") break;
    s = s.slice(1);
  }
  if (s.endsWith("£")) s = s.slice(0, -1).trim();
  s = s.replace(/[, \u00a0]/g, "");
  const match = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!match || (match[1] === "" && (match[2] ?? "") === "")) {
    return { ok: false, reason: `amount not a number: ${shown(text.trim())}` };
  }
  const whole = match[1] || "0";
  const fraction = match[2] ?? "";
  if (fraction.length > 6)
    return { ok: false, reason: `amount has more than 6 decimal places: ${shown(text.trim())}` };
  const pounds = Number(whole);
  if (pounds >= MAX_POUNDS) return { ok: false, reason: `amount out of range: ${shown(text.trim())}` };
  const micros = pounds * 1_000_000 + Number(fraction.padEnd(6, "0"));
  return { ok: true, micros: negative && micros !== 0 ? -micros : micros };
}

/** Plain decimal pounds for CSV: at least 2 decimals, further trailing zeros trimmed. */
export function formatDecimal(micros: number | bigint): string {
  const value = BigInt(micros);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const fraction = (abs % 1_000_000n)
    .toString()
    .padStart(6, "0")
    .replace(/0{1,4}$/, "");
  return `${negative ? "-" : ""}${abs / 1_000_000n}.${fraction.padEnd(2, "0")}`;
}

export function sumMicros(values: Iterable<number>): bigint {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return total;
}

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** "£1,234.56" (rounded half away from zero to the penny, for display only); "-£540.00". */
export function formatPounds(micros: number | bigint): string {
  const value = BigInt(micros);
  const negative = value < 0n;
  const pence = ((negative ? -value : value) + 5_000n) / 10_000n;
  const sign = negative && pence > 0n ? "-" : "";
  return `${sign}£${groupThousands((pence / 100n).toString())}.${(pence % 100n).toString().padStart(2, "0")}`;
}

/** Headline style: "£1.2m", "£340k", "£1.25bn", "£512". */
export function formatPoundsShort(micros: number | bigint): string {
  const pounds = Number(BigInt(micros) / 10_000n) / 100;
  const sign = pounds < 0 ? "-" : "";
  const abs = Math.abs(pounds);
  const trim = (value: number, digits: number) => {
    const text = value.toFixed(digits);
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  };
  if (abs >= 1e9) return `${sign}£${trim(abs / 1e9, 2)}bn`;
  if (abs >= 1e6) return `${sign}£${trim(abs / 1e6, abs >= 1e8 ? 0 : 1)}m`;
  if (abs >= 1e4) return `${sign}£${trim(abs / 1e3, 0)}k`;
  if (abs >= 1e3) return `${sign}£${trim(abs / 1e3, 1)}k`;
  return `${sign}£${Math.round(abs)}`;
}
