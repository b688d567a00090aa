import { describe, expect, it } from "vitest";
import {
  formatDecimal,
  formatPounds,
  formatPoundsShort,
  groupThousands,
  parseAmount,
  sumMicros,
  toBigMicros,
} from "../../src/lib/money.ts";

const micros = (text: string) => {
  const result = parseAmount(text);
  if (!result.ok) throw new Error(result.reason);
  return result.micros;
};

describe("parseAmount: every published form", () => {
  it.each([
    ["1424.00", 1_424_000_000],
    ["728.5", 728_500_000],
    ["-2733.52", -2_733_520_000],
    ["1,496.00", 1_496_000_000],
    [" 1,695.57 ", 1_695_570_000],
    [" 17,957.60 ", 17_957_600_000],
    ["£1,000.00", 1_000_000_000],
    ["£25.00", 25_000_000],
    ["£ 25.00", 25_000_000],
    ["-£540.00", -540_000_000],
    ["£-540.00", -540_000_000],
    ["(264,795.53)", -264_795_530_000],
    ["(250.00)", -250_000_000],
    ["( 250.00 )", -250_000_000],
    ["(£250.00)", -250_000_000],
    ["1616.23 ", 1_616_230_000],
    ["841.4375", 841_437_500],
    ["0.000001", 1],
    ["540.00-", -540_000_000],
    ["1,234.56-", -1_234_560_000],
    ["£-12.34", -12_340_000],
    ["-£12.34", -12_340_000],
    ["(12.00)", -12_000_000],
    ["1,234.56 ", 1_234_560_000],
    ["540.00 CR", -540_000_000],
    ["540.00CR", -540_000_000],
    ["540.00 cr", -540_000_000],
    ["540.00 DR", 540_000_000],
    ["+12.00", 12_000_000],
    [".50", 500_000],
    ["-.5", -500_000],
    ["7.", 7_000_000],
    ["1 234.56", 1_234_560_000],
    ["1\u00a0234.56", 1_234_560_000],
    ["1,234,567.89", 1_234_567_890_000],
    ["\u2212540.00", -540_000_000],
    ["\u2013540.00", -540_000_000],
    ["\t676\t", 676_000_000],
    ["676", 676_000_000],
    ["007.10", 7_100_000],
    ["999999999.999999", 999_999_999_999_999],
    ["-999999999.99", -999_999_999_990_000],
    ["12.3400000000", 12_340_000],
  ])("reads %j exactly", (text, expected) => {
    expect(micros(text)).toBe(expected);
  });

  it.each(["-0.00", "0", "(0.00)", "0.00 CR", "-£0"])("gives plain 0 (not -0) for %j", (text) => {
    expect(Object.is(micros(text), 0)).toBe(true);
  });

  it("always gives an integer built from the digits, not a float", () => {
    for (const text of ["0.1", "0.7", "1.15", "4.35", "8.0775", "1234567.891234"]) {
      expect(Number.isInteger(micros(text))).toBe(true);
    }
    expect(micros("4.35")).toBe(4_350_000);
    expect(micros("1234567.891234")).toBe(1_234_567_891_234);
  });
});

