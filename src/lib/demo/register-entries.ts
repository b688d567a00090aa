// The contracts in the fictional councils' registers: the joint waste and ICT contracts let by
// Harrowmere (listed again by partners that record a purchasing body), the ICT contracts they
// replaced, and each council's own contracts with the placeholders real registers hold.
import { COUNCILS, type DemoCouncil, ICT_PARTNERS, ICT_REF, LEAD, SERVICES, WASTE_REF } from "./catalogue.ts";
import { ICT_MONTHLY, ICT_PROVIDER, LEGACY_ICT, WASTE_CONTRACTOR } from "./payments.ts";
import type { Random } from "./random.ts";
import { type DemoSupplier, type SpellingStyle, spell } from "./suppliers.ts";
import type { Day } from "./text.ts";

export interface RegisterEntry {
  reference: string;
  title: string;
  description: string;
  supplier: string;
  companyNumber: string;
  start: Day;
  /** A date, or the placeholder published instead (TBC, N/A, -). */
  end: Day | string;
  review: Day | string;
  /** Micros, or the placeholder published instead (Various, TBC). */
  total: number | string;
  annual: number | string;
  department: string;
  route: string;
  sme: string;
  vcse: string;
  purchasingBody: string;
  postcode: string;
}

const ROUTES = [
  "Open tender",
  "Request for quotation",
  "Framework call-off",
  "Direct award",
  "Restricted tender",
];
const d = (year: number, month: number, day: number): Day => ({ year, month, day });
const pounds = (n: number) => n * 1_000_000;

/** The contracts let jointly by the lead partner, as `council`'s register lists them. */
export function jointEntries(council: DemoCouncil): RegisterEntry[] {
  const all = COUNCILS.map((x) => x.name).join(", ");
  const ict = COUNCILS.filter((x) => ICT_PARTNERS.includes(x.slug))
    .map((x) => x.name)
    .join(", ");
  const lead = LEAD.name;
  const entries: RegisterEntry[] = [
    {
      reference: WASTE_REF,
      title: "Joint waste and recycling collection",
      description: `Household waste and recycling collection for ${all}; let by ${lead} on behalf of all five partners.`,
      supplier: WASTE_CONTRACTOR,
      companyNumber: "4123456",
      start: d(2022, 4, 1),
      end: d(2030, 3, 31),
      review: d(2027, 3, 31),
      total: pounds(48_000_000),
      annual: pounds(6_000_000),
      department: "Waste & Recycling",
      route: "Open tender",
      sme: "No",
      vcse: "No",
      purchasingBody: lead,
      postcode: "HM4 7QT",
    },
  ];
  if (ICT_PARTNERS.includes(council.slug)) {
    entries.push({
      reference: ICT_REF,
      title: "Shared ICT service: infrastructure and service desk",
      description: `Shared ICT service for ${ict}, hosted by ${lead}; costs shared equally, savings target £600,000 a year.`,
      supplier: ICT_PROVIDER,
      companyNumber: "07654321",
      start: d(2023, 10, 1),
      end: d(2028, 9, 30),
      review: "TBC",
      total: pounds(ICT_MONTHLY * 60),
      annual: pounds(ICT_MONTHLY * 12),
      department: "ICT",
      route: "Framework call-off",
      sme: "Noo",
      vcse: "N/A",
      purchasingBody: lead,
      postcode: "HM1 2ZX",
    });
  }
  // Fenmouth's register has no purchasing-body column, so it leaves out contracts another partner let.
  return council.slug === "fenmouth" ? [] : entries;
}

/** The ICT contract a shared-service partner ran before October 2023. */
function legacyIct(council: DemoCouncil, style: SpellingStyle): RegisterEntry[] {
  const legacy = LEGACY_ICT[council.slug];
  if (!legacy) return [];
  const [name, monthly] = legacy;
  return [
    {
      reference: `${council.short}-ICT-2019`,
      title: "Managed ICT service",
      description: "Managed ICT infrastructure and service desk (ended when the shared ICT service began).",
      supplier: spell(name, style),
      companyNumber: "-",
      start: d(2019, 10, 1),
      end: d(2023, 9, 30),
      review: "N/A",
      total: pounds(monthly * 48),
      annual: pounds(monthly * 12),
      department: "ICT",
      route: "Restricted tender",
      sme: "Yes",
      vcse: "No",
      purchasingBody: council.name,
      postcode: "TBC",
    },
  ];
}

/** A council's own contracts, drawn from the suppliers it pays. */
export function ownEntries(
  council: DemoCouncil,
  pool: DemoSupplier[],
  rng: Random,
  style: SpellingStyle,
): RegisterEntry[] {
  const entries = legacyIct(council, style);
  const count = rng.int(20, 45);
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let supplier = pool[rng.skewedIndex(Math.min(pool.length, 120), 1.3)] as DemoSupplier;
    if (used.has(supplier.name)) supplier = pool[Math.min(pool.length - 1, i)] as DemoSupplier;
    used.add(supplier.name);
    const department = supplier.area;
    const type = rng.pick(SERVICES[department] as string[]);
    const startYear = rng.int(council.slug === "fenmouth" ? 2022 : 2020, 2024);
    const years = rng.int(1, 5);
    const annual = rng.int(6, 400) * 1000 + rng.int(0, 99) * 10;
    const number = supplier.companyNumber;
    entries.push({
      reference: `${council.short}-${String(100 + i).padStart(4, "0")}`,
      title: `${type} (${department})`,
      description: `Provision of ${type.toLowerCase()} for the council's ${department} service.`,
      supplier: supplier.aliasOnly?.[council.slug] ?? spell(supplier.name, style),
      // As registers publish them: leading zeros lost, or a placeholder.
      companyNumber: number
        ? rng.chance(0.6)
          ? number.replace(/^0+/, "")
          : number
        : rng.pick(["", "N/A", "-", "Various"]),
      start: d(startYear, rng.int(1, 12), 1),
      end: i % 9 === 4 ? "TBC" : d(startYear + years, rng.int(1, 12), 28),
      review: i % 3 === 0 ? "-" : d(startYear + years - 1, 6, 30),
      total: i % 11 === 7 ? "Various" : pounds(annual * years),
      annual: i % 13 === 5 ? "TBC" : pounds(annual),
      department,
      route: rng.pick(ROUTES),
      sme: rng.pick(["Yes", "No", "Noo", "Yes", "No", "N/A"]),
      vcse: /Trust|CIC|Association|Credit Union/.test(supplier.name) ? "Yes" : "No",
      purchasingBody: council.name,
      postcode: `${council.short.slice(0, 2)}${rng.int(1, 19)} ${rng.int(1, 9)}${rng.pick(["AB", "DF", "LQ", "XT", "PN"])}`,
    });
  }
  return entries;
}

/** A credit-union partnership (a society number rather than a company number). */
export function societyEntry(council: DemoCouncil): RegisterEntry {
  return {
    reference: `${council.short}-CU-01`,
    title: "Affordable credit partnership",
    description: "Affordable loans and savings for residents.",
    supplier: "Vale Credit Union Limited",
    companyNumber: "IP12345R",
    start: d(2021, 4, 1),
    end: d(2026, 3, 31),
    review: "-",
    total: pounds(75_000),
    annual: pounds(15_000),
    department: "Housing",
    route: "Direct award",
    sme: "Yes",
    vcse: "Yes",
    purchasingBody: council.name,
    postcode: "KW2 4DB",
  };
}
