// Social value charts: for one dimension (SME, VCSE, local), each council's share of its spend in the
// latest financial year with such suppliers, beside the national figure the LocalGov Procurement
// Index gives for 2022. The part nothing published a status for is given beside each share.
import { describeBars } from "../charts/describe.ts";
import { drawn } from "../charts/drawing.ts";
import { barTable, withColumns } from "../charts/table.ts";
import { formatDecimal, formatPounds } from "../money.ts";
import { plain } from "../tables/csv-write.ts";
import { type Dimension, percentOf, type SocialValueFigure } from "../views/social-value.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";

/** The dimensions, how each is named, and its share of English councils' spend in 2022 (Tussell). */
export const SOCIAL_VALUE_DIMENSIONS: readonly { id: Dimension; name: string; national: string }[] = [
  { id: "sme", name: "small and medium-sized enterprises (SMEs)", national: "35" },
  { id: "vcse", name: "voluntary, community and social enterprises (VCSEs)", national: "10" },
  { id: "local", name: "local suppliers", national: "46" },
];

export interface SocialValueChartInput {
  figures: readonly SocialValueFigure[];
  dimension: Dimension;
  councilName: (slug: string) => string;
  hostPath: string;
}

/** Tenths of a percent as a bigint, for describeBars. */
const tenths = (part: bigint, total: bigint) => (total > 0n ? (part * 1000n + total / 2n) / total : 0n);
const percentText = (t: bigint) => `${t / 10n}.${t % 10n}%`;

/** The chart for one dimension over the latest year with spend, or null when there is no spend. */
export function socialValueEntry(input: SocialValueChartInput): ChartEntry | null {
  const spend = input.figures.filter((f) => f.measure === "spend" && f.total > 0n);
  const year =
    spend
      .map((f) => f.financialYear)
      .sort()
      .at(-1) ?? "";
  if (year === "") return null;
  const dim = SOCIAL_VALUE_DIMENSIONS.find((d) => d.id === input.dimension) ?? SOCIAL_VALUE_DIMENSIONS[0];
  const rows = spend.filter((f) => f.financialYear === year);
  const id = `social-value/${input.dimension}`;
  const title = `Share of spend with ${dim?.name} in ${year}`;
  const data = rows.map((f) => ({
    label: input.councilName(f.council),
    value: Number(tenths(f.yes[input.dimension], f.total)) / 10,
    display: percentText(tenths(f.yes[input.dimension], f.total)),
  }));
  const described = rows.map((f) => ({
    label: input.councilName(f.council),
    micros: tenths(f.yes[input.dimension], f.total),
  }));
  const table = barTable(title, "Council", "Share of spend", data);
  return {
    id,
    title,
    caption: `Each council's spend in ${year} with suppliers published as ${dim?.name}, as a share of all its spend. Nationally, English councils spent ${dim?.national}% with ${dim?.name} in 2022 (LocalGov Procurement Index, Tussell).`,
    hostPath: input.hostPath,
    ...drawn({
      kind: "bars",
      percent: true,
      options: { id: chartDomId(id), title, desc: describeBars(described, { format: percentText }), data },
    }),
    table: withColumns(
      table,
      ["Spend", "Status not published"],
      rows.map((f) => [formatPounds(f.total), `${percentOf(f.unknown[input.dimension], f.total)}%`]),
    ),
    csv: {
      header: [
        "council",
        "financial_year",
        "spend",
        `${input.dimension}_spend`,
        `${input.dimension}_percent`,
        `${input.dimension}_unknown_spend`,
      ],
      rows: rows.map((f) => [
        f.council,
        year,
        plain(formatDecimal(f.total)),
        plain(formatDecimal(f.yes[input.dimension])),
        plain(percentOf(f.yes[input.dimension], f.total)),
        plain(formatDecimal(f.unknown[input.dimension])),
      ]),
    },
    councils: rows.map((f) => f.council),
    notes: [
      input.dimension === "local"
        ? "Local: the supplier's published postcode is in one of the council's postcode areas. Suppliers with no published postcode are counted as unknown, never as not local."
        : "A supplier's status comes from the councils' registers and OCDS notices; where none says, its spend is counted as unknown, not as the opposite.",
    ],
  };
}
