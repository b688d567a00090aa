// The partnership's arrangements: the list page's model (each with its partners and start), and each
// arrangement's page model (its partners, its declared savings target in words, its chart of spend
// before and after, and the contracts declared for it).
import type { ContractRecord } from "../dataset/contracts.ts";
import { contracts, partnership } from "../dataset/index.ts";
import { formatPounds } from "../money.ts";
import type { Arrangement } from "../published-charts/catalogue.ts";
import type { ChartEntry } from "../published-charts/entry.ts";
import { chartOf } from "./charts.ts";
import { councilList, councilName } from "./partners.ts";

const arrangements = (): Arrangement[] => partnership.arrangements ?? [];

export interface ArrangementsPage {
  name: string;
  arrangements: (Arrangement & { partnersText: string })[];
}

export function arrangementsPage(): ArrangementsPage {
  return {
    name: partnership.name,
    arrangements: arrangements().map((a) => ({ ...a, partnersText: councilList(a.partners) })),
  };
}

/** One page per arrangement. */
export const arrangementPaths = () =>
  arrangements().map((a) => ({ params: { id: a.id }, props: { arrangement: a } }));

export interface ArrangementPage {
  arrangement: Arrangement;
  partners: { slug: string; name: string }[];
  /** "£10,000 a year, shared equally", as declared; null when none is. */
  target: string | null;
  chart: ChartEntry | undefined;
  /** Contracts declared for it. */
  under: ContractRecord[];
}

/** The declared savings target in words: "£10,000 a year, shared equally". */
export function savingsTargetText(target: NonNullable<Arrangement["savings_target"]>): string {
  return `${formatPounds(BigInt(Math.round(target.amount * 1e6)))} ${target.per === "year" ? "a year" : "in total"}${target.shared ? `, shared ${target.shared}` : ""}`;
}

export function arrangementPage(arrangement: Arrangement): ArrangementPage {
  const target = arrangement.savings_target;
  return {
    arrangement,
    partners: arrangement.partners.map((slug) => ({ slug, name: councilName(slug) })),
    target: target ? savingsTargetText(target) : null,
    chart: chartOf(`arrangement/${arrangement.id}`),
    under: contracts.filter((c) => c.arrangement?.id === arrangement.id),
  };
}
