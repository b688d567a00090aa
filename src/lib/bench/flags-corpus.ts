// A generated ledger for measuring the duplicate-payment indicator (deterministic: the same seed gives
// the same payments): realistic noise that must raise few questions (weekly care payments, several
// clients of one home on one fee; monthly rents; utility direct debits of equal amounts for many
// sites; credit notes and their re-issued invoices; fixed-price orders, a few paid by cheque) with
// true duplicates planted in it (the same invoice paid twice a few days apart, a transposed invoice
// number, the same invoice through a second payment run, a padded reference). bench:flags prints
// the recall and rank of the planted ones and the flags per 10,000 noise payments
// (flags-precision.ts); a test checks the same on a small corpus.

import { Random } from "../demo/random.ts";
import type { FlagInput } from "../flags/engine/context.ts";
import { FlagPaymentsBuilder } from "../flags/engine/payments.ts";
import { PAYMENTS, type PaymentColumn } from "../tables/payments.ts";

const DAY = 86_400_000;
const START = Date.UTC(2023, 3, 1);
/** Two financial years. */
const DAYS = 731;

export const PLANTED_KINDS = ["paid-twice", "transposed", "second-run", "padded"] as const;
export type PlantedKind = (typeof PLANTED_KINDS)[number];

export interface PlantedDuplicate {
  kind: PlantedKind;
  council: string;
  /** payments.csv ids of the original payment and of its duplicate. */
  ids: [string, string];
}

export interface FlagsCorpus {
  input: FlagInput;
  planted: PlantedDuplicate[];
  /** Payments that are not planted duplicates (the originals of the planted ones included). */
  noise: number;
}

export interface CorpusOptions {
  /** Noise payments per council (about). */
  payments: number;
  councils: number;
  /** Planted duplicates of each kind per council. */
  perKind: number;
  seed: number;
}

const iso = (day: number): string => new Date(START + day * DAY).toISOString().slice(0, 10);
const financialYear = (date: string): string => {
  const year = Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);
  return `${year}-${String(year + 1).slice(2)}`;
};
const money = (pence: number): string =>
  `${pence < 0 ? "-" : ""}${Math.floor(Math.abs(pence) / 100)}.${String(Math.abs(pence) % 100).padStart(2, "0")}`;

/** Standard weekly care fees (pence): many clients of one home pay the same. */
const CARE_FEES = [61_250, 65_000, 70_000, 72_575, 84_525, 91_000, 1_05_000];

/** One council's payments, added to a table shared by every council; its own reference counters. */
class Ledger {
  private readonly builder: FlagPaymentsBuilder;
  private readonly counters = new Map<string, number>();
  private rows = 0;
  private readonly council: string;

  constructor(council: string, builder: FlagPaymentsBuilder) {
    this.council = council;
    this.builder = builder;
  }

  /** The next reference of a payment series ("AP4000123"). */
  ref(series: string): string {
    const next = (this.counters.get(series) ?? 0) + 1;
    this.counters.set(series, next);
    return `${series}${1_000_000 + next * 7}`;
  }

  /** Adds a payment; returns its id. */
  add(day: number, pence: number, supplier: string, ref: string, area: string): string {
    const date = iso(day);
    const id = `${this.council}-${++this.rows}`;
    const row: Partial<Record<PaymentColumn, string>> = {
      id,
      council: this.council,
      date,
      financial_year: financialYear(date),
      amount: money(pence),
      supplier_id: supplier,
      supplier: supplier.toUpperCase(),
      redacted: "false",
      partner_payment: "false",
      expense_area: area,
      transaction_ref: ref,
      possible_duplicate: "false",
      source_file: `spend/${date.slice(0, 7)}.csv`,
      source_line: String(this.rows + 1),
    };
    this.builder.add(
      PAYMENTS.names.map((c) => row[c] ?? ""),
      PAYMENTS.at,
      "corpus",
    );
    return id;
  }

  get size(): number {
    return this.rows;
  }
}

/** Log-uniform pence between two amounts in pounds. */
const amountBetween = (rand: () => number, low: number, high: number): number =>
  Math.round(Math.exp(Math.log(low) + rand() * (Math.log(high) - Math.log(low))) * 100);

/** Suppliers of orders for a council of `payments` payments: about 40 orders each. */
const supplierCount = (payments: number): number =>
  Math.min(400, Math.max(20, Math.round((payments * 0.35) / 40)));

