import { describe, expect, it } from "vitest";
import type { OcdsSupplier } from "../../../src/lib/ocds/model.ts";
import {
  financialYearOf,
  isCharitableCompany,
  percentOf,
  postcodeArea,
  SocialValueTally,
  SupplierEvidence,
} from "../../../src/lib/views/social-value.ts";

const register = (
  supplierId: string,
  sme: boolean | null,
  vcse: boolean | null,
  postcode = "",
  companyNumber = "",
) => ({
  supplierId,
  sme,
  vcse,
  supplierPostcode: postcode,
  companyNumber,
});
const notice = (over: Partial<OcdsSupplier>): OcdsSupplier => ({
  name: "x",
  party_id: null,
  supplier_id: "acre",
  company_number: null,
  charity_number: null,
  postcode: null,
  scale: null,
  vcse: null,
  ...over,
});
const EX = new Set(["EX", "TQ"]);

describe("SupplierEvidence", () => {
  it("takes SME and VCSE from register flags and notices, the status most sources give, a tie unknown", () => {
    const e = new SupplierEvidence();
    e.addRegister(register("acre", true, null));
    e.addNotice(notice({ scale: { value: "sme", at: "a#/p" } }));
    e.addRegister(register("split", false, false));
    e.addNotice(notice({ supplier_id: "split", scale: { value: "large", at: "a#/p" } }));
    expect(e.statusOf("acre", EX)).toMatchObject({ sme: "yes", vcse: "unknown" });
    expect(e.statusOf("split", EX).sme).toBe("no");
    e.addRegister(register("split", true, null));
    e.addRegister(register("split", true, null));
    expect(e.statusOf("split", EX).sme).toBe("unknown");
  });

  it("counts a charity number or a CE/CS company number as a VCSE", () => {
    const e = new SupplierEvidence();
    e.addNotice(notice({ supplier_id: "trust", charity_number: "1100000" }));
    e.addCompanyNumber("cio", "CE012345");
    e.addCompanyNumber("firm", "01234567");
    expect(e.statusOf("trust", EX).vcse).toBe("yes");
    expect(e.statusOf("cio", EX).vcse).toBe("yes");
    expect(e.statusOf("firm", EX).vcse).toBe("unknown");
    expect(isCharitableCompany("CS001234")).toBe(true);
  });

  it("is local by a published postcode in the council's areas; unknown with no postcode or no areas, never 'not local'", () => {
    const e = new SupplierEvidence();
    e.addRegister(register("near", null, null, "EX4 1AA"));
    e.addRegister(register("far", null, null, "M1 1AE"));
    e.addRegister(register("silent", null, null));
    expect(e.statusOf("near", EX).local).toBe("yes");
    expect(e.statusOf("far", EX).local).toBe("no");
    expect(e.statusOf("silent", EX).local).toBe("unknown");
    expect(e.statusOf("near", null).local).toBe("unknown");
    expect(e.statusOf("never-seen", EX)).toEqual({ sme: "unknown", vcse: "unknown", local: "unknown" });
    expect(postcodeArea("m1 1ae")).toBe("M");
    expect(postcodeArea("not a postcode")).toBeNull();
  });
});

describe("SocialValueTally", () => {
  it("sums exact amounts per council, year and measure, keeping what is unknown apart", () => {
    const t = new SocialValueTally();
    const yes = { sme: "yes", vcse: "no", local: "unknown" } as const;
    t.add("east", "2024-25", "spend", 100_000_010, yes);
    t.add("east", "2024-25", "spend", 200_000_000, { sme: "unknown", vcse: "unknown", local: "yes" });
    t.add("east", "2024-25", "contract_value", 5_000_000, yes);
    const [spend, value] = t.all(["east"]);
    expect(spend).toMatchObject({ measure: "spend", total: 300_000_010n, count: 2 });
    expect(spend?.yes).toEqual({ sme: 100_000_010n, vcse: 0n, local: 200_000_000n });
    expect(spend?.unknown).toEqual({ sme: 200_000_000n, vcse: 200_000_000n, local: 100_000_010n });
    expect(value?.measure).toBe("contract_value");
    expect(percentOf(1n, 3n)).toBe("33.3");
    expect(percentOf(1n, 0n)).toBe("");
  });

  it("puts a date in its April-to-March financial year", () => {
    expect(financialYearOf("2025-03-31")).toBe("2024-25");
    expect(financialYearOf("2025-04-01")).toBe("2025-26");
    expect(financialYearOf("1999-12-01")).toBe("1999-00");
  });
});
