// The shared-suppliers page's model: suppliers paid separately by two or more partners, how much in
// all and how much of it is not yet under a joint contract, its chart, and the table of the largest
// (who pays each, the largest payer's share, its joint contracts); and shared-suppliers.csv.
import type { ContractRecord } from "../dataset/contracts.ts";
import { count } from "../format.ts";
import { SUPPLIER_CHARTS } from "../published-charts/catalogue.ts";
import type { ChartEntry } from "../published-charts/entry.ts";
import { sharedSuppliersCsv } from "../published-charts/shared-csv.ts";
import { shareText } from "../published-charts/shares.ts";
import { chartCatalogue } from "./charts.ts";
import { councilList } from "./partners.ts";

/** Shared suppliers listed in the page's table, largest first (all are in the CSV). */
export const SHARED_LISTED = 200;

export interface SharedSupplierRow {
  id: string;
  name: string;
  /** "Alpha, Beta" or "All 5 partners". */
  paidBy: string;
  combined: bigint;
  /** The largest payer's share of the combined spend ("62.5%"), or "–". */
  largestShare: string;
  jointContracts: ContractRecord[];
}

export interface SharedSuppliersPage {
  chart: ChartEntry;
  /** Shared suppliers, and those already under a contract listing two or more partners. */
  count: number;
  covered: number;
  /** Their combined spend, and the part not under such a contract. */
  combined: bigint;
  uncovered: bigint;
  /** How many have a chart on their own page. */
  charted: number;
  tableCaption: string;
  rows: SharedSupplierRow[];
}

export function sharedSuppliersPage(): SharedSuppliersPage {
  const shared = chartCatalogue().shared;
  const listed = shared.slice(0, SHARED_LISTED);
  const uncovered = shared.filter((s) => s.jointContracts.length === 0);
  return {
    chart: chartCatalogue().chart("shared-suppliers/top") as ChartEntry,
    count: shared.length,
    covered: shared.length - uncovered.length,
    combined: shared.reduce((a, s) => a + s.combined, 0n),
    uncovered: uncovered.reduce((a, s) => a + s.combined, 0n),
    charted: Math.min(SUPPLIER_CHARTS, shared.length),
    tableCaption: `${listed.length < shared.length ? `The ${listed.length} largest of ${count(shared.length)} shared suppliers` : "Shared suppliers"}, by combined spend, all years`,
    rows: listed.map((s) => {
      const largest = s.byCouncil.reduce((a, b) => (b.total > a.total ? b : a));
      return {
        id: s.id,
        name: s.name,
        paidBy: councilList(s.byCouncil.map((c) => c.slug)),
        combined: s.combined,
        largestShare: shareText(largest.total, s.combined) ?? "–",
        jointContracts: s.jointContracts,
      };
    }),
  };
}

/** data/shared-suppliers.csv. */
export const sharedSuppliersCsvText = (): string => sharedSuppliersCsv(chartCatalogue().shared);
