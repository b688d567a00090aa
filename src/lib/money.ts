// Exact money. Amounts are integer millionths of a pound ("micros"): parsed from the published
// digits, never through parseFloat; sums are bigint (or exact float64 integers, see exact-sum.ts).
import type { Micros } from "./model.ts";
import { isZeroResidue, microsOfPrintedDouble } from "./money-double.ts";

/** fromDouble: the text was a binary double's printing (631.1899999999999), read as 631.19. */
export type AmountResult = { ok: true; micros: Micros; fromDouble?: true } | { ok: false; reason: string };

/** One pound in micros. */
export const MICROS_PER_POUND = 1_000_000;
/** Amounts of a billion pounds or more are rejected as out of range. */
const MAX_POUNDS = 1_000_000_000;
/** |partial sum| below this stays exact in a float64 even after adding one more in-range amount. */
const SPILL = 2 ** 52;
const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
const REDACTED = /^(redacted|withheld|not disclosed)/i;

const MISSING: AmountResult = { ok: false, reason: "amount missing" };
const REDACTED_RESULT: AmountResult = { ok: false, reason: "amount redacted" };
const shown = (text: string) => text.trim().slice(0, 40);
/** Not a number, unless it is a double's printing of nothing (`6.82121E-13`): then zero, marked. */
const notNumber = (text: string): AmountResult =>
  isZeroResidue(text.trim())
    ? { ok: true, micros: 0, fromDouble: true }
    : { ok: false, reason: `amount not a number: ${shown(text)}` };

const isSpace = (c: number) => c === 32 || c === 9 || c === 160 || c === 0x202f || c === 0xfeff;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** "-", unicode minus, en dash. */
const isMinus = (c: number) => c === 45 || c === 0x2212 || c === 0x2013;
/** Thousands separators: comma, space, no-break space, narrow no-break space. */
const isGroup = (c: number) => c === 44 || c === 32 || c === 160 || c === 0x202f;

/** A cursor over text[start, end): the published amount with its sign markers peeled off. */
interface Span {
  start: number;
  end: number;
  negatives: number;
  signs: number;
}

function trimSpan(text: string, span: Span): void {
  while (span.start < span.end && isSpace(text.charCodeAt(span.start))) span.start++;
  while (span.end > span.start && isSpace(text.charCodeAt(span.end - 1))) span.end--;
}

/** Peels "(…)", a trailing "CR"/"DR" or "-", then a leading sign and "£" in either order. */
function peelMarkers(text: string, span: Span): void {
  if (text.charCodeAt(span.start) === 40 && text.charCodeAt(span.end - 1) === 41) {
    span.start++;
    span.end--;
    span.negatives++;
    span.signs++;
    trimSpan(text, span);
  }
  const last = text.charCodeAt(span.end - 1) | 32;
  const beforeLast = text.charCodeAt(span.end - 2) | 32;
  if (last === 114 && (beforeLast === 99 || beforeLast === 100) && span.end - span.start > 2) {
    if (beforeLast === 99) span.negatives++;
    span.signs++;
    span.end -= 2;
    trimSpan(text, span);
  } else if (text.charCodeAt(span.end - 1) === 45 && span.end - span.start > 1) {
    span.negatives++;
    span.signs++;
    span.end--;
    trimSpan(text, span);
  }
  let pound = false;
  for (let i = 0; i < 2 && span.start < span.end; i++) {
    const c = text.charCodeAt(span.start);
    if (c === 0xa3 && !pound) pound = true;
    else if (isMinus(c) || c === 43) {
      if (isMinus(c)) span.negatives++;
      span.signs++;
    } else break;
    span.start++;
    trimSpan(text, span);
  }
}

/** Integer pounds of digits grouped by thousands ("1,234,567", "1 234"), or -1 when malformed. */
function wholePounds(text: string, span: Span): number {
  let value = 0;
  let digits = 0;
  let group = 0;
  let grouped = false;
  let i = span.start;
  for (; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      value = value * 10 + (c - 48);
      digits++;
      group++;
    } else if (isGroup(c)) {
      if (group === 0 || group > 3 || (grouped && group !== 3)) return -1;
      grouped = true;
      group = 0;
    } else break;
  }
  if (grouped && group !== 3) return -1;
  span.start = i;
  return digits === 0 ? 0 : value;
}

/**
 * Parses a published amount: `1,496.00`, ` 1,695.57 `, `£1,000.00`, `-£540.00`, `£-540.00`,
 * `(264,795.53)`, `540.00-`, `540.00 CR`, `841.4375`, `.50`, `1 234.56`, unicode minus.
 * At most one sign marker; trailing zeros beyond the sixth decimal place are allowed. More decimals
 * than six are read only when the text is a binary double's printing (`631.1899999999999`,
 * `1.2000000000000002`): as the amount with 2 (else 6) decimals it stands for, marked fromDouble.
 */
