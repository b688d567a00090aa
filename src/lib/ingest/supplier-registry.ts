// One supplier id across all councils: company number where known, else the normalised name.
// Collects every name each supplier was published under, its councils and its exact total.
import type { SupplierAliases } from "../config/schema.ts";
import { ExactSum } from "../exact-sum.ts";
import type { Micros } from "../model.ts";
import { normaliseCompanyNumber, supplierKey, supplierSlug } from "./supplier-names.ts";

export const REDACTED_KEY = "\u0000redacted";
export const REDACTED_ID = "redacted";
/** Payments whose supplier cell was left empty by the council: kept, in one group of their own. */
export const UNNAMED_KEY = "\u0000unnamed";
export const UNNAMED_ID = "not-published";

interface KeyStats {
  names: Map<string, number>;
  councils: Set<string>;
  total: ExactSum;
  payments: number;
  companyNumbers: Map<string, number>;
}

export interface ResolvedSupplier {
  id: string;
  name: string;
  companyNumber: string;
  namesPublished: string[];
  councils: string[];
  total: bigint;
  paymentCount: number;
  partnerCouncil: string;
}

export interface Partner {
  slug: string;
  names: string[];
}

export class SupplierRegistry {
  private readonly aliasKey = new Map<string, string>();
  private readonly partnerByKey = new Map<string, string>();
  private readonly stats = new Map<string, KeyStats>();
  private readonly keyCache = new Map<string, string>();
  private resolved: Map<string, ResolvedSupplier> | null = null;

  constructor(aliases: SupplierAliases, partners: Partner[]) {
    for (const alias of aliases.aliases) {
      const target = supplierKey(alias.name);
      for (const variant of alias.variants) this.aliasKey.set(supplierKey(variant), target);
      const number = alias.company_number ? normaliseCompanyNumber(alias.company_number) : null;
      if (number) this.stat(target).companyNumbers.set(number, 1_000_000);
    }
    for (const partner of partners) {
      for (const name of partner.names) this.partnerByKey.set(supplierKey(name), partner.slug);
    }
  }

  /** The matching key of a published name (aliases applied; redacted names share one key). */
  keyOf(name: string, redacted: boolean): string {
    if (redacted) return REDACTED_KEY;
    if (name === "") return UNNAMED_KEY;
    let key = this.keyCache.get(name);
    if (key === undefined) {
      const base = supplierKey(name);
      key = this.aliasKey.get(base) ?? base;
      this.keyCache.set(name, key);
    }
    return key;
  }

  /** The partner council a key names, or "" when it is not a partner. */
  partnerOf(key: string): string {
    return this.partnerByKey.get(key) ?? "";
  }

  private stat(key: string): KeyStats {
    let s = this.stats.get(key);
    if (!s) {
      s = {
        names: new Map(),
        councils: new Set(),
        total: new ExactSum(),
        payments: 0,
        companyNumbers: new Map(),
      };
      this.stats.set(key, s);
    }
    return s;
  }

  /** Records one published occurrence (a payment when amount is given, else a contract). */
  note(
    key: string,
    publishedName: string,
    council: string,
    amount: Micros | null,
    companyNumber: string,
  ): void {
    const s = this.stat(key);
    if (publishedName !== "") s.names.set(publishedName, (s.names.get(publishedName) ?? 0) + 1);
    s.councils.add(council);
    if (amount !== null) {
      s.total.add(amount);
      s.payments++;
    }
    const number = companyNumber ? normaliseCompanyNumber(companyNumber) : null;
    if (number) s.companyNumbers.set(number, (s.companyNumbers.get(number) ?? 0) + 1);
  }

  /** Supplier id of a key; call after every occurrence has been noted. */
  idOf(key: string): string {
    const supplier = this.resolve().get(key);
    if (!supplier) throw new Error(`supplier key never noted: ${key}`);
    return supplier.id;
  }

  /** Every supplier once, keyed by each of its matching keys. */
  resolve(): Map<string, ResolvedSupplier> {
    if (this.resolved) return this.resolved;
    const byId = new Map<string, { keys: string[]; number: string; partner: string }>();
    for (const [key, s] of this.stats) {
      const number = mostFrequent(s.companyNumbers);
      const partner = this.partnerOf(key);
      const id = supplierIdFor(key, number, partner);
      const group = byId.get(id) ?? { keys: [], number, partner };
      group.keys.push(key);
      byId.set(id, group);
    }
    const resolved = new Map<string, ResolvedSupplier>();
    for (const [id, group] of byId) {
      const names = new Map<string, number>();
      const councils = new Set<string>();
      let total = 0n;
      let payments = 0;
      for (const key of group.keys) {
        const s = this.stats.get(key) as KeyStats;
        for (const [name, count] of s.names) names.set(name, (names.get(name) ?? 0) + count);
        for (const council of s.councils) councils.add(council);
        total += s.total.value();
        payments += s.payments;
      }
      const supplier: ResolvedSupplier = {
        id,
        name:
          id === REDACTED_ID
            ? "Redacted"
            : id === UNNAMED_ID
              ? "Supplier not published"
              : mostFrequent(names),
        companyNumber: group.number,
        namesPublished: [...names.keys()].sort(),
        councils: [...councils].sort(),
        total,
        paymentCount: payments,
        partnerCouncil: group.partner,
      };
      for (const key of group.keys) resolved.set(key, supplier);
    }
    this.resolved = resolved;
    return resolved;
  }
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
