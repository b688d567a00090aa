// A partnership arrangement in figures: each partner's spend in the arrangement's categories per
// resident per year, before and after it started, set beside the savings target it declared.
// "A year" is the total over the months the council published in that window, times 12 over the
// number of those months (exact to the micro, rounded half up).

import { describeBars } from "../charts/describe.ts";
import { drawn } from "../charts/drawing.ts";
import { barTable, withColumns } from "../charts/table.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { formatDate } from "../format.ts";
import { formatDecimal, formatPounds } from "../money.ts";
import { plain } from "../tables/csv-write.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";
import { type CouncilInfo, perResident } from "./per-resident.ts";

export interface ArrangementInput {
  arrangement: {
    id: string;
    name: string;
    partners: readonly string[];
    start_date: string;
    savings_target?: { amount: number; per: "year" | "total"; shared?: string | undefined } | undefined;
  };
  payments: PaymentTable;
  /** Rows of each council. */
  rowsOf: (slug: string) => ArrayLike<number>;
  /** Whether a council's published department falls in the arrangement's categories. */
  inScope: (council: string, department: string) => boolean;
  councils: readonly CouncilInfo[];
  hostPath: string;
}

export interface PartnerWindow {
  total: bigint;
  months: number;
  /** total × 12 / months, or null with no months. */
  perYear: bigint | null;
}

export interface PartnerFigures {
  slug: string;
  name: string;
  population: number | null;
  before: PartnerWindow;
  after: PartnerWindow;
  /** after.perYear − before.perYear (negative: lower spend), when both are known. */
  change: bigint | null;
  /** Its share of a yearly savings target, when "shared equally". */
  targetShare: bigint | null;
}

const perYear = (total: bigint, months: number): bigint | null =>
  months === 0 ? null : (total * 24n + BigInt(months)) / (2n * BigInt(months));

export function arrangementFigures(input: ArrangementInput): PartnerFigures[] {
  const { payments, arrangement } = input;
  const startMonth = arrangement.start_date.slice(0, 7);
  const target = arrangement.savings_target;
  const targetShare =
    target && target.per === "year" && /equal/i.test(target.shared ?? "")
      ? BigInt(Math.round((target.amount * 1e6) / arrangement.partners.length))
      : null;
  return arrangement.partners.map((slug) => {
    const info = input.councils.find((c) => c.slug === slug);
    const rows = input.rowsOf(slug);
    const sums = { before: 0n, after: 0n };
    const months = { before: new Set<string>(), after: new Set<string>() };
    const scope = new Map<number, boolean>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      const month = payments.text.get(payments.date[row] as number).slice(0, 7);
      const side = month < startMonth ? "before" : "after";
      months[side].add(month);
      const area = payments.area[row] as number;
      let inside = scope.get(area);
      if (inside === undefined) {
        inside = input.inScope(slug, payments.text.get(area));
        scope.set(area, inside);
      }
      if (inside) sums[side] += BigInt(payments.amount[row] as number);
    }
    const window = (side: "before" | "after"): PartnerWindow => ({
      total: sums[side],
      months: months[side].size,
      perYear: perYear(sums[side], months[side].size),
    });
    const before = window("before");
    const after = window("after");
    return {
      slug,
      name: info?.name ?? slug,
      population: info?.population && info.population.value > 0 ? info.population.value : null,
      before,
      after,
      change: before.perYear !== null && after.perYear !== null ? after.perYear - before.perYear : null,
      targetShare,
    };
  });
}

export function arrangementEntry(input: ArrangementInput, figures: readonly PartnerFigures[]): ChartEntry {
  const { arrangement } = input;
  const id = `arrangement/${arrangement.id}`;
  const title = `${arrangement.name}: change in yearly spend per resident since ${formatDate(arrangement.start_date)}`;
  const shown = figures.filter((f) => f.change !== null && f.population !== null);
  const bars = shown.map((f) => ({ label: f.name, micros: perResident(f.change ?? 0n, f.population ?? 1) }));
  const data = bars.map((b) => ({
    label: b.label,
    value: Number(b.micros) / 1e6,
    display: `${b.micros > 0n ? "+" : ""}${formatPounds(b.micros)}`,
  }));
  const left = figures.filter((f) => !shown.includes(f)).map((f) => f.name);
  const money = (v: bigint | null) => (v === null ? "–" : formatPounds(v));
  const table = barTable(title, "Council", "Change per resident", data);
  return {
    id,
    title,
    caption:
      "Yearly spend in the arrangement's categories after its start, less the same before it, per resident (negative: lower spend). A hosting partner's payments include what it recharges to the others; recharge income is not in payment files.",
    hostPath: input.hostPath,
    ...drawn({
      kind: "bars",
      options: { id: chartDomId(id), title, desc: describeBars(bars, { format: formatPounds }), data },
    }),
    table: withColumns(
      table,
      ["Before, a year", "After, a year", "Change, a year", "Target saving, a year"],
      shown.map((f) => [
        money(f.before.perYear),
        money(f.after.perYear),
        money(f.change),
        money(f.targetShare),
      ]),
    ),
    csv: {
      header: [
        "arrangement",
        "council",
        "council_name",
        "population",
        "before_total",
        "before_months",
        "after_total",
        "after_months",
        "before_per_year",
        "after_per_year",
        "change_per_year",
        "target_saving_per_year",
      ],
      rows: figures.map((f) => [
        arrangement.id,
        f.slug,
        f.name,
        f.population,
        plain(formatDecimal(f.before.total)),
        f.before.months,
        plain(formatDecimal(f.after.total)),
        f.after.months,
        f.before.perYear === null ? null : plain(formatDecimal(f.before.perYear)),
        f.after.perYear === null ? null : plain(formatDecimal(f.after.perYear)),
        f.change === null ? null : plain(formatDecimal(f.change)),
        f.targetShare === null ? null : plain(formatDecimal(f.targetShare)),
      ]),
    },
    councils: figures.map((f) => f.slug),
    notes:
      left.length > 0
        ? [`Not shown (no population, or no months before or after the start): ${left.join(", ")}.`]
        : [],
  };
}
