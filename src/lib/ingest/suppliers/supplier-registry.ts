// One supplier id across all councils: company number where known, else the normalised name.
// Every distinct published name is an entry (looked up once per row); entries with the same
// matching key, or the same company number, are one supplier.
import type { SupplierAliases } from "../../config/schema.ts";
import { ExactSum } from "../../exact-sum.ts";
import type { Micros } from "../../model.ts";
import { REDACTED_ID, UNNAMED_ID } from "../../tables/supplier-ids.ts";
import type { SUPPLIERS } from "../../tables/suppliers.ts";
import type { RecordOf } from "../../tables/table.ts";
import { isRedactedSupplier, normaliseCompanyNumber, supplierKey, supplierSlug } from "./supplier-names.ts";

export const REDACTED_KEY = "\u0000redacted";
export const UNNAMED_KEY = "\u0000unnamed";

/** One published supplier name and what was published under it. */
export interface NameEntry {
  name: string;
  key: string;
  redacted: boolean;
  count: number;
  payments: number;
  total: ExactSum;
  councils: Set<string>;
  lastCouncil: string;
  companyNumbers: Map<string, number>;
}

/** A supplier as suppliers.csv has it, its total an exact sum. */
export type ResolvedSupplier = RecordOf<typeof SUPPLIERS, bigint>;

export interface Partner {
  slug: string;
  names: string[];
}

export class SupplierRegistry {
  private readonly aliasKey = new Map<string, string>();
  private readonly aliasNumbers = new Map<string, string>();
  private readonly partnerByKey = new Map<string, string>();
  private readonly ids = new Map<string, number>();
  readonly entries: NameEntry[] = [];
  private resolved: Map<string, ResolvedSupplier> | null = null;

  constructor(aliases: SupplierAliases, partners: Partner[]) {
    for (const alias of aliases.aliases) {
      const target = supplierKey(alias.name);
      for (const variant of alias.variants) this.aliasKey.set(supplierKey(variant), target);
      const number = alias.company_number ? normaliseCompanyNumber(alias.company_number) : null;
      if (number) this.aliasNumbers.set(target, number);
    }
    for (const partner of partners) {
      for (const name of partner.names) this.partnerByKey.set(supplierKey(name), partner.slug);
    }
  }