describe("parseAmount: a binary double's printing, read as the decimal it stands for", () => {
  it.each([
    ["631.1899999999999", 631_190_000],
    ["67267.06999999999", 67_267_070_000],
    ["1.2000000000000002", 1_200_000],
    ["0.30000000000000004", 300_000],
    ["0.10000000000000001", 100_000],
    ["12.000000000000002", 12_000_000],
    ["-1.2000000000000002", -1_200_000],
    ["(631.1899999999999)", -631_190_000],
    ["631.1899999999999-", -631_190_000],
    ["£-631.1899999999999", -631_190_000],
    ["-£631.1899999999999", -631_190_000],
    ["1,234.5600000000001", 1_234_560_000],
    [" 631.1899999999999 ", 631_190_000],
    ["631.1899999999999 CR", -631_190_000],
    ["999999999.99000001", 999_999_999_990_000],
    ["841.4375000000001", 841_437_500],
    ["37.036800000000005", 37_036_800],
  ])("reads %j as %i micros, marked fromDouble", (text, expected) => {
    expect(parseAmount(text)).toEqual({ ok: true, micros: expected, fromDouble: true });
  });

  it.each([
    ["-3498.459999999992", -3_498_460_000],
    ["0.0000000001", 0],
    ["6.82121E-13", 0],
    ["-5.68434E-13", 0],
    ["5.551115123125783e-17", 0],
  ])("reads %j, what is left of a sum that cancels, within a billionth of a pound", (text, micros) => {
    expect(parseAmount(text)).toEqual({ ok: true, micros, fromDouble: true });
  });

  it("keeps a published sub-penny amount exact and unmarked", () => {
    expect(parseAmount("841.4375")).toEqual({ ok: true, micros: 841_437_500 });
    expect(parseAmount("12.3400000000")).toEqual({ ok: true, micros: 12_340_000 });
  });

  it.each([
    ["1.1234567", "amount has more than 6 decimal places: 1.1234567"],
    ["12.3456789", "amount has more than 6 decimal places: 12.3456789"],
    ["100.0000001", "amount has more than 6 decimal places: 100.0000001"],
    ["631.1899999", "amount has more than 6 decimal places: 631.1899999"],
    ["0.3333333333333333", "amount has more than 6 decimal places: 0.3333333333333333"],
    ["999999999.9999999", "amount out of range: 999999999.9999999"],
    ["1000000000.0000001", "amount has more than 6 decimal places: 1000000000.0000001"],
    ["5.5e-7", "amount not a number: 5.5e-7"],
    ["1.5E+3", "amount not a number: 1.5E+3"],
  ])("still rejects %j, which no double's printing of such an amount gives", (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });
});

describe("parseAmount: rejects with the exact reason", () => {
  it.each([
    ["", "amount missing"],
    ["   ", "amount missing"],
    ["REDACTED", "amount redacted"],
    ["Redacted", "amount redacted"],
    ["redacted - personal data", "amount redacted"],
    ["Withheld", "amount redacted"],
    ["1.1234567", "amount has more than 6 decimal places: 1.1234567"],
    ["£0.0000001", "amount has more than 6 decimal places: £0.0000001"],
    ["1000000000", "amount out of range: 1000000000"],
    ["-1,000,000,000.00", "amount out of range: -1,000,000,000.00"],
    ["2000000000", "amount out of range: 2000000000"],
    ["1e3", "amount not a number: 1e3"],
    ["1E-2", "amount not a number: 1E-2"],
    ["twelve", "amount not a number: twelve"],
    ["N/A", "amount not a number: N/A"],
    ["-", "amount not a number: -"],
    ["£", "amount not a number: £"],
    [".", "amount not a number: ."],
    ["()", "amount not a number: ()"],
    ["CR", "amount not a number: CR"],
    ["--540", "amount not a number: --540"],
    ["-540.00-", "amount not a number: -540.00-"],
    ["(540.00) CR", "amount not a number: (540.00) CR"],
    ["(-250.00)", "amount not a number: (-250.00)"],
    ["12,50", "amount not a number: 12,50"],
    ["1,2,3", "amount not a number: 1,2,3"],
    ["1234,567.00", "amount not a number: 1234,567.00"],
    [",500", "amount not a number: ,500"],
    ["1.234,56", "amount not a number: 1.234,56"],
    ["1.2.3", "amount not a number: 1.2.3"],
    ["540 GBP", "amount not a number: 540 GBP"],
    ["0x1F", "amount not a number: 0x1F"],
    ["Infinity", "amount not a number: Infinity"],
  ])("rejects %j", (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });

  it("shows at most 40 characters of the published text in the reason", () => {
    const text = `  ${"abc ".repeat(20)}`;
    const result = parseAmount(text);
    expect(result).toEqual({ ok: false, reason: `amount not a number: ${text.trim().slice(0, 40)}` });
  });
});

