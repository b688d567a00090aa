import { describe, expect, it } from "vitest";
import { classifyService, classifySubjective, normaliseText } from "../../../src/lib/categories/classify.ts";
import { SERVICE_IDS, SERVICE_NAMES, SUBJECTIVE_IDS } from "../../../src/lib/categories/sercop.ts";
import { SERVICE_RULES } from "../../../src/lib/categories/service-rules.ts";
import { SUBJECTIVE_RULES } from "../../../src/lib/categories/subjective-rules.ts";

const service = (text: string) => classifyService(text).id;
const subjective = (text: string) => classifySubjective(text).id;

describe("normaliseText", () => {
  it("folds case, & and punctuation, and drops apostrophes", () => {
    expect(normaliseText("  Waste & Recycling ")).toBe("waste and recycling");
    expect(normaliseText("Children's Services")).toBe("childrens services");
    expect(normaliseText("Transport Operations, Environment/Waste")).toBe(
      "transport operations environment waste",
    );
    expect(normaliseText("ICT")).toBe("ict");
  });
});

describe("classifyService", () => {
  it("reaches every heading from realistic department names", () => {
    const cases: Record<string, string[]> = {
      "central-services": [
        "Revenues & Benefits",
        "Council Tax",
        "Elections",
        "Registrars",
        "Customer Services",
      ],
      cultural: ["Leisure & Culture", "Parks & Open Spaces", "Museums", "Arts Development", "Sports Centres"],
      "environmental-and-regulatory": [
        "Waste & Recycling",
        "Environmental Health",
        "Street Cleansing",
        "Refuse Collection",
        "Licensing",
        "Bereavement Services",
      ],
      planning: ["Planning", "Building Control", "Economic Development", "Regeneration"],
      "highways-and-transport": ["Highways", "Car Parking", "Capital - Highways", "Concessionary Fares"],
      housing: ["Housing", "Homelessness", "Housing Options", "Temporary Accommodation"],
      "adult-social-care": ["Adult Care & Health", "Adult & Community Services", "Older People"],
      "childrens-social-care": ["Children's Services", "Children & Young People's Futures", "Fostering"],
      education: ["Education & Childcare Services", "Schools", "SEN Transport", "Early Years"],
      "public-health": ["Public Health", "Sexual Health Services", "Substance Misuse"],
      "corporate-and-democratic-core": [
        "Corporate",
        "ICT",
        "IT",
        "Finance",
        "HR",
        "Legal Services",
        "Internal Audit",
        "Facilities Management",
        "Democratic Services",
        "Corporate Services & Governance",
      ],
      "non-distributed-costs": ["Non-Distributed Costs", "Pension Strain"],
      "fire-and-rescue": ["Fire and Rescue", "Fire & Rescue Service"],
    };
    for (const [id, names] of Object.entries(cases)) {
      for (const name of names) expect([name, service(name)]).toEqual([name, id]);
    }
    const reached = new Set(Object.keys(cases));
    expect(SERVICE_IDS.filter((id) => id !== "uncategorised" && !reached.has(id))).toEqual([]);
  });

  it("settles the tricky names by priority", () => {
    expect(service("Housing Benefit")).toBe("central-services");
    expect(service("Housing Benefits Administration")).toBe("central-services");
    expect(service("Homelessness")).toBe("housing");
    expect(service("Emergency Planning")).toBe("central-services");
    expect(service("Environmental Health")).toBe("environmental-and-regulatory");
    expect(service("Adult Learning")).toBe("education");
    expect(service("WASTE  &  RECYCLING")).toBe("environmental-and-regulatory");
    expect(service("P-Ledger - Separate Legal Entity")).toBe("uncategorised");
    expect(service("People and Culture")).toBe("corporate-and-democratic-core");
    expect(service("Leisure & Culture")).toBe("cultural");
    expect(service("Environment & Leisure")).toBe("cultural");
    expect(service("Environment and Economy")).toBe("planning");
    expect(service("Environment & Neighbourhoods")).toBe("environmental-and-regulatory");
    // Directorates that mix services are left uncategorised (a council.json override can place them).
    expect(service("People Group")).toBe("uncategorised");
    expect(service("Communities")).toBe("uncategorised");
  });

  it("says how it decided", () => {
    expect(classifyService("Waste & Recycling")).toEqual({
      id: "environmental-and-regulatory",
      name: "Environmental and regulatory services",
      rule: "keyword",
      matched: "waste",
    });
    expect(classifyService("Commissioning")).toEqual({
      id: "uncategorised",
      name: "Uncategorised",
      rule: "none",
    });
    expect(classifyService("")).toMatchObject({ id: "uncategorised", rule: "none" });
  });

  it("lets an override beat the keywords, matched on normalised text", () => {
    const overrides = {
      "Housing Benefit": "housing",
      "P-Ledger - Separate Legal Entity": "adult-social-care",
    } as const;
    expect(classifyService("HOUSING BENEFIT", overrides)).toEqual({
      id: "housing",
      name: SERVICE_NAMES.housing,
      rule: "override",
      matched: "Housing Benefit",
    });
    expect(classifyService("P-Ledger - Separate Legal Entity", overrides).id).toBe("adult-social-care");
    // Text not in the overrides still goes by the keywords.
    expect(classifyService("Waste & Recycling", overrides)).toMatchObject({ rule: "keyword" });
    // The cache of one override set does not leak into another or into the plain cache.
    expect(classifyService("Housing Benefit").id).toBe("central-services");
    expect(
      classifyService("Housing Benefit", { "housing benefit": "corporate-and-democratic-core" }).id,
    ).toBe("corporate-and-democratic-core");
  });

  it("refuses an override to an unknown id (config validation normally stops it first)", () => {
    const bad = { Waste: "rubbish" } as unknown as Record<string, "housing">;
    expect(() => classifyService("Waste", bad)).toThrow(/unknown category id "rubbish"/);
  });

  it("is deterministic and cached", () => {
    const a = classifyService("Parks & Open Spaces");
    expect(classifyService("Parks & Open Spaces")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.id).toBe("cultural");
  });

  it("rules name only known ids", () => {
    for (const rule of SERVICE_RULES) expect(SERVICE_IDS).toContain(rule.id);
    for (const rule of SUBJECTIVE_RULES) expect(SUBJECTIVE_IDS).toContain(rule.id);
  });
});

