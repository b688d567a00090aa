import { describe, expect, it } from "vitest";
import {
  isRedactedSupplier,
  normaliseCompanyNumber,
  supplierKey,
  supplierSlug,
} from "../../../../src/lib/ingest/suppliers/supplier-names.ts";

describe("isRedactedSupplier", () => {
  it.each([
    "REDACTED UNDER DP ACT",
    "REDACTED",
    "Redacted",
    "redacted",
    " Redacted ",
    "REDACTED PERSONAL DATA",
    "REDACTED  PERSONAL DATA",
    "REDACTED - Personal Information",
    "Redacted Personal Information",
    "Redacted Personal Data",
    "Redacted Data",
    "redacted commercial confidentiality",
    "Redacted \u2013 personal data",
    "Redacted-Personal Data",
    "*REDACTED*",
    "individual",
    "Individual",
    "INDIVIDUAL",
    "Private Individual",
    "Personal Data",
    "PERSONAL INFORMATION",
    "PERSONAL INFORMATION REDACTED",
    "Withheld",
    "Name withheld",
    "NAME WITHHELD",
    "Supplier name withheld",
    "Confidential",
  ])("%j is a redaction", (name) => {
    expect(isRedactedSupplier(name)).toBe(true);
  });

  it.each([
    "Redactive Events Ltd",
    "Redactive Events",
    "Personal Best Life Coaching Ltd",
    "Lime Personal Injury",
    "Individual Solutions Ltd",
    "Individual Solutions",
    "Individualised Support - Private (3rd)",
    "Individual Service Funds",
    "Redacted Ltd",
    "Withheld Media LLP",
    "Personal Data Services Limited",
    "Confidential Shredding Ltd",
    "Zurich Insurance Plc (****6799)",
    "",
    "   ",
  ])("%j is not", (name) => {
    expect(isRedactedSupplier(name)).toBe(false);
  });
});

describe("supplierKey", () => {
  const same = (names: string[]) => new Set(names.map(supplierKey)).size;

  it("matches case, punctuation and legal-form variants", () => {
    expect(
      new Set(
        [
          "British Telecommunications Plc",
          "BRITISH TELECOMMUNICATIONS PLC",
          "British Telecommunications plc.",
          "British Telecommunications P.L.C.",
          "  British   Telecommunications Public Limited Company ",
        ].map(supplierKey),
      ),
    ).toEqual(new Set(["british telecommunications"]));
    expect(same(["Acme Supplies Ltd.", "ACME SUPPLIES LIMITED", "Acme Supplies LTD", "acme supplies"])).toBe(
      1,
    );
    expect(supplierKey("Acme Supplies Ltd.")).toBe("acme supplies");
  });

  it("treats & as and", () => {
    expect(supplierKey("Marks & Spencer")).toBe("marks and spencer");
    expect(supplierKey("Marks and Spencer Ltd")).toBe("marks and spencer");
    expect(supplierKey("M&S")).toBe(supplierKey("M & S"));
  });

  it("drops a leading The only", () => {
    expect(supplierKey("The Leisure Trust")).toBe("leisure trust");
    expect(supplierKey("THE LEISURE TRUST LIMITED")).toBe("leisure trust");
    expect(supplierKey("Theatre Royal Ltd")).toBe("theatre royal");
    expect(supplierKey("Bathe and Breathe")).toBe("bathe and breathe");
  });

  it("drops masked card suffixes", () => {
    expect(supplierKey("Zurich Insurance Plc (****6799)")).toBe("zurich insurance");
    expect(supplierKey("Zurich Insurance Plc ****6799")).toBe("zurich insurance");
    expect(supplierKey("Zurich Insurance PLC")).toBe("zurich insurance");
    expect(supplierKey("Acme Ltd (xxxx1234)")).toBe("acme");
    expect(supplierKey("CIPFA Business Limited (****5849)")).toBe("cipfa business");
    expect(supplierKey("Foxxx 2000 Ltd")).toBe("foxxx 2000");
  });

  it("keeps UK and Co, and treats a final Company as Co", () => {
    expect(supplierKey("Amazon UK Ltd")).toBe("amazon uk");
    expect(supplierKey("Smith & Co Ltd")).toBe("smith and co");
    expect(supplierKey("Smith and Co")).toBe("smith and co");
    expect(supplierKey("Smith Company Limited")).toBe("smith co");
    expect(supplierKey("The Company Shop Ltd")).toBe("company shop");
  });

  it("ignores apostrophes, full stops and accents", () => {
    expect(supplierKey("Sainsbury's Supermarkets Ltd")).toBe("sainsburys supermarkets");
    expect(supplierKey("Sainsbury\u2019s Supermarkets Ltd")).toBe("sainsburys supermarkets");
    expect(supplierKey("J.C.B. Ltd")).toBe("jcb");
    expect(supplierKey("Café Rouge")).toBe("cafe rouge");
    expect(supplierKey("Smith-Jones (Builders) Ltd")).toBe("smith jones builders");
  });

  it("strips stacked legal forms but never the whole name", () => {
    expect(supplierKey("Acme Holdings Limited LLP")).toBe("acme holdings");
    expect(supplierKey("Limited")).toBe("limited");
    expect(supplierKey("PLC")).toBe("plc");
    expect(supplierKey("The")).toBe("the");
  });

  it("gives symbol-only names a key of their own", () => {
    expect(supplierKey("(****6799)")).toBe("6799");
    expect(supplierKey("-")).toBe("-");
    expect(supplierKey("-")).not.toBe(supplierKey("?"));
  });

  it("keeps different suppliers apart", () => {
    expect(supplierKey("Acme Waste Ltd")).not.toBe(supplierKey("Acme Water Ltd"));
    expect(supplierKey("Amazon UK Ltd")).not.toBe(supplierKey("Amazon Ltd"));
    expect(supplierKey("Brightlimited Ltd")).toBe("brightlimited");
    expect(supplierKey("Help Ltd Partners")).toBe("help ltd partners");
  });

  it("is stable across repeated (cached) calls", () => {
    const first = supplierKey("Northgate Public Services (UK) Ltd");
    expect(supplierKey("Northgate Public Services (UK) Ltd")).toBe(first);
    expect(first).toBe("northgate public services uk");
  });
});

