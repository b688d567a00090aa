// The long tail of a large supplier population (generate-demo --suppliers N): sole traders, family
// firms, landlords and community groups, most paid once or a few times, a few by two or three
// councils (each council spelling the name its own way). Used only when --suppliers asks for more
// suppliers than the default catalogue holds, so the default data stays byte-identical.
import { COUNCILS, PLACES } from "./catalogue.ts";
import { MONTHS } from "./payments.ts";
import type { Random } from "./random.ts";
import type { DemoSupplier } from "./suppliers.ts";

/** A tail supplier and how many payments it receives in all (at least one per council). */
export interface TailSupplier extends DemoSupplier {
  payments: number;
}

const SURNAMES =
  "Ashworth Bailey Barker Bennett Bradshaw Brennan Chandler Chowdhury Clarke Cole Collins Cooper Dawson Doyle Dixon Ellis Evans Farrell Fletcher Foster Gallagher Gill Goodwin Graham Hall Hammond Harding Hewitt Holt Hughes Hussain Jarvis Kaur Kelly Kerr Khan Lamb Lawson Lloyd Lowe Malik Marsh Mason McBride Mills Morgan Nash Nolan Norris O'Brien Owen Parker Parry Patel Pearce Price Quinn Rahman Reid Rhodes Riley Rowe Shah Sharp Slater Stokes Sutton Thorne Turner Vaughan Wade Walsh Warren Webb Whitfield Wilkins Wood Wright Yates Young".split(
    " ",
  );

/** Sole-trader trades with the department that mostly pays them and a typical payment in pounds. */
const SOLE_TRADES: [string, string, number][] = [
  ["Plumbing & Heating", "Housing", 900],
  ["Electrical", "Housing", 1_100],
  ["Electrical Contractors", "Facilities Management", 1_600],
  ["Joinery", "Housing", 800],
  ["Roofing", "Housing", 1_900],
  ["Building Contractors", "Housing", 3_200],
  ["Decorators", "Housing", 700],
  ["Locksmiths", "Housing", 550],
  ["Glazing", "Housing", 750],
  ["Drainage", "Facilities Management", 850],
  ["Tree Services", "Parks & Open Spaces", 1_200],
  ["Landscapes", "Parks & Open Spaces", 1_500],
  ["Fencing", "Parks & Open Spaces", 950],
  ["Removals", "Housing", 650],
  ["Cleaning Services", "Facilities Management", 600],
  ["Catering", "Leisure & Culture", 650],
  ["Entertainments", "Leisure & Culture", 700],
  ["Photography", "Corporate", 550],
  ["Translation Services", "Corporate", 600],
  ["Consulting", "Planning", 2_400],
  ["Surveyors", "Planning", 1_800],
  ["Architects", "Planning", 2_900],
  ["Vehicle Repairs", "Waste & Recycling", 900],
  ["Pest Solutions", "Environmental Health", 600],
  ["Fire Safety", "Facilities Management", 1_000],
  ["Signs", "Parks & Open Spaces", 700],
];

/** Community groups and venues paid grants, hire or fees (paired with a place name). */
const GROUPS: [string, string][] = [
  ["Village Hall Committee", "Leisure & Culture"],
  ["Community Association", "Leisure & Culture"],
  ["Scout Group", "Leisure & Culture"],
  ["Cricket Club", "Leisure & Culture"],
  ["Football Club", "Leisure & Culture"],
  ["Bowls Club", "Leisure & Culture"],
  ["Art Society", "Leisure & Culture"],
  ["Food Bank", "Housing"],
  ["Citizens Advice", "Housing"],
  ["Allotment Society", "Parks & Open Spaces"],
  ["Conservation Volunteers", "Parks & Open Spaces"],
  ["Carnival Committee", "Leisure & Culture"],
  ["Guest House", "Housing"],
  ["Community Transport", "Corporate"],
  ["Youth Club", "Leisure & Culture"],
  ["Heritage Trust", "Leisure & Culture"],
];

const FIRST = "ABCDEFGHIJKLMNPRSTW";

