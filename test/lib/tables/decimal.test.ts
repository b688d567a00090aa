import { describe, expect, it } from "vitest";
import { formatDecimal } from "../../../src/lib/money.ts";
import { microsOf } from "../../../src/lib/tables/decimal.ts";

describe("microsOf", () => {
  it("reads the ingest's plain decimals exactly", () => {
    expect(microsOf("7613.26")).toBe(7_613_260_000);
    expect(microsOf("-264795.53")).toBe(-264_795_530_000);
    expect(microsOf("841.4375")).toBe(841_437_500);
    expect(microsOf("0.000001")).toBe(1);
    expect(microsOf("12")).toBe(12_000_000);
  });

  it("round-trips every value formatDecimal writes", () => {
    for (const micros of [0, 1, -1, 999_999, 1_000_000, 123_456_789_012, -5_000_000_000_001]) {
      expect(microsOf(formatDecimal(micros))).toBe(micros);
    }
  });

  it("refuses what is not a plain decimal", () => {
    for (const text of ["", "-", "£12", "1,200.00", "1.2345678", "12.3.4", "1e5", "abc"]) {
      expect(microsOf(text), text).toBeNaN();
    }
  });
});
