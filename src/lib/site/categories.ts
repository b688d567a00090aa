// A service category's page model (one per category with spend): its per-resident chart for the
// latest year, its trend by quarter, and links to its other charts (by month and year, earlier years).
import type { ChartEntry } from "../published-charts/entry.ts";
import { GRANULARITIES, granularityName } from "../published-charts/periods.ts";
import { chartCatalogue, chartOf } from "./charts.ts";

/** One page per service category with spend. */
export const categoryPaths = () =>
  chartCatalogue().cube.categories.map((c) => ({ params: { id: c.id }, props: { name: c.name } }));

export interface CategoryPage {
  id: string;
  name: string;
  /** The latest financial year with a per-resident chart, and that chart. */
  latest: string;
  perResident: ChartEntry;
  trend: ChartEntry;
  /** Its other charts: the trend by month and by year, and the earlier years per resident (newest first). */
  trendViews: { path: string; text: string }[];
  earlierYears: { path: string; text: string }[];
}

export function categoryPage(id: string, name: string): CategoryPage {
  const years = chartCatalogue()
    .ids.filter((i) => i.startsWith(`per-resident/${id}/`))
    .map((i) => i.split("/")[2] as string);
  const latest = years.at(-1) ?? "";
  return {
    id,
    name,
    latest,
    perResident: chartOf(`per-resident/${id}/${latest}`) as ChartEntry,
    trend: chartOf(`trend/${id}/quarterly`) as ChartEntry,
    trendViews: GRANULARITIES.filter((g) => g !== "quarterly").map((g) => ({
      path: `embed/trend/${id}/${g}/`,
      text: `Payments ${granularityName[g]}`,
    })),
    earlierYears: years
      .slice(0, -1)
      .reverse()
      .map((y) => ({ path: `embed/per-resident/${id}/${y}/`, text: `Spend per resident, ${y}` })),
  };
}
