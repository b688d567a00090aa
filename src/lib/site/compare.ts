// The compare page's model: the table of exact totals the chart island draws from, its default
// choice (every council, all spend, the latest year, per resident) with that chart's id, and the
// services with their own pages.
import { councils } from "../dataset/index.ts";
import {
  type CompareChoice,
  type CompareData,
  compareData,
  defaultChoice,
} from "../published-charts/compare.ts";
import { chartCatalogue } from "./charts.ts";

export interface ComparePage {
  data: CompareData;
  initial: CompareChoice;
  /** The default chart's id: "per-resident/all/2024-25". */
  defaultId: string;
  /** The service categories (without "all"). */
  services: { id: string; name: string }[];
}

export function comparePage(): ComparePage {
  const data = compareData(chartCatalogue().cube, councils);
  const initial = defaultChoice(data);
  return {
    data,
    initial,
    defaultId: `per-resident/all/${initial.years[0] ?? ""}`,
    services: data.categories.filter((c) => c.id !== "all"),
  };
}
