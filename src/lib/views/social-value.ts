// Social value per council and financial year, measured the way the LocalGov Procurement Index
// (Tussell) measures it: the share of spend, and of contract value, with small and medium-sized
// enterprises (SMEs), with voluntary, community and social enterprises (VCSEs), and with suppliers
// local to the council. A supplier's status comes only from what is published about it: register
// flags (SME, VCSE, postcode), OCDS notices (details.scale, details.vcse, postcode, charity
// identifiers) and company numbers (CE/CS: a charitable incorporated organisation). What nothing
// publishes is counted as unknown, never as "not SME" or "not local".
import type { RegisterEntry } from "../dataset/contracts.ts";
import type { Micros } from "../model.ts";
import type { OcdsContract, OcdsSupplier } from "../ocds/model.ts";

export type Status = "yes" | "no" | "unknown";
export const DIMENSIONS = ["sme", "vcse", "local"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Evidence about one supplier: votes for and against each of SME and VCSE, and its postcodes. */
interface Evidence {
  sme: [number, number];
  vcse: [number, number];
  postcodes: Set<string>;
}

const SME_SCALES = new Set(["sme", "micro", "small", "medium"]);

/** The postcode area: the letters before the first digit (EX4 1AA → EX). */
export const postcodeArea = (postcode: string): string | null =>
  /^\s*([A-Za-z]{1,2})\d/.exec(postcode)?.[1]?.toUpperCase() ?? null;

/** A company number of a charitable incorporated organisation (CE England and Wales, CS Scotland). */
export const isCharitableCompany = (companyNumber: string): boolean => /^C[ES]\d{6}$/i.test(companyNumber);

const vote = (pair: [number, number], value: boolean | null) => {
  if (value === true) pair[0]++;
  else if (value === false) pair[1]++;
};
const verdict = ([yes, no]: [number, number]): Status => (yes > no ? "yes" : no > yes ? "no" : "unknown");

/** What is published about each supplier, by supplier id. */
export class SupplierEvidence {
  private readonly bySupplier = new Map<string, Evidence>();

  private of(id: string): Evidence {
    let e = this.bySupplier.get(id);
    if (!e) {
      e = { sme: [0, 0], vcse: [0, 0], postcodes: new Set() };
      this.bySupplier.set(id, e);
    }
    return e;
  }

  addRegister(
    entry: Pick<RegisterEntry, "supplierId" | "sme" | "vcse" | "supplierPostcode" | "companyNumber">,
  ): void {
    if (entry.supplierId === "") return;
    const e = this.of(entry.supplierId);
    vote(e.sme, entry.sme);
    vote(e.vcse, entry.vcse ?? (isCharitableCompany(entry.companyNumber) ? true : null));
    if (entry.supplierPostcode) e.postcodes.add(entry.supplierPostcode);
  }

  addNotice(supplier: OcdsSupplier): void {
    if (!supplier.supplier_id) return;
    const e = this.of(supplier.supplier_id);
    if (supplier.scale) vote(e.sme, SME_SCALES.has(supplier.scale.value.toLowerCase()));
    const charity = supplier.charity_number !== null || isCharitableCompany(supplier.company_number ?? "");
    vote(e.vcse, supplier.vcse?.value ?? (charity ? true : null));
    if (supplier.postcode) e.postcodes.add(supplier.postcode.value);
  }

  addCompanyNumber(id: string, companyNumber: string): void {
    if (isCharitableCompany(companyNumber)) vote(this.of(id).vcse, true);
  }

  /** The supplier's status on each dimension for a council whose local areas are `areas`. */
  statusOf(id: string, areas: ReadonlySet<string> | null): Record<Dimension, Status> {
    const e = this.bySupplier.get(id);
    if (!e) return { sme: "unknown", vcse: "unknown", local: "unknown" };
    return { sme: verdict(e.sme), vcse: verdict(e.vcse), local: localStatus(e.postcodes, areas) };
  }
}

/** Local when a published postcode is in one of the council's areas; unknown without a postcode or areas. */
function localStatus(postcodes: ReadonlySet<string>, areas: ReadonlySet<string> | null): Status {
  if (!areas) return "unknown";
  const known = [...postcodes].map(postcodeArea).filter((a): a is string => a !== null);
  if (known.length === 0) return "unknown";
  return known.some((a) => areas.has(a)) ? "yes" : "no";
}

/** One council's year on one measure: the total and, per dimension, the amounts yes and unknown. */
export interface SocialValueFigure {
  council: string;
  financialYear: string;
  measure: "spend" | "contract_value";
  total: bigint;
  count: number;
  yes: Record<Dimension, bigint>;
  unknown: Record<Dimension, bigint>;
}

const zero = (): Record<Dimension, bigint> => ({ sme: 0n, vcse: 0n, local: 0n });

/** Accumulates amounts by council, year and measure. */
export class SocialValueTally {
  private readonly figures = new Map<string, SocialValueFigure>();

  add(
    council: string,
    year: string,
    measure: SocialValueFigure["measure"],
    micros: Micros,
    status: Record<Dimension, Status>,
  ): void {
    const key = `${council}\u0000${year}\u0000${measure}`;
    let f = this.figures.get(key);
    if (!f) {
      f = { council, financialYear: year, measure, total: 0n, count: 0, yes: zero(), unknown: zero() };
      this.figures.set(key, f);
    }
    const amount = BigInt(micros);
    f.total += amount;
    f.count++;
    for (const d of DIMENSIONS) {
      if (status[d] === "yes") f.yes[d] += amount;
      else if (status[d] === "unknown") f.unknown[d] += amount;
    }
  }

  /** Every figure, by council order, then year, then measure (spend first). */
  all(councilOrder: readonly string[]): SocialValueFigure[] {
    const order = new Map(councilOrder.map((c, i) => [c, i]));
    return [...this.figures.values()].sort(
      (a, b) =>
        (order.get(a.council) ?? 99) - (order.get(b.council) ?? 99) ||
        a.financialYear.localeCompare(b.financialYear) ||
        (a.measure === b.measure ? 0 : a.measure === "spend" ? -1 : 1),
    );
  }
}

/** Percent with one decimal of part in total ("" when the total is not positive). */
export function percentOf(part: bigint, total: bigint): string {
  if (total <= 0n) return "";
  const tenths = (part * 1000n + total / 2n) / total;
  return `${tenths / 10n}.${tenths % 10n}`;
}

/** The financial year (2024-25) a yyyy-mm-dd date is in. */
export function financialYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

/** The value a notice with no register entry adds to its council's contract value, and its supplier. */
export function noticeAward(
  notice: OcdsContract,
): { micros: Micros; start: string; supplier: OcdsSupplier | undefined } | null {
  const award = notice.awards[0];
  const micros = award?.value?.value.micros ?? notice.tender_value?.value.micros;
  const start = (award?.start_date?.value ?? notice.start_date?.value ?? award?.date?.value ?? "").slice(
    0,
    10,
  );
  if (micros === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  return { micros, start, supplier: award?.suppliers.length === 1 ? award.suppliers[0] : undefined };
}