describe("sums", () => {
  it("sums exactly where binary floating point would not", () => {
    const values = Array.from({ length: 10 }, () => micros("0.10"));
    expect(formatDecimal(sumMicros(values))).toBe("1.00");
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(formatDecimal(sumMicros([micros("0.1"), micros("0.2")]))).toBe("0.30");
    expect(formatDecimal(sumMicros([micros("841.4375"), micros("(264,795.53)")]))).toBe("-263954.0925");
  });

  it("stays exact far beyond the float64 integer range", () => {
    const big = micros("999999999.999999");
    const values = Array.from({ length: 50_000 }, () => big);
    values.push(1);
    expect(sumMicros(values)).toBe(50_000n * 999_999_999_999_999n + 1n);
    expect(sumMicros([big, big, -big, -big, 3])).toBe(3n);
    expect(sumMicros([])).toBe(0n);
    expect(sumMicros(new Set([1, 2, 3]))).toBe(6n);
  });

  it("refuses non-integer micros", () => {
    expect(() => sumMicros([1, 0.5])).toThrow(RangeError);
    expect(() => toBigMicros(0.5)).toThrow(RangeError);
    expect(toBigMicros(-540_000_000)).toBe(-540_000_000n);
    expect(toBigMicros(7n)).toBe(7n);
  });
});

describe("formatDecimal (CSV)", () => {
  it.each<[number | bigint, string]>([
    [1_424_000_000, "1424.00"],
    [728_500_000, "728.50"],
    [841_437_500, "841.4375"],
    [-264_795_530_000, "-264795.53"],
    [0, "0.00"],
    [-0, "0.00"],
    [1, "0.000001"],
    [-10, "-0.00001"],
    [500_000, "0.50"],
    [123_456_789_000_000_000n, "123456789000.00"],
    [-123_456_789_123_456_789n, "-123456789123.456789"],
    [0n, "0.00"],
  ])("%s → %s", (value, text) => {
    expect(formatDecimal(value)).toBe(text);
  });

  it("round-trips through parseAmount", () => {
    for (const text of ["1424.00", "841.4375", "-264795.53", "0.000001", "-0.10"]) {
      expect(formatDecimal(micros(text))).toBe(text);
    }
  });
});

describe("formatPounds (display)", () => {
  it.each<[number | bigint, string]>([
    [1_234_560_000, "£1,234.56"],
    [-540_000_000, "-£540.00"],
    [0, "£0.00"],
    [841_437_500, "£841.44"],
    [5_000, "£0.01"],
    [4_999, "£0.00"],
    [-5_000, "-£0.01"],
    [-4_999, "£0.00"],
    [1_234_567_890_000, "£1,234,567.89"],
    [100_000_000, "£100.00"],
    [57_492_900_670_000n, "£57,492,900.67"],
  ])("%s → %s", (value, text) => {
    expect(formatPounds(value)).toBe(text);
  });

  it("groups thousands", () => {
    expect(["0", "12", "123", "1234", "123456", "1234567"].map(groupThousands)).toEqual([
      "0",
      "12",
      "123",
      "1,234",
      "123,456",
      "1,234,567",
    ]);
  });
});

describe("formatPoundsShort (headlines)", () => {
  it.each<[number | bigint, string]>([
    [1_200_000_000_000, "£1.2m"],
    [340_000_000_000, "£340k"],
    [1_250_000_000_000_000n, "£1.25bn"],
    [512_000_000, "£512"],
    [512_400_000, "£512"],
    [0, "£0"],
    [1_500_000_000, "£1.5k"],
    [1_000_000_000, "£1k"],
    [12_345_000_000, "£12k"],
    [45_300_000_000_000, "£45.3m"],
    [123_400_000_000_000, "£123m"],
    [2_000_000_000_000, "£2m"],
    [-540_000_000, "-£540"],
    [-3_400_000_000, "-£3.4k"],
    [999_999_000_000, "£1m"],
    [999_600_000, "£1k"],
    [999_990_000_000_000, "£1bn"],
  ])("%s → %s", (value, text) => {
    expect(formatPoundsShort(value)).toBe(text);
  });
});
