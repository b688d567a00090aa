// The supplier catalogue: named suppliers first, then a generated long tail. Big suppliers are
// shared by several councils (each spells them its own way); the tail is mostly local.
import { AREAS, COUNCILS, PLACES, TRADES } from "./catalogue.ts";
import type { Random } from "./random.ts";

export interface DemoSupplier {
  name: string;
  companyNumber: string;
  area: string;
  /** Typical payment in pounds. */
  scale: number;
  /** Slugs of the councils that pay this supplier. */
  councils: string[];
  /** council slug -> the name that council's ledger uses, when only an alias can join it. */
  aliasOnly?: Record<string, string>;
}

const ALL = COUNCILS.map((x) => x.slug);

/** Named suppliers the demo's story needs (waste and ICT providers are paid separately). */
export const KEY_SUPPLIERS: DemoSupplier[] = [
  s("British Telecommunications Plc", "01800000", "ICT", 2_400, ALL),
  s("Zurich Insurance Plc", "", "Corporate", 9_000, ALL),
  s("Redactive Events Ltd", "", "Leisure & Culture", 1_800, ["brackenridge", "kestwick"]),
  s("Café Rouge Catering", "", "Leisure & Culture", 900, ["kestwick", "fenmouth"]),
  s("Crêpe & Café Co Ltd", "", "Leisure & Culture", 700, ["ashvale", "harrowmere"]),
  s("Personal Best Life Coaching Ltd", "", "Corporate", 1_200, ["brackenridge", "ashvale"]),
  s("The Harlow & Finch Partnership LLP", "OC301122", "Planning", 4_500, ALL),
  s("Hartley Facilities Services Ltd", "05550123", "Facilities Management", 6_000, ALL, {
    ashvale: "HFS Facilities",
    brackenridge: "H.F.S. (Hartley) Ltd",
  }),
  s("Northgate Environmental Services Limited", "03344556", "Environmental Health", 3_200, ALL, {
    kestwick: "NES Environmental",
  }),
  s("Vale Credit Union Limited", "IP12345R", "Housing", 1_500, ["kestwick", "fenmouth", "brackenridge"], {
    fenmouth: "VCU (Vale Credit Union)",
  }),
  s("Kingsway Print & Post Ltd", "06789012", "Revenues & Benefits", 2_800, ALL, {
    brackenridge: "KPP Mailing Services",
  }),
  s("The Oakfield Grounds Maintenance Company Ltd", "02233445", "Parks & Open Spaces", 5_000, ALL),
];

function s(
  name: string,
  companyNumber: string,
  area: string,
  scale: number,
  councils: string[],
  aliasOnly?: Record<string, string>,
): DemoSupplier {
  return { name, companyNumber, area, scale, councils, ...(aliasOnly ? { aliasOnly } : {}) };
}

const FORMS = [
  "Ltd",
  "Limited",
  "Ltd",
  "Ltd",
  "LLP",
  "PLC",
  "",
  "CIC",
  "Ltd",
  "UK Ltd",
  "& Co Ltd",
  "Group Ltd",
];

/** About `count` suppliers: the key ones, then generated names with a long tail of small ones. */
export function supplierCatalogue(count: number, rng: Random): DemoSupplier[] {
  const suppliers = [...KEY_SUPPLIERS];
  const used = new Set(suppliers.map((x) => x.name));
  for (let attempt = 0; suppliers.length < count && attempt < count * 50; attempt++) {
    const [trade, area] = rng.pick(TRADES);
    const place = rng.pick(PLACES);
    const form = rng.pick(FORMS);
    const round = Math.floor(attempt / (PLACES.length * TRADES.length));
    const base = `${rng.chance(0.05) ? "The " : ""}${place}${round > 0 ? ` ${round + 1}` : ""} ${trade}`;
    const name = form ? `${base} ${form}` : base;
    if (used.has(name)) continue;
    used.add(name);
    const rank = suppliers.length / count;
    const registered = /Ltd|Limited|PLC|LLP/.test(form) && rng.chance(0.85);
    const number =
      form === "LLP"
        ? `OC${rng.int(300_000, 429_999)}`
        : String(rng.int(1_000_000, 14_999_999)).padStart(8, "0");
    suppliers.push({
      name,
      companyNumber: registered ? number : "",
      area: rng.chance(0.9) ? area : rng.pick(AREAS),
      scale: Math.round(600 + 20_000 * (1 - rank) ** 3 * rng.next() + rng.int(0, 1_500)),
      councils: councilsFor(rank, rng),
    });
  }
  return suppliers;
}

/** Big suppliers serve several councils; the long tail is mostly one council's local firms. */
function councilsFor(rank: number, rng: Random): string[] {
  const shared = rank < 0.35 ? rng.int(2, 5) : rng.chance(0.15) ? 2 : 1;
  const start = rng.int(0, ALL.length - 1);
  return Array.from({ length: shared }, (_v, i) => ALL[(start + i * 2) % ALL.length] as string);
}

export type SpellingStyle = "upper" | "limited" | "ltd-dot" | "no-the" | "and";

/** How a council's finance system spells a supplier's name. */
export function spell(name: string, style: SpellingStyle): string {
  switch (style) {
    case "upper":
      return name.toUpperCase();
    case "limited":
      return name.replace(/\bLtd$/, "Limited");
    case "ltd-dot":
      return name.replace(/\b(Ltd|Limited)$/, "LTD.").replace(/\bPlc$/, "PLC");
    case "no-the":
      return name.replace(/^The /, "");
    case "and":
      return name.replace(/ & /g, " and ").replace(/^The (.*)$/, "$1 (The)");
  }
}

/** data/suppliers.json: the joins only a person could make. */
export function aliasEntries(
  extra: { name: string; company_number?: string; variants: string[] }[],
): { name: string; company_number?: string; variants: string[] }[] {
  const fromCatalogue = KEY_SUPPLIERS.filter((x) => x.aliasOnly).map((x) => ({
    name: x.name,
    ...(x.companyNumber ? { company_number: x.companyNumber } : {}),
    variants: Object.values(x.aliasOnly ?? {}),
  }));
  return [...fromCatalogue, ...extra];
}
