// The overview page's model: the partnership, how many files and records were read, each partner
// with how current its payments are, spend by council and year, the per-resident chart of the latest
// year, the largest suppliers and the newest contracts.
import {
  aggregates,
  contracts,
  councils,
  financialYears,
  partnership,
  payments,
  qualityTotals,
} from "../dataset/index.ts";
import { formatMonth } from "../format.ts";
import type { ChartEntry } from "../published-charts/entry.ts";
import { type HomeView, homeView } from "../views/home.ts";
import { chartOf } from "./charts.ts";
import { councilSpans, supplierName } from "./partners.ts";

export interface HomePage extends HomeView {
  name: string;
  description: string;
  /** Partner councils, and the published files read with their records kept and set aside. */
  councilCount: number;
  files: number;
  kept: number;
  setAside: number;
  /** Each partner, with how current its payments are: ", payments to April 2025". */
  partners: { slug: string; name: string; latest: string }[];
  /** The latest financial year ("" with none), and its per-resident chart. */
  latestYear: string;
  perResident: ChartEntry | undefined;
}

/** ", payments to April 2025": the month of a council's latest published payment. */
export function latestPaymentsText(last: string | undefined): string {
  return last ? `, payments to ${formatMonth(last.slice(0, 7))}` : ", no payments read yet";
}

export function homePage(): HomePage {
  const latestYear = financialYears.at(-1) ?? "";
  return {
    ...homeView({
      payments,
      aggregates,
      contracts,
      councilOrder: councils.map((c) => c.slug),
      financialYears,
      supplierName,
    }),
    name: partnership.name,
    description: partnership.description,
    councilCount: councils.length,
    files: qualityTotals.files,
    kept: qualityTotals.accepted,
    setAside: qualityTotals.rejected,
    partners: councils.map((c) => ({
      slug: c.slug,
      name: c.name,
      latest: latestPaymentsText(councilSpans.get(c.slug)?.last),
    })),
    latestYear,
    perResident: chartOf(`per-resident/all/${latestYear}`),
  };
}
