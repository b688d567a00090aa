import { describe, expect, it } from "vitest";
import {
  formatDecimal,
  formatPounds,
  formatPoundsShort,
  parseAmount,
  sumMicros,
} from "../../src/lib/money.ts";

const micros = (text: string) => {
  const result = parseAmount(text);
  if (!result.ok) throw new Error(result.reason);
  return result.micros;
};

describe("parseAmount", () => {
  it.each([
    ["1424.00", 1_424_000_000],
    ["728.5", 728_500_000],
    ["-2733.52", -2_733_520_000],
    ["1,496.00", 1_496_000_000],
    [" 1,695.57 ", 1_695_570_000],
    ["£1,000.00", 1_000_000_000],
    ["-£540.00", -540_000_000],
    ["£-540.00", -540_000_000],
    ["(264,795.53)", -264_795_530_000],
    ["(250.00)", -250_000_000],
    ["1616.23 ", 1_616_230_000],
    ["841.4375", 841_437_500],
    ["540.00-", -540_000_000],
    ["540.00 CR", -540_000_000],
    ["540.00CR", -540_000_000],
    ["+12.00", 12_000_000],
    [".50", 500_000],
    ["1 234.56", 1_234_560_000],
    ["\u2212540.00", -540_000_000],
    ["676", 676_000_000],
    ["-0.00", 0],
  ])("reads %j exactly", (text, expected) => {
    expect(micros(text)).toBe(expected);
  });

  it.each([
    ["", "amount missing"],
    ["REDACTED", "amount redacted"],
    ["Redacted", "amount redacted"],
    ["1.1234567", "amount has more than 6 decimal places: 1.1234567"],
    ["2000000000", "amount out of range: 2000000000"],
    ["1e3", "amount not a number: 1e3"],
    ["twelve", "amount not a number: twelve"],
    ["-", "amount not a number: -"],
  ])("rejects %j", (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });

  it("sums exactly where binary floating point would not", () => {
    const values = Array.from({ length: 10 }, () => micros("0.10"));
    expect(formatDecimal(sumMicros(values))).toBe("1.00");
    expect(0.1 * 10 === 1 && [0.1, 0.2].reduce((a, b) => a + b) === 0.3).toBe(false);
    expect(formatDecimal(sumMicros([micros("0.1"), micros("0.2")]))).toBe("0.30");
  });
});

describe("formatting", () => {
  it("writes plain decimals for CSV", () => {
    expect(formatDecimal(1_424_000_000)).toBe("1424.00");
    expect(formatDecimal(841_437_500)).toBe("841.4375");
    expect(formatDecimal(-264_795_530_000)).toBe("-264795.53");
    expect(formatDecimal(0)).toBe("0.00");
    expect(formatDecimal(123_456_789_000_000_000n)).toBe("123456789000.00");
  });

  it("writes pounds the UK way", () => {
    expect(formatPounds(1_234_560_000)).toBe("£1,234.56");
    expect(formatPounds(-540_000_000)).toBe("-£540.00");
    expect(formatPounds(841_437_500)).toBe("£841.44");
    expect(formatPoundsShort(1_200_000_000_000)).toBe("£1.2m");
    expect(formatPoundsShort(340_000_000_000)).toBe("£340k");
    expect(formatPoundsShort(1_250_000_000_000_000n)).toBe("£1.25bn");
    expect(formatPoundsShort(512_000_000)).toBe("£512");
  });
});
