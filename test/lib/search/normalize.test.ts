import { describe, expect, it } from "vitest";
import { compareDecimal, formatPoundsText } from "../../../src/lib/search/decimal-text.ts";
import { nameTokens, normalizeName } from "../../../src/lib/search/normalize.ts";

describe("normalizeName", () => {
  it("ignores case, accents and punctuation", () => {
    expect(normalizeName("Café Rouge Catering")).toBe("cafe rouge catering");
    expect(normalizeName("  ZÜRICH   Insurance, plc ")).toBe("zurich insurance plc");
    expect(normalizeName("Smith-Jones (Northern) / Ltd")).toBe("smith jones northern ltd");
    expect(normalizeName("Straße Øresund Łódź")).toBe("strasse oresund lodz");
  });

  it("reads & and + as and, and Limited as ltd", () => {
    expect(normalizeName("Mason & Sons Limited")).toBe("mason and sons ltd");
    expect(normalizeName("Mason and Sons LTD.")).toBe("mason and sons ltd");
    expect(normalizeName("B+Q")).toBe("b and q");
  });

  it("drops dots and apostrophes inside words", () => {
    expect(normalizeName("O'Neill’s Bakery")).toBe("oneills bakery");
    expect(normalizeName("U.K. Power Networks")).toBe("uk power networks");
  });

  it("keeps digits and gives nothing for text without letters or digits", () => {
    expect(nameTokens("Zurich Insurance Plc (****6799)")).toEqual(["zurich", "insurance", "plc", "6799"]);
    expect(nameTokens("HDC-C-0001")).toEqual(["hdc", "c", "0001"]);
    expect(nameTokens("– ** –")).toEqual([]);
  });

  it("treats hostile text as text", () => {
    expect(normalizeName("<img src=x onerror=alert(1)>")).toBe("img src x onerror alert 1");
    expect(normalizeName("=cmd|' /C calc'!A0")).toBe("cmd c calc a0");
  });
});

describe("decimal text", () => {
  it("compares plain decimals exactly", () => {
    expect(compareDecimal("12", "12.00")).toBe(0);
    expect(compareDecimal("-540.00", "12")).toBe(-1);
    expect(compareDecimal("9007199254740993.01", "9007199254740993.001")).toBe(1);
    expect(compareDecimal("", "0")).toBe(-1);
  });

  it("shows pounds to the penny, half away from zero", () => {
    expect(formatPoundsText("1841.4375")).toBe("£1,841.44");
    expect(formatPoundsText("-540.00")).toBe("-£540.00");
    expect(formatPoundsText("48000000")).toBe("£48,000,000.00");
    expect(formatPoundsText("0.004")).toBe("£0.00");
    expect(formatPoundsText("-0.004")).toBe("£0.00");
    expect(formatPoundsText("")).toBe("");
  });
});
