// Payments of one fictional council, month by month: a long tail of suppliers, the joint waste
// contract, the shared ICT service and its recharges, redactions, credits and year-end bunching.
import {
  COUNCILS,
  councilBySlug,
  type DemoCouncil,
  ICT_PARTNERS,
  ICT_START,
  LEAD,
  SERVICES,
} from "./catalogue.ts";
import type { Random } from "./random.ts";
import type { DemoSupplier } from "./suppliers.ts";
import { type SpellingStyle, spell } from "./suppliers.ts";
import { type Day, daysInMonth, weekday } from "./text.ts";

export const FIRST_YEAR = 2022;
export const MONTHS = 36;

export type PaymentKind = "ordinary" | "redacted" | "waste" | "ict" | "recharge" | "pcard";

export interface DemoPayment {
  date: Day;
  /** Integer millionths of a pound. */
  micros: number;
  /** The supplier as this council's ledger names it. */
  supplier: string;
  supplierRef: string;
  area: string;
  type: string;
  ref: string;
  kind: PaymentKind;
  /** Published instead of the formatted date / amount (typos and redactions). */
  dateText?: string;
  amountText?: string;
}

export interface CouncilPlan {
  council: DemoCouncil;
  style: SpellingStyle;
  redactions: string[];
  /** Suppliers this council pays, biggest first. */
  pool: DemoSupplier[];
  supplierIds: Map<string, string>;
  /** Ordinary payments per month (index 0 = April 2022). */
  ordinary: number[];
  /** Long-tail suppliers paid once each, per month (empty unless --suppliers asks for a tail). */
  tail?: DemoSupplier[][];
  /** P-card rows inside the payment files per month (0 for most councils). */
  pcardPerMonth: number;
  /** Rows of each quarterly p-card listing (Fenmouth). */
  pcardFileRows: number;
  subPenny: boolean;
}

export function monthAt(index: number): { year: number; month: number } {
  const m = 3 + index;
  return { year: FIRST_YEAR + Math.floor(m / 12), month: (m % 12) + 1 };
}

const monthWeight = (month: number) => (month === 3 ? 1.6 : month === 4 ? 0.85 : month === 12 ? 0.9 : 1);

