// Property tests: any amount in pounds and pence that a spreadsheet or script computed in binary
// floating point, and printed as JavaScript (String), or with 15 or 17 significant digits, reads
// back as exactly those pence; a published amount with at most 6 decimals still reads exactly as
// written; and a text with a 7th decimal that no double's printing gives is still rejected.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, parseAmount } from "../../src/lib/money.ts";
import { MAX_ULPS } from "../../src/lib/money-double.ts";

/** Below a billion pounds: the largest amount the ingest accepts, in pence. */
const MAX_PENCE = 100_000_000_000 - 1;
const RUNS = 25_000;

/** The printings a published file may hold of a computed double. */
const printings = (x: number): string[] => [String(x), x.toPrecision(17), x.toPrecision(15)];

/** Every printing of x reads back as exactly `pence` pence. */
function readsAsPence(x: number, pence: number): void {
  for (const text of printings(x)) {
    const read = parseAmount(text);
    if (!read.ok || read.micros !== pence * 10_000) {
      throw new Error(`${text} (the double of ${pence} pence) read as ${JSON.stringify(read)}`);
    }
  }
}

const sign = fc.constantFrom(1, -1);
const pence = fc.integer({ min: 0, max: MAX_PENCE });

describe(`a double's printing of pounds and pence reads back to the penny (within ${MAX_ULPS} ulps)`, () => {
  it("a penny amount divided out (pence / 100)", () => {
    fc.assert(
      fc.property(pence, sign, (n, s) => readsAsPence((s * n) / 100, s * n)),
      { numRuns: RUNS },
    );
  });

  it("a sum of up to four amounts of the same sign (a column's total)", () => {
    const parts = fc.array(fc.integer({ min: 0, max: Math.floor(MAX_PENCE / 4) }), {
      minLength: 2,
      maxLength: 4,
    });
    fc.assert(
      fc.property(parts, sign, (terms, s) => {
        let sum = 0;
        for (const t of terms) sum += (s * t) / 100;
        readsAsPence(sum, s * terms.reduce((a, b) => a + b, 0));
      }),
      { numRuns: RUNS },
    );
  });

  it("a unit price times a quantity", () => {
    const quantity = fc.integer({ min: 1, max: 1_000 });
    fc.assert(
      fc.property(quantity, fc.integer({ min: 0, max: MAX_PENCE }), sign, (q, raw, s) => {
        const price = raw % Math.floor(MAX_PENCE / q);
        readsAsPence(((s * price) / 100) * q, s * price * q);
      }),
      { numRuns: RUNS },
    );
  });

  it("a net amount with VAT added at 20%, and taken off again", () => {
    // Net pence a multiple of 5, so that net + 20% is whole pence.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.floor(MAX_PENCE / 6) }), sign, (fifths, s) => {
        const net = s * fifths * 5;
        const gross = (net / 5) * 6;
        readsAsPence((net / 100) * 1.2, gross);
        readsAsPence(gross / 100 - net / 5 / 100, net);
      }),
      { numRuns: RUNS },
    );
  });

  it("the facts' own examples", () => {
    readsAsPence(80_720.48 - 13_453.41, 6_726_707);
    readsAsPence(0.1 + 0.2, 30);
    readsAsPence(1.1 * 1.1, 121);
  });
});

describe("what is not a double's printing", () => {
  it("a published amount with at most 6 decimals reads exactly as written, unmarked", () => {
    const micros = fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 });
    fc.assert(
      fc.property(micros, (m) => {
        expect(parseAmount(formatDecimal(m))).toEqual({ ok: true, micros: m });
      }),
      { numRuns: RUNS },
    );
  });

  it("a 7th decimal far from any double's printing is still rejected (amounts under a million)", () => {
    const micros = fc.integer({ min: 0, max: 999_999_999_999 });
    fc.assert(
      fc.property(micros, fc.integer({ min: 1, max: 9 }), (m, digit) => {
        const six = formatDecimal(m).padEnd(String(Math.floor(m / 1e6)).length + 7, "0");
        const read = parseAmount(`${six}${digit}`);
        expect(read.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