/** The matching key a reader would use: case, "&", "The" and a trailing legal form ignored. */
export function looseKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/ (ltd|limited|plc|llp|cic)$/, "");
}

function tailName(rng: Random): { name: string; area: string; scale: number; form: string } {
  const roll = rng.next();
  const surname = rng.pick(SURNAMES);
  if (roll < 0.16) {
    const [group, area] = rng.pick(GROUPS);
    const place = rng.pick(PLACES);
    return { name: `${place} ${group}`, area, scale: rng.int(500, 2_500), form: "" };
  }
  const [trade, area, scale] = rng.pick(SOLE_TRADES);
  const initials = rng.chance(0.6) ? `${rng.pick([...FIRST])} ${rng.pick([...FIRST])}` : rng.pick([...FIRST]);
  if (roll < 0.55) return { name: `${initials} ${surname} ${trade}`, area, scale, form: "" };
  if (roll < 0.68) return { name: `${surname} & Sons ${trade}`, area, scale, form: "" };
  if (roll < 0.78) return { name: `${surname} ${trade}`, area, scale, form: "" };
  const form = rng.pick(["Ltd", "Ltd", "Limited", "Ltd", "LLP"]);
  const second = rng.chance(0.5) ? ` ${rng.pick(SURNAMES)}` : ` ${rng.pick(PLACES)}`;
  return { name: `${surname}${second} ${trade} ${form}`, area, scale: scale * 2, form };
}

const TOTAL_POPULATION = COUNCILS.reduce((n, c) => n + c.population, 0);

function councilByPopulation(rng: Random): number {
  let at = rng.next() * TOTAL_POPULATION;
  for (const [i, c] of COUNCILS.entries()) {
    at -= c.population;
    if (at < 0) return i;
  }
  return COUNCILS.length - 1;
}

/** `count` tail suppliers with names distinct (by looseKey) from `taken` and from each other. */
export function tailSuppliers(count: number, taken: Iterable<string>, rng: Random): TailSupplier[] {
  const keys = new Set([...taken].map(looseKey));
  const numbers = new Set<string>();
  const out: TailSupplier[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 20; attempt++) {
    const { name, area, scale, form } = tailName(rng);
    const key = looseKey(name);
    if (keys.has(key)) continue;
    keys.add(key);
    const shared = rng.chance(0.88) ? 1 : rng.chance(0.8) ? 2 : 3;
    const first = councilByPopulation(rng);
    const councils = Array.from(
      { length: shared },
      (_v, i) => (COUNCILS[(first + i * 2) % COUNCILS.length] as (typeof COUNCILS)[number]).slug,
    );
    let payments = 1;
    while (payments < 24 && rng.chance(0.45)) payments++;
    let companyNumber = "";
    if (form !== "" && rng.chance(0.8)) {
      do {
        companyNumber =
          form === "LLP" ? `OC${rng.int(430_000, 499_999)}` : String(rng.int(15_000_000, 16_999_999));
      } while (numbers.has(companyNumber));
      numbers.add(companyNumber);
    }
    out.push({ name, companyNumber, area, scale, councils, payments: Math.max(payments, shared) });
  }
  return out;
}

/**
 * One council's tail payments, month by month: for each tail supplier this council pays, the
 * months of its payments (spread over the supplier's councils in turn). Index = month (0 = April 2022).
 */
export function tailByMonth(tail: TailSupplier[], slug: string, rng: Random): DemoSupplier[][] {
  const months: DemoSupplier[][] = Array.from({ length: MONTHS }, () => []);
  for (const supplier of tail) {
    const at = supplier.councils.indexOf(slug);
    if (at < 0) continue;
    const mine =
      Math.floor(supplier.payments / supplier.councils.length) +
      (at < supplier.payments % supplier.councils.length ? 1 : 0);
    // A supplier's few payments fall close together, as one job's invoices do.
    const start = rng.int(0, MONTHS - 1);
    for (let i = 0; i < mine; i++) {
      const month = Math.min(MONTHS - 1, start + (rng.chance(0.6) ? 0 : rng.int(0, 6)));
      (months[month] as DemoSupplier[]).push(supplier);
    }
  }
  return months;
}