export function parseAmount(text: string): AmountResult {
  const span: Span = { start: 0, end: text.length, negatives: 0, signs: 0 };
  trimSpan(text, span);
  if (span.start === span.end) return MISSING;
  const first = text.charCodeAt(span.start) | 32;
  if ((first === 114 || first === 119 || first === 110) && REDACTED.test(text.slice(span.start))) {
    return REDACTED_RESULT;
  }
  peelMarkers(text, span);
  if (span.signs > 1) return notNumber(text);
  const intStart = span.start;
  const pounds = wholePounds(text, span);
  if (pounds < 0) return notNumber(text);
  const hasWhole = span.start > intStart;
  let fraction = 0;
  let places = 0;
  let extra = false;
  const point = span.start;
  if (span.start < span.end && text.charCodeAt(span.start) === 46) {
    for (let i = span.start + 1; i < span.end; i++) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) return notNumber(text);
      if (places < 6) fraction = fraction * 10 + (c - 48);
      else if (c !== 48) extra = true;
      places++;
    }
    span.start = span.end;
    if (!hasWhole && places === 0) return notNumber(text);
  } else if (!hasWhole) return notNumber(text);
  if (span.start !== span.end) return notNumber(text);
  if (extra) return printedDouble(text, pounds, fraction, text.slice(point + 1, span.end), span.negatives);
  if (pounds >= MAX_POUNDS) return { ok: false, reason: `amount out of range: ${shown(text)}` };
  const micros = pounds * MICROS_PER_POUND + fraction * (POW10[6 - Math.min(places, 6)] as number);
  return { ok: true, micros: span.negatives === 1 && micros !== 0 ? -micros : micros };
}

/** An amount with more than 6 decimals: the 2 (or 6) decimal amount a double's printing stands for. */
function printedDouble(
  text: string,
  pounds: number,
  firstSix: number,
  decimals: string,
  negatives: number,
): AmountResult {
  const micros = pounds < MAX_POUNDS ? microsOfPrintedDouble(pounds, firstSix, decimals) : -1;
  if (micros < 0) return { ok: false, reason: `amount has more than 6 decimal places: ${shown(text)}` };
  if (micros >= MAX_POUNDS * MICROS_PER_POUND)
    return { ok: false, reason: `amount out of range: ${shown(text)}` };
  return { ok: true, micros: negatives === 1 && micros !== 0 ? -micros : micros, fromDouble: true };
}

/** A micros value as a bigint; throws on a non-integer number (micros are always integers). */
export function toBigMicros(micros: number | bigint): bigint {
  return typeof micros === "bigint" ? micros : BigInt(micros);
}

/** Exact total of integer micros: float64 while exact, bigint beyond. Throws on non-integers. */
export function sumMicros(values: Iterable<number>): bigint {
  let small = 0;
  let big = 0n;
  for (const value of values) {
    if (!Number.isInteger(value)) throw new RangeError(`micros must be integers: ${value}`);
    if (value >= SPILL || value <= -SPILL) big += BigInt(value);
    else {
      small += value;
      if (small >= SPILL || small <= -SPILL) {
        big += BigInt(small);
        small = 0;
      }
    }
  }
  return big + BigInt(small);
}

/** Sign and magnitude of micros as digit strings: whole pounds and 6-digit fraction. */
function split(micros: number | bigint): { negative: boolean; whole: string; fraction: string } {
  if (typeof micros === "number" && Number.isSafeInteger(micros)) {
    const abs = Math.abs(micros);
    const fraction = abs % MICROS_PER_POUND;
    return {
      negative: micros < 0,
      whole: String((abs - fraction) / MICROS_PER_POUND),
      fraction: String(fraction).padStart(6, "0"),
    };
  }
  const value = toBigMicros(micros);
  const abs = value < 0n ? -value : value;
  return {
    negative: value < 0n,
    whole: String(abs / 1_000_000n),
    fraction: String(abs % 1_000_000n).padStart(6, "0"),
  };
}

/** Plain decimal pounds for CSV: at least 2 decimals, further trailing zeros trimmed. */
export function formatDecimal(micros: number | bigint): string {
  const { negative, whole, fraction } = split(micros);
  let end = 6;
  while (end > 2 && fraction.charCodeAt(end - 1) === 48) end--;
  return `${negative ? "-" : ""}${whole}.${fraction.slice(0, end)}`;
}

/** "1234567" → "1,234,567". */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** "£1,234.56" (rounded half away from zero to the penny, for display only); "-£540.00". */
export function formatPounds(micros: number | bigint): string {
  const value = toBigMicros(micros);
  const negative = value < 0n;
  const pence = ((negative ? -value : value) + 5_000n) / 10_000n;
  const sign = negative && pence > 0n ? "-" : "";
  return `${sign}£${groupThousands(String(pence / 100n))}.${String(pence % 100n).padStart(2, "0")}`;
}

const SHORT_UNITS: ReadonlyArray<readonly [number, string]> = [
  [1, ""],
  [1e3, "k"],
  [1e6, "m"],
  [1e9, "bn"],
];

/** Decimal places shown for a value already scaled to its unit. */
function shortPlaces(scaled: number, unit: string): number {
  if (unit === "") return 0;
  if (unit === "bn") return 2;
  if (unit === "m") return scaled < 100 ? 1 : 0;
  return scaled < 10 ? 1 : 0;
}

function trimZeros(text: string): string {
  if (!text.includes(".")) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  return text.slice(0, end);
}

/** Headline style: "£1.2m", "£340k", "£1.25bn", "£512", "-£3.4k"; rounds into the next unit (£1m, not £1000k). */
export function formatPoundsShort(micros: number | bigint): string {
  const pounds = typeof micros === "number" ? micros / MICROS_PER_POUND : Number(micros) / MICROS_PER_POUND;
  const abs = Math.abs(pounds);
  let u = SHORT_UNITS.length - 1;
  while (u > 0 && abs < (SHORT_UNITS[u] as readonly [number, string])[0]) u--;
  for (;;) {
    const [size, unit] = SHORT_UNITS[u] as readonly [number, string];
    const scaled = abs / size;
    const text = trimZeros(scaled.toFixed(shortPlaces(scaled, unit)));
    if (Number(text) >= 1000 && u < SHORT_UNITS.length - 1) {
      u++;
      continue;
    }
    const sign = pounds < 0 && Number(text) !== 0 ? "-" : "";
    return `${sign}£${text}${unit}`;
  }
}
