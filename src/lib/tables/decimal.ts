// Plain decimal pounds as written by the ingest ("-264795.53", "841.4375") to integer micros.
import type { Micros } from "../model.ts";

/** Exact integer micros of a plain decimal; NaN when the text is not one. */
export function microsOf(decimal: string): Micros {
  const negative = decimal.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  let whole = 0;
  let digits = 0;
  for (; i < decimal.length; i++) {
    const c = decimal.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
    digits++;
  }
  if (digits === 0) return Number.NaN;
  let fraction = 0;
  let scale = 100_000;
  if (i < decimal.length) {
    if (decimal.charCodeAt(i) !== 46) return Number.NaN;
    for (i++; i < decimal.length; i++) {
      const c = decimal.charCodeAt(i) - 48;
      if (c < 0 || c > 9 || scale < 1) return Number.NaN;
      fraction += c * scale;
      scale /= 10;
    }
  }
  const micros = whole * 1_000_000 + fraction;
  if (!Number.isSafeInteger(micros)) return Number.NaN;
  return negative ? -micros : micros;
}
