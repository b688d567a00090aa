import { describe, expect, it } from "vitest";
import {
  isRedactedSupplier,
  normaliseCompanyNumber,
  supplierKey,
  supplierSlug,
} from "../../../src/lib/ingest/supplier-names.ts";

describe("isRedactedSupplier", () => {
  it.each([
    "REDACTED UNDER DP ACT",
    "REDACTED",
    "Redacted",
    "REDACTED PERSONAL DATA",
    "REDACTED  PERSONAL DATA",
    "REDACTED - Personal Information",
    "Redacted Personal Information",
    "Redacted Personal Data",
    "Redacted Data",
    "redacted commercial confidentiality",
    "Redacted \u2013 personal data",
    "individual",
    "Individual",
    "Personal Data",
    "Name withheld",
  ])("%j is a redaction", (name) => {
    expect(isRedactedSupplier(name)).toBe(true);
  });

  it.each([
    "Redactive Events Ltd",
    "Personal Best Life Coaching Ltd",
    "Lime Personal Injury",
    "Individual Solutions Ltd",
    "Redacted Ltd",
    "",
  ])("%j is not", (name) => {
    expect(isRedactedSupplier(name)).toBe(false);
  });
});

describe("supplierKey", () => {
  it("matches case, punctuation and legal-form variants", () => {
    const bt = [
      "British Telecommunications Plc",
      "BRITISH TELECOMMUNICATIONS PLC",
      "British Telecommunications plc.",
    ];
    expect(new Set(bt.map(supplierKey))).toEqual(new Set(["british telecommunications"]));
    expect(supplierKey("Marks & Spencer")).toBe(supplierKey("Marks and Spencer Ltd"));
    expect(supplierKey("Acme Supplies Ltd.")).toBe(supplierKey("ACME SUPPLIES LIMITED"));
    expect(supplierKey("The Leisure Trust")).toBe(supplierKey("Leisure Trust"));
  });

  it("drops masked card suffixes", () => {
    expect(supplierKey("Zurich Insurance Plc (****6799)")).toBe(supplierKey("Zurich Insurance PLC"));
  });

  it("keeps different suppliers apart", () => {
    expect(supplierKey("Acme Waste Ltd")).not.toBe(supplierKey("Acme Water Ltd"));
    expect(supplierKey("Limited")).toBe("limited");
  });
});

describe("supplierSlug", () => {
  it("makes URL-safe slugs and never collides on long keys", () => {
    expect(supplierSlug("café rouge catering")).toBe("cafe-rouge-catering");
    const a = supplierSlug(`${"very long supplier name ".repeat(5)}a`);
    const b = supplierSlug(`${"very long supplier name ".repeat(5)}b`);
    expect(a.length).toBeLessThanOrEqual(80);
    expect(a).not.toBe(b);
    expect(supplierSlug("")).toBe("unnamed");
  });
});

describe("normaliseCompanyNumber", () => {
  it.each([
    ["1026167", "01026167"],
    ["01026167", "01026167"],
    ["SC123456", "SC123456"],
    ["sc 123456", "SC123456"],
    ["NI012345", "NI012345"],
    ["OC301234", "OC301234"],
    ["IP12345R", "IP12345R"],
    ["RS007901", "RS007901"],
  ])("%j → %j", (text, expected) => {
    expect(normaliseCompanyNumber(text)).toBe(expected);
  });

  it.each(["N/A", "-", "TBC", "0", "00000000", "", "Not registered", "123456789"])("%j → null", (text) => {
    expect(normaliseCompanyNumber(text)).toBeNull();
  });
});
