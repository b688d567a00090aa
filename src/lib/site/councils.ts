// The councils page's model: each partner with its population and the payments it published (kept,
// and their total as the ingest summed it).
import { type Council, councils, qualityByCouncil } from "../dataset/index.ts";

export interface CouncilRow {
  slug: string;
  name: string;
  population: Council["population"];
  kept: number;
  /** Decimal pounds. */
  amountTotal: string;
}

export function councilsPage(): { rows: CouncilRow[] } {
  const byCouncil = new Map(qualityByCouncil.map((q) => [q.council, q]));
  return {
    rows: councils.map((c) => ({
      slug: c.slug,
      name: c.name,
      population: c.population,
      kept: byCouncil.get(c.slug)?.accepted ?? 0,
      amountTotal: byCouncil.get(c.slug)?.amount_total ?? "0",
    })),
  };
}
