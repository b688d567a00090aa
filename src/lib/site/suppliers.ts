// The suppliers page's model: how many suppliers, the letter links, and the 25 paid most (partner
// councils and the withheld and unpublished payee groups left out).
import { suppliers } from "../dataset/index.ts";
import type { SupplierRecord } from "../dataset/suppliers.ts";
import { supplierLetterCounts } from "./browse.ts";

export const SUPPLIERS_LISTED = 25;

export interface SuppliersPage {
  count: number;
  letterCounts: Map<string, number>;
  largest: SupplierRecord[];
}

/** The named suppliers paid most, largest first (ties by name). */
export function largestSuppliers(list: readonly SupplierRecord[], n: number): SupplierRecord[] {
  return list
    .filter((s) => !s.partnerCouncil && s.id !== "redacted" && s.id !== "not-published")
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
    .slice(0, n);
}

export function suppliersPage(): SuppliersPage {
  return {
    count: suppliers.length,
    letterCounts: supplierLetterCounts(),
    largest: largestSuppliers(suppliers, SUPPLIERS_LISTED),
  };
}