  /** The entry id of a published name (created on first sight). */
  entryOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      const redacted = isRedactedSupplier(name);
      const base = name === "" ? UNNAMED_KEY : redacted ? REDACTED_KEY : supplierKey(name);
      const key = this.aliasKey.get(base) ?? base;
      id =
        this.entries.push({
          name,
          key,
          redacted,
          count: 0,
          payments: 0,
          total: new ExactSum(),
          councils: new Set(),
          lastCouncil: "",
          companyNumbers: new Map(),
        }) - 1;
      this.ids.set(name, id);
      this.resolved = null;
    }
    return id;
  }

  entry(id: number): NameEntry {
    return this.entries[id] as NameEntry;
  }

  /** The partner council a matching key names, or "" when it is not a partner. */
  partnerOf(key: string): string {
    return this.partnerByKey.get(key) ?? "";
  }

  /** Records one occurrence of a published name: a payment when amount is given, else a contract. */
  note(id: number, council: string, amount: Micros | null, companyNumber: string): void {
    const e = this.entries[id] as NameEntry;
    e.count++;
    if (council !== e.lastCouncil) {
      e.councils.add(council);
      e.lastCouncil = council;
    }
    if (amount !== null) {
      e.total.add(amount);
      e.payments++;
    }
    if (companyNumber !== "") {
      const number = normaliseCompanyNumber(companyNumber);
      if (number) e.companyNumbers.set(number, (e.companyNumbers.get(number) ?? 0) + 1);
    }
  }

  /**
   * Records what one council published under a name in its payment files, all at once: the same
   * as noting each payment in turn.
   */
  noteMany(
    id: number,
    council: string,
    payments: number,
    total: bigint,
    companyNumbers: [string, number][],
  ): void {
    const e = this.entries[id] as NameEntry;
    e.count += payments;
    if (council !== e.lastCouncil) {
      e.councils.add(council);
      e.lastCouncil = council;
    }
    addExact(e.total, total);
    e.payments += payments;
    for (const [number, count] of companyNumbers) {
      e.companyNumbers.set(number, (e.companyNumbers.get(number) ?? 0) + count);
    }
  }

  /** The supplier a name entry belongs to; call after every occurrence has been noted. */
  supplierOf(id: number): ResolvedSupplier {
    return this.resolve().get((this.entries[id] as NameEntry).key) as ResolvedSupplier;
  }

  /** Every supplier once, keyed by each of its matching keys. */
  resolve(): Map<string, ResolvedSupplier> {
    if (this.resolved) return this.resolved;
    const byKey = new Map<string, NameEntry[]>();
    for (const e of this.entries) {
      if (e.count === 0) continue;
      const list = byKey.get(e.key);
      if (list) list.push(e);
      else byKey.set(e.key, [e]);
    }
    const groups = new Map<
      string,
      { keys: string[]; entries: NameEntry[]; number: string; partner: string }
    >();
    for (const [key, entries] of byKey) {
      const numbers = new Map<string, number>();
      for (const e of entries)
        for (const [n, c] of e.companyNumbers) numbers.set(n, (numbers.get(n) ?? 0) + c);
      const number = this.aliasNumbers.get(key) ?? mostFrequent(numbers);
      const partner = this.partnerOf(key);
      const id = supplierIdFor(key, number, partner);
      const group = groups.get(id) ?? { keys: [], entries: [], number, partner };
      group.keys.push(key);
      group.entries.push(...entries);
      groups.set(id, group);
    }
    const resolved = new Map<string, ResolvedSupplier>();
    for (const [id, group] of groups) {
      const supplier = mergeEntries(id, group.entries, group.number, group.partner);
      for (const key of group.keys) resolved.set(key, supplier);
    }
    this.resolved = resolved;
    return resolved;
  }
}

const STEP = 2n ** 51n;

/** Adds a bigint to an exact sum (in steps an ExactSum adds exactly). */
function addExact(sum: ExactSum, value: bigint): void {
  let rest = value;
  while (rest > STEP || rest < -STEP) {
    const step = rest > 0n ? STEP : -STEP;
    sum.add(Number(step));
    rest -= step;
  }
  sum.add(Number(rest));
}

function mergeEntries(
  id: string,
  entries: NameEntry[],
  companyNumber: string,
  partner: string,
): ResolvedSupplier {
  const names = new Map<string, number>();
  const councils = new Set<string>();
  let total = 0n;
  let payments = 0;
  for (const e of entries) {
    if (e.name !== "") names.set(e.name, (names.get(e.name) ?? 0) + e.count);
    for (const council of e.councils) councils.add(council);
    total += e.total.value();
    payments += e.payments;
  }
  const name =
    id === REDACTED_ID ? "Redacted" : id === UNNAMED_ID ? "Supplier not published" : mostFrequent(names);
  return {
    id,
    name,
    companyNumber,
    namesPublished: [...names.keys()].sort(),
    councils: [...councils].sort(),
    total,
    paymentCount: payments,
    partnerCouncil: partner,
  };
}

function supplierIdFor(key: string, companyNumber: string, partner: string): string {
  if (key === REDACTED_KEY) return REDACTED_ID;
  if (key === UNNAMED_KEY) return UNNAMED_ID;
  if (partner) return `council-${partner}`;
  if (companyNumber) return companyNumber.toLowerCase();
  const slug = supplierSlug(key);
  // A name slug must never look like a company number or a reserved id.
  return /^[a-z]{0,2}\d{6,8}[a-z]?$/.test(slug) ||
    slug === REDACTED_ID ||
    slug === UNNAMED_ID ||
    slug.startsWith("council-")
    ? `n-${slug}`
    : slug;
}

/** The most frequent entry (ties: alphabetically first); "" when empty. */
function mostFrequent(counts: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