describe("supplierSlug", () => {
  it("makes URL-safe slugs", () => {
    expect(supplierSlug("british telecommunications")).toBe("british-telecommunications");
    expect(supplierSlug("café rouge catering")).toBe("cafe-rouge-catering");
    expect(supplierSlug("  A & B -- Services!  ")).toBe("a-and-b-services");
    expect(supplierSlug("")).toBe("unnamed");
    expect(supplierSlug("   ")).toBe("unnamed");
    expect(supplierSlug("数据")).toMatch(/^x-[a-z0-9]+$/);
    expect(supplierSlug("数据")).not.toBe(supplierSlug("数字"));
  });

  it("keeps slugs to 80 characters and never collides on long keys", () => {
    const long = "very long supplier name ".repeat(5);
    const a = supplierSlug(`${long}a`);
    const b = supplierSlug(`${long}b`);
    for (const slug of [a, b]) {
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(a).not.toBe(b);
    expect(supplierSlug(`${long}a`)).toBe(a);
    const exact = "x".repeat(80);
    expect(supplierSlug(exact)).toBe(exact);
    expect(supplierSlug(`${exact}y`)).not.toBe(exact);
  });
});

describe("normaliseCompanyNumber", () => {
  it.each([
    ["1026167", "01026167"],
    ["01026167", "01026167"],
    ["2535986", "02535986"],
    ["123456", "00123456"],
    [" 1026167 ", "01026167"],
    ["1026167.0", "01026167"],
    ["SC123456", "SC123456"],
    ["sc 123456", "SC123456"],
    ["SC12345", "SC012345"],
    ["NI012345", "NI012345"],
    ["ni 12345", "NI012345"],
    ["OC301234", "OC301234"],
    ["SO301234", "SO301234"],
    ["FC012345", "FC012345"],
    ["RC000666", "RC000666"],
    ["CE016832", "CE016832"],
    ["SG298533", "SG298533"],
    ["R0000627", "R0000627"],
    ["IP12345R", "IP12345R"],
    ["IP012345R", "IP012345R"],
    ["ip12345r", "IP12345R"],
    ["RS007901", "RS007901"],
    ["20014R", "20014R"],
  ])("%j → %j", (text, expected) => {
    expect(normaliseCompanyNumber(text)).toBe(expected);
  });

  it.each([
    "N/A",
    "n/a",
    "NA",
    "-",
    "TBC",
    "0",
    "00000000",
    "SC000000",
    "",
    "Various",
    "Not registered",
    "Registered Charity",
    "CHA1165823",
    "GBML2156813",
    "RO 34737997",
    "123456789",
    "XX123456",
    "SC1234567",
    "1026167.5",
  ])("%j → null", (text) => {
    expect(normaliseCompanyNumber(text)).toBeNull();
  });
});
