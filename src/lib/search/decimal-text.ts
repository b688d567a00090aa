// Exact pounds as plain decimal text ("593068.5786"), compared and shown without binary floats.
// Shared by the index builder and the browser.

/** Exact micros of a plain decimal; null when the text is not one. */
export function decimalMicros(text: string): bigint | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const value = BigInt(match[2] as string) * 1_000_000n + BigInt((match[3] ?? "").slice(0, 6).padEnd(6, "0"));
  return match[1] === "-" ? -value : value;
}

/** Exact order of plain decimals ("-540.00" < "12" < "12.5"); text that is not one sorts first. */
export function compareDecimal(a: string, b: string): number {
  const x = decimalMicros(a);
  const y = decimalMicros(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** "£1,234.57" from "1234.5678" (half away from zero to the penny); "" stays "". */
export function formatPoundsText(text: string): string {
  const value = decimalMicros(text);
  if (value === null) return text;
  const negative = value < 0n;
  const pence = ((negative ? -value : value) + 5_000n) / 10_000n;
  const pounds = String(pence / 100n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative && pence > 0n ? "-" : ""}£${pounds}.${String(pence % 100n).padStart(2, "0")}`;
}