describe("classifySubjective", () => {
  it("maps every demo expense type sensibly", () => {
    const cases: Record<string, string[]> = {
      employees: ["Agency Staff", "Training", "Salaries - Basic Pay", "Agency Supply Staff"],
      premises: [
        "Rent",
        "Electricity",
        "Gas",
        "Water",
        "Repairs & Maintenance",
        "Cleaning",
        "Grounds Maintenance",
        "Security",
        "Tree Works",
        "Fencing",
      ],
      transport: ["Vehicle Hire", "Fuel", "Fuel/Oil", "Car Allowances"],
      "supplies-and-services": [
        "Consultancy",
        "Advertising",
        "Audit Fees",
        "Legal Fees",
        "Equipment",
        "Play Equipment",
        "Bins & Containers",
        "Hardware",
        "Software Licences",
        "Support & Maintenance",
        "Telephony",
        "Postage",
        "Printing",
        "Subscriptions",
        "Insurance",
        "Surveys",
        "Laboratory Services",
        "Events",
        "Pest Control",
        "Enforcement Agent Fees",
      ],
      "third-party-payments": [
        "Contract Payments",
        "Managed Service",
        "Management Fee",
        "Disposal Fees",
        "Temporary Accommodation",
        "Shared Service Recharge",
        "Shared Building Control Recharge",
        "Elections Recharge",
        "Residential Care Spot",
        "Payments to Charities & Vol Providers",
      ],
      "transfer-payments": [
        "Grants",
        "Grants to Organisations",
        "Disabled Facilities Grants",
        "Discretionary Housing Payment",
        "Homelessness Prevention",
        "S17 - Support for Children in Need",
      ],
      "support-services": ["Support Services Recharges", "Central Support"],
      capital: ["Capital Works", "Fittings & Furnishings long life > 5 yrs"],
      income: ["Income - Fees", "Reimbursements"],
    };
    for (const [id, names] of Object.entries(cases)) {
      for (const name of names) expect([name, subjective(name)]).toEqual([name, id]);
    }
    expect(subjective("Purchase Card")).toBe("uncategorised");
    expect(subjective("")).toBe("uncategorised");
  });

  it("lets an override beat the keywords", () => {
    expect(classifySubjective("Purchase Card", { "purchase card": "supplies-and-services" })).toEqual({
      id: "supplies-and-services",
      name: "Supplies and services",
      rule: "override",
      matched: "purchase card",
    });
  });
});
