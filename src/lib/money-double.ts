// Amounts printed from a binary double: spreadsheet and script exports write `631.1899999999999`,
// `67267.06999999999` or `1.2000000000000002` for 631.19, 67267.07 and 1.20 (the shortest text that
// reads back as the double a sum or product left, or a 17-significant-digit printing of it). Such a
// text is read as the decimal the double stands for: at 2 decimal places, else at 6 (a sub-penny
// amount computed the same way). Only texts with more than 6 decimals come here: never the hot path.

/**
 * How far, in units in the last place, a printed double may lie from the double nearest the
 * decimal it stands for. A sum of two or three amounts lands within 2 of it, of a dozen within 3,
 * a product by a quantity or a VAT rate within 2; 8 leaves room for longer sums while staying
 * below 2 parts in 10^15, far finer than anyone publishes a decimal on purpose.
 */
export const MAX_ULPS = 8n;

const scratch = new Float64Array(1);
const scratchBits = new BigInt64Array(scratch.buffer);

/** The position of a non-negative double among all doubles (adjacent doubles differ by 1). */
function ordinal(value: number): bigint {
  scratch[0] = value;
  return scratchBits[0] as bigint;
}

/**
 * How far, in pounds, a printed double may lie from the decimal it stands for whatever its size: a
 * difference of two large amounts keeps the error of both (`-3498.459999999992` is 18 units in the
 * last place from -3498.46). A billionth of a pound is a thousandth of the finest unit anyone
 * publishes (a millionth), so no amount published on purpose is within it of another.
 */
export const MAX_RESIDUE = 1e-9;

function near(printed: number, decimal: number): boolean {
  const apart = ordinal(printed) - ordinal(decimal);
  return (apart <= MAX_ULPS && apart >= -MAX_ULPS) || Math.abs(printed - decimal) <= MAX_RESIDUE;
}

const EXPONENT_RESIDUE = /^[-+]?\d+(?:\.\d+)?[eE]-\d{1,3}$/;

/**
 * Whether a text in exponent form is a double's printing of nothing: what is left of a sum that
 * cancels (`6.82121E-13`, `-5.68434E-13`, `5.551115123125783e-17`), within MAX_RESIDUE of zero.
 */
export function isZeroResidue(trimmed: string): boolean {
  return EXPONENT_RESIDUE.test(trimmed) && Math.abs(Number(trimmed)) <= MAX_RESIDUE;
}

/**
 * The micros a published magnitude stands for when its text is a binary double's printing of an
 * amount with 2 (else 6) decimals, or -1 when it is not one. `pounds`: its whole pounds (below a
 * billion); `firstSix`: its first six decimals as an integer; `decimals`: all its decimal digits
 * (more than six, not all zero after the sixth).
 */
export function microsOfPrintedDouble(pounds: number, firstSix: number, decimals: string): number {
  const printed = Number(`${pounds}.${decimals}`);
  const roundPenny = Math.floor(firstSix / 1_000) % 10 >= 5 ? 1 : 0;
  const pennies = pounds * 100 + Math.floor(firstSix / 10_000) + roundPenny;
  // Division of exact integers is correctly rounded: pennies / 100 is the double nearest the decimal.
  if (near(printed, pennies / 100)) return pennies * 10_000;
  const micros = pounds * 1_000_000 + firstSix + (decimals.charCodeAt(6) >= 53 ? 1 : 0);
  return near(printed, micros / 1_000_000) ? micros : -1;
}
