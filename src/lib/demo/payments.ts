// Payments of one fictional council, month by month: a long tail of suppliers, the joint waste
// contract, the shared ICT service and its recharges, redactions, credits and year-end bunching.
import {
  COUNCILS,
  type DemoCouncil,
  type DemoSupplier,
  REDACTION_WORDINGS,
  SERVICES,
  spelling,
} from "./catalogue.ts";
import type { DemoPayment, Publisher } from "./formats.ts";
import type { Random } from "./random.ts";

export const FIRST_YEAR = 2022;
export const MONTHS = 36;
export const ICT_START = { year: 2023, month: 10 };
export const ICT_PARTNERS = ["harrowmere", "kestwick", "ashvale"];
const AREAS = Object.keys(SERVICES);

export interface CouncilPlan {
  council: DemoCouncil;
  publisher: Publisher;
  suppliers: DemoSupplier[];
  /** Payments per ordinary month. */
  perMonth: number;
}

export function monthAt(index: number): { year: number; month: number } {
  const m = 3 + index;
  return { year: FIRST_YEAR + Math.floor(m / 12), month: (m % 12) + 1 };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function amountMicros(rng: Random, subPenny: boolean): number {
  const pounds = Math.min(240_000, Math.round(500 * Math.exp(rng.next() ** 1.7 * 5.5)));
  const pence = rng.int(0, 99);
  const extra = subPenny && rng.chance(0.04) ? rng.int(1, 99) * 100 : 0;
  return pounds * 1_000_000 + pence * 10_000 + extra;
}

function redactedName(council: DemoCouncil, rng: Random): string {
  if (council.slug === "harrowmere") return "REDACTED UNDER DP ACT";
  if (council.slug === "brackenridge") return rng.pick(REDACTION_WORDINGS.slice(3));
  return rng.pick(REDACTION_WORDINGS.slice(1, 3));
}

/** The payments one council makes in one month, in date order. */
export function monthPayments(
  plan: CouncilPlan,
  index: number,
  rng: Random,
  nextRef: () => string,
): DemoPayment[] {
  const { year, month } = monthAt(index);
  const { council, publisher } = plan;
  const count = Math.round(plan.perMonth * (month === 3 ? 1.5 : 1));
  const payments: DemoPayment[] = [];
  const make = (
    supplier: string,
    micros: number,
    area: string,
    type: string,
    supplierRef: string,
    day?: number,
  ) =>
    payments.push({
      year,
      month,
      day: day ?? rng.int(1, daysIn(year, month)),
      micros,
      supplier,
      area,
      type,
      ref: nextRef(),
      supplierRef,
    });
  for (let i = 0; i < count; i++) {
    if (rng.chance(0.03)) {
      make(
        redactedName(council, rng),
        amountMicros(rng, false),
        "Housing",
        rng.pick(SERVICES.Housing as string[]),
        "900001",
      );
      continue;
    }
    const s = rng.skewedIndex(plan.suppliers.length);
    const supplier = plan.suppliers[s] as DemoSupplier;
    const area = AREAS[(s + (rng.chance(0.2) ? 1 : 0)) % AREAS.length] as string;
    const type = rng.pick(SERVICES[area] as string[]);
    const variant =
      supplier.variants && council.slug === "kestwick" ? (supplier.variants[0] as string) : supplier.name;
    let micros = amountMicros(rng, council.slug === "brackenridge");
    if (rng.chance(0.02)) micros = -micros;
    make(spelling(variant, publisher.nameStyle), micros, area, type, String(200000 + s));
  }
  // The joint waste contract let by Harrowmere for all five partners: a monthly payment each.
  const share = Math.round((council.population / 100) * 1_000_000 * 26);
  make(
    spelling("Greenline Waste Services Ltd", publisher.nameStyle),
    share,
    "Waste & Recycling",
    "Contract Payments",
    "200000",
    20,
  );
  // The shared ICT service: Harrowmere pays the provider; the other partners pay Harrowmere back.
  const ictStarted = year > ICT_START.year || (year === ICT_START.year && month >= ICT_START.month);
  if (ictStarted && council.slug === "harrowmere") {
    make(
      spelling("Meridian Digital Ltd", publisher.nameStyle),
      118_000_000_000,
      "ICT",
      "Shared Service Recharge",
      "200001",
      15,
    );
  } else if (ictStarted && ICT_PARTNERS.includes(council.slug)) {
    const lead = COUNCILS[0] as DemoCouncil;
    make(lead.name, 39_333_330_000, "ICT", "Shared Service Recharge", "300001", 25);
  }
  return payments.sort(
    (a, b) => a.day - b.day || (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0),
  );
}