/** Splits `total` over the 36 months (March bunching, some growth, some noise), summing exactly to total. */
export function spreadOverMonths(total: number, rng: Random): number[] {
  const weights = Array.from(
    { length: MONTHS },
    (_v, i) => monthWeight(monthAt(i).month) * (1 + i * 0.004) * (0.93 + rng.next() * 0.14),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  return weights.map((w) => {
    const before = Math.round((total * cumulative) / sum);
    cumulative += w;
    return Math.round((total * cumulative) / sum) - before;
  });
}

/** A payment-run day: a weekday, bunched at the end of March. */
function payDay(rng: Random, year: number, month: number): Day {
  const last = daysInMonth(year, month);
  let day = month === 3 && rng.chance(0.5) ? rng.int(20, last) : rng.int(1, last);
  const d = { year, month, day };
  const wd = weekday(d);
  if (wd === 6) day = day > 1 ? day - 1 : day + 2;
  if (wd === 0) day = day < last ? day + 1 : day - 2;
  return { year, month, day };
}

function amountMicros(rng: Random, scale: number, subPenny: boolean): number {
  const spread = Math.exp((rng.next() + rng.next() + rng.next() - 1.5) * 1.5);
  const pounds = rng.chance(0.03)
    ? rng.int(60, 499)
    : Math.min(250_000, Math.max(500, Math.round(scale * spread)));
  const extra = subPenny && rng.chance(0.03) ? rng.int(1, 99) * 100 : 0;
  return pounds * 1_000_000 + rng.int(0, 99) * 10_000 + extra;
}

const LEGACY_ICT: Record<string, [string, number]> = {
  harrowmere: ["Cobalt Networks Ltd", 62_500],
  kestwick: ["Beacon Digital Ltd", 55_000],
  ashvale: ["Drayton Software Limited", 64_000],
};
export const ICT_PROVIDER = "Meridian Digital Ltd";
export const WASTE_CONTRACTOR = "Greenline Waste Services Ltd";
export const ICT_MONTHLY = 118_000;
export { LEGACY_ICT };

/** Suppliers of the fixed payments, for stable supplier ids (upper case, legal form dropped). */
const FIXED_IDS = [
  "GREENLINE WASTE SERVICES",
  "MERIDIAN DIGITAL",
  "COBALT NETWORKS",
  "BEACON DIGITAL",
  "DRAYTON SOFTWARE",
].concat(COUNCILS.flatMap((x) => [x.name, ...x.aliases].map((n) => n.toUpperCase())));

/** How a council's ledger names a partner council it pays. */
export function partnerName(payer: string, payee: DemoCouncil): string {
  return payer === "kestwick" || payer === "harrowmere" ? payee.name : (payee.aliases[0] as string);
}

/** Payments every month brings, whatever the seed: waste, ICT and recharges between partners. */
export function fixedPayments(plan: CouncilPlan, index: number): DemoPayment[] {
  const { year, month } = monthAt(index);
  const slug = plan.council.slug;
  const out: DemoPayment[] = [];
  const add = (
    supplier: string,
    pounds: number,
    area: string,
    type: string,
    day: number,
    kind: PaymentKind,
  ) => {
    const supplierRef = String(
      100_000 + FIXED_IDS.indexOf(supplier.toUpperCase().replace(/ (LTD|LIMITED|LTD\.)$/, "")) * 10 + 10,
    );
    const micros = Math.round(pounds * 100) * 10_000;
    out.push({ date: { year, month, day }, micros, supplier, supplierRef, area, type, ref: "", kind });
  };
  // The joint waste contract: every partner pays the contractor monthly, by population, uplifted each April.
  const uplift =
    year > 2023 || (year === 2023 && month >= 4)
      ? year > 2024 || (year === 2024 && month >= 4)
        ? 1.0764
        : 1.04
      : 1;
  const waste = (6_000_000 / 12) * (plan.council.population / 483_600) * uplift;
  add(spell(WASTE_CONTRACTOR, plan.style), waste, "Waste & Recycling", "Contract Payments", 18, "waste");
  const ictStarted = year > ICT_START.year || (year === ICT_START.year && month >= ICT_START.month);
  if (ICT_PARTNERS.includes(slug)) {
    if (!ictStarted) {
      const [name, pounds] = LEGACY_ICT[slug] as [string, number];
      add(spell(name, plan.style), pounds, "ICT", "Managed Service", 12, "ict");
    } else if (slug === LEAD.slug) {
      add(spell(ICT_PROVIDER, plan.style), ICT_MONTHLY, "ICT", "Managed Service", 14, "ict");
    } else {
      add(partnerName(slug, LEAD), ICT_MONTHLY / 3, "ICT", "Shared Service Recharge", 25, "recharge");
    }
  }
  if (slug === "fenmouth" && month % 3 === 0) {
    add(
      partnerName(slug, councilBySlug("brackenridge")),
      18_450,
      "Planning",
      "Shared Building Control Recharge",
      26,
      "recharge",
    );
  }
  if (slug === "harrowmere" && month === 6 && year > 2022) {
    add(
      partnerName(slug, councilBySlug("kestwick")),
      7_820.5,
      "Corporate",
      "Elections Recharge",
      20,
      "recharge",
    );
  }
  for (const p of out) if (weekday(p.date) === 6) p.date.day -= 1;
  for (const p of out) if (weekday(p.date) === 0) p.date.day -= 2;
  return out;
}

/** Card merchants (with the masked card suffix some ledgers keep) and their merchant category. */
const MERCHANTS: [string, string][] = [
  ["Zurich Insurance Plc (****6799)", "Insurance"],
  ["Parkway Car Parks (****1142)", "Parking"],
  ["Rail Tickets Direct (****6799)", "Rail Travel"],
  ["Vale Hardware Supplies (****2231)", "Hardware Stores"],
  ["Café Rouge Catering (****1142)", "Restaurants"],
  ["Post Office Counters (****2231)", "Postal Services"],
  ["Meadowbank Garden Centre (****6799)", "Garden Supplies"],
  ["Quayside Office Supplies", "Stationery"],
];
export const merchant = (rng: Random): [string, string] => rng.pick(MERCHANTS);

/** One council's payments for one month, in date order (refs are given by the writer). */
export function monthPayments(plan: CouncilPlan, index: number, rng: Random): DemoPayment[] {
  const { year, month } = monthAt(index);
  const payments = fixedPayments(plan, index);
  for (let i = 0; i < (plan.ordinary[index] ?? 0); i++)
    payments.push(ordinaryPayment(plan, rng, year, month));
  for (const supplier of plan.tail?.[index] ?? [])
    payments.push(paymentTo(plan, rng, supplier, payDay(rng, year, month)));
  for (let i = 0; i < plan.pcardPerMonth; i++) {
    const micros = rng.int(8, 480) * 1_000_000 + rng.int(0, 99) * 10_000;
    const area = rng.pick(["Corporate", "Leisure & Culture", "Housing", "Parks & Open Spaces"]);
    payments.push({
      date: payDay(rng, year, month),
      micros,
      supplier: merchant(rng)[0],
      supplierRef: "",
      area,
      type: "Purchase Card",
      ref: "P-CARD",
      kind: "pcard",
    });
  }
  return payments.sort((a, b) => a.date.day - b.date.day);
}

function ordinaryPayment(plan: CouncilPlan, rng: Random, year: number, month: number): DemoPayment {
  const date = payDay(rng, year, month);
  if (rng.chance(0.025)) {
    const area = rng.chance(0.7) ? "Housing" : "Revenues & Benefits";
    const type =
      area === "Housing"
        ? rng.pick(["Disabled Facilities Grants", "Homelessness Prevention"])
        : "Discretionary Housing Payment";
    const micros = rng.int(500, 4_000) * 1_000_000 + rng.int(0, 99) * 10_000;
    return {
      date,
      micros,
      supplier: rng.pick(plan.redactions),
      supplierRef: "900001",
      area,
      type,
      ref: "",
      kind: "redacted",
    };
  }
  const supplier = plan.pool[rng.skewedIndex(plan.pool.length)] as DemoSupplier;
  return paymentTo(plan, rng, supplier, date);
}

/** A payment to a named supplier on a given day. */
function paymentTo(plan: CouncilPlan, rng: Random, supplier: DemoSupplier, date: Day): DemoPayment {
  const area = rng.chance(0.85) ? supplier.area : rng.pick(Object.keys(SERVICES));
  const type = rng.pick(SERVICES[area] as string[]);
  const micros = amountMicros(rng, supplier.scale, plan.subPenny) * (rng.chance(0.02) ? -1 : 1);
  let supplierRef = plan.supplierIds.get(supplier.name) ?? "";
  if (supplier.name.startsWith("British Telecom") && plan.council.slug === "harrowmere") {
    supplierRef = rng.pick(["200003", "241877", "256310"]);
  }
  const name = supplier.aliasOnly?.[plan.council.slug] ?? spell(supplier.name, plan.style);
  return { date, micros, supplier: name, supplierRef, area, type, ref: "", kind: "ordinary" };
}