/** The noise of one council: about `payments` payments. */
function addNoise(ledger: Ledger, rand: () => number, payments: number): void {
  const suppliers = supplierCount(payments);
  const weeks = Math.floor(DAYS / 7);
  // Weekly care (45%): homes with clients on standard fees, paid every Monday.
  const clients = Math.max(1, Math.round((payments * 0.45) / weeks));
  const homes = Math.max(1, Math.round(clients / 6));
  const clientFee = Array.from(
    { length: clients },
    () => CARE_FEES[Math.floor(rand() * CARE_FEES.length)] as number,
  );
  for (let w = 0; w < weeks; w++)
    for (let c = 0; c < clients; c++)
      ledger.add(w * 7, clientFee[c] as number, `care-home-${c % homes}`, ledger.ref("CARE"), "Adult Care");
  // Monthly rents (5%) and utility direct debits (10%, half of the sites on one standard amount).
  const months = Math.floor(DAYS / 30.4);
  const rents = Math.max(1, Math.round((payments * 0.05) / months));
  const sites = Math.max(1, Math.round((payments * 0.1) / months));
  const rent = Array.from({ length: rents }, () => amountBetween(rand, 400, 6_000));
  const siteAmount = Array.from({ length: sites }, (_, s) =>
    s % 2 === 0 ? 12_500 : amountBetween(rand, 40, 900),
  );
  for (let m = 0; m < months; m++) {
    const day = Math.round(m * 30.4);
    for (let r = 0; r < rents; r++)
      ledger.add(day, rent[r] as number, `landlord-${r}`, ledger.ref("AP"), "Housing");
    for (let s = 0; s < sites; s++)
      ledger.add(day + 2, siteAmount[s] as number, `utility-${s % 3}`, ledger.ref("DD"), "Property");
  }
  // Credit notes and their re-issued invoices (5%, in threes): invoice, credit, re-issue.
  for (let k = 0; k < Math.round((payments * 0.05) / 3); k++) {
    const day = Math.floor(rand() * (DAYS - 30));
    const pence = amountBetween(rand, 150, 8_000);
    const supplier = `supplier-${Math.floor(rand() * suppliers)}`;
    const invoice = ledger.ref("AP");
    ledger.add(day, pence, supplier, invoice, "Highways");
    ledger.add(day + 3 + Math.floor(rand() * 10), -pence, supplier, ledger.ref("CN"), "Highways");
    // Re-issued under the same invoice's reference, or a new one.
    ledger.add(
      day + 7 + Math.floor(rand() * 10),
      pence,
      supplier,
      rand() < 0.5 ? invoice : ledger.ref("AP"),
      "Highways",
    );
  }
  // Orders (35%): suppliers on weekly runs; a third sell at fixed prices; a few paid by cheque.
  const orders = Math.round(payments * 0.35);
  const fixed = Array.from({ length: suppliers }, () =>
    rand() < 0.33 ? amountBetween(rand, 120, 4_000) : 0,
  );
  for (let k = 0; k < orders; k++) {
    const s = Math.floor(rand() * suppliers);
    const day = Math.floor((rand() * DAYS) / 7) * 7 + 3;
    const pence = (fixed[s] as number) > 0 ? (fixed[s] as number) : amountBetween(rand, 100, 25_000);
    // A cheque goes out on the run's day or the next.
    const cheque = rand() < 0.03;
    ledger.add(
      cheque ? day + Math.floor(rand() * 2) : day,
      pence,
      `supplier-${s}`,
      ledger.ref(cheque ? "CHQ" : "AP"),
      "Highways",
    );
  }
}

/** A reference with two neighbouring digits swapped (its last two that differ). */
function transposed(ref: string): string {
  for (let i = ref.length - 2; i > 0; i--) {
    if (ref[i] !== ref[i + 1]) return `${ref.slice(0, i)}${ref[i + 1]}${ref[i]}${ref.slice(i + 2)}`;
  }
  return `${ref}X`;
}

/** One planted duplicate: an invoice paid, then paid again by the kind's mistake. */
function plant(
  ledger: Ledger,
  rand: () => number,
  kind: PlantedKind,
  council: string,
  suppliers: number,
): PlantedDuplicate {
  const supplier = `supplier-${Math.floor(rand() * suppliers)}`;
  const day = Math.floor((rand() * (DAYS - 30)) / 7) * 7 + 3;
  const pence = amountBetween(rand, 300, 30_000);
  const ref = ledger.ref("AP");
  const first = ledger.add(day, pence, supplier, ref, "Highways");
  const later = day + 2 + Math.floor(rand() * 6);
  const second =
    kind === "paid-twice"
      ? ledger.add(later, pence, supplier, ref, "Highways")
      : kind === "transposed"
        ? ledger.add(later, pence, supplier, transposed(ref), "Highways")
        : kind === "second-run"
          ? ledger.add(day, pence, supplier, ledger.ref("CHAPS"), "Highways")
          : ledger.add(later, pence, supplier, `${ref.slice(0, 2)}-0${ref.slice(2)}`, "Highways");
  return { kind, council, ids: [first, second] };
}

export function flagsCorpus({ payments, councils, perKind, seed }: CorpusOptions): FlagsCorpus {
  const seeded = new Random(seed);
  const rand = () => seeded.next();
  const slugs = Array.from({ length: councils }, (_, i) => `council-${i + 1}`);
  const builder = new FlagPaymentsBuilder();
  const planted: PlantedDuplicate[] = [];
  let size = 0;
  for (const slug of slugs) {
    const ledger = new Ledger(slug, builder);
    addNoise(ledger, rand, payments);
    for (let k = 0; k < perKind; k++)
      for (const kind of PLANTED_KINDS)
        planted.push(plant(ledger, rand, kind, slug, supplierCount(payments)));
    size += ledger.size;
  }
  return {
    input: {
      payments: builder.done(),
      councils: slugs.map((slug, i) => ({ slug, name: `Council ${i + 1}` })),
      contracts: [],
    },
    planted,
    noise: size - planted.length,
  };
}
