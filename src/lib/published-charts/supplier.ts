// One supplier across partners: what each council paid it, per financial year (or by quarter or
// month, for its trend). Recharges between partner councils and withheld payees are not supplier
// spend and are left out.

import { describeBars, describeTrend } from "../charts/describe.ts";
import { drawn } from "../charts/drawing.ts";
import { shortMonth } from "../charts/lines.ts";
import { barTable, lineTable } from "../charts/table.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { ExactSum } from "../exact-sum.ts";
import { formatDecimal, formatPounds, formatPoundsShort } from "../money.ts";
import { plain } from "../tables/csv-write.ts";
import { type Matrix, matrixFromCells, matrixOf } from "../views/aggregate.ts";
import { nextMonth } from "../views/months.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";
import { isOutside, monthSpan, outsideNote } from "./outside-months.ts";
import type { CouncilInfo } from "./per-resident.ts";
import { type Granularity, granularityName, periodOfMonth } from "./periods.ts";

export interface SupplierChartInput {
  /** Default "yearly" (id supplier/<id>); "quarterly" and "monthly" add the granularity to the id. */
  granularity?: Granularity;
  payments: PaymentTable;
  /** The supplier's payment rows. */
  rows: ArrayLike<number>;
  supplier: { id: string; name: string };
  councils: readonly CouncilInfo[];
  financialYears: readonly string[];
  hostPath: string;
  /** The first and last date each council's files cover (charts by month or quarter keep within). */
  spanOf?: ((council: string) => { first: string; last: string } | undefined) | undefined;
}

/** A council's payments left out of a chart: dated outside the months its files cover. */
type Outside = Map<string, { count: number; sum: ExactSum }>;

/** Exact totals per council (partnership order) and period, supplier spend only. */
function supplierMatrix(input: SupplierChartInput, granularity: Granularity, outside: Outside): Matrix {
  const { payments } = input;
  const keep = (row: number) => !payments.isPartnerPayment(row) && !payments.isRedacted(row);
  const councils = input.councils.map((c) => c.slug);
  if (granularity === "yearly") {
    return matrixOf(
      payments,
      input.rows,
      payments.council,
      payments.year,
      { rows: councils, columns: [...input.financialYears] },
      keep,
    );
  }
  const sums = new Map<string, ExactSum>();
  const periods = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < input.rows.length; i++) {
    const row = input.rows[i] as number;
    if (!keep(row)) continue;
    const council = payments.text.get(payments.council[row] as number);
    const month = payments.text.get(payments.date[row] as number).slice(0, 7);
    if (isOutside(monthSpan(input.spanOf?.(council)), month)) {
      const left = outside.get(council) ?? { count: 0, sum: new ExactSum() };
      left.count++;
      left.sum.add(payments.amount[row] as number);
      outside.set(council, left);
      continue;
    }
    const period = periodOfMonth(month, granularity);
    periods.add(period);
    seen.add(council);
    const key = `${council}|${period}`;
    let sum = sums.get(key);
    if (!sum) {
      sum = new ExactSum();
      sums.set(key, sum);
    }
    sum.add(payments.amount[row] as number);
  }
  const sorted = [...periods].sort();
  const columnKeys: string[] = [];
  if (granularity === "monthly") {
    const last = sorted.at(-1);
    for (let m = sorted[0]; m !== undefined && last !== undefined && m <= last; m = nextMonth(m))
      columnKeys.push(m);
  } else columnKeys.push(...sorted);
  const rowKeys = councils.filter((c) => seen.has(c));
  const cells = rowKeys.map((r) => columnKeys.map((c) => sums.get(`${r}|${c}`)?.value() ?? null));
  return matrixFromCells(rowKeys, columnKeys, cells);
}

const PER: Readonly<Record<Granularity, string>> = {
  yearly: "per financial year",
  quarterly: "per quarter",
  monthly: "per month",
};

export function supplierEntry(input: SupplierChartInput): ChartEntry {
  const { supplier } = input;
  const granularity = input.granularity ?? "yearly";
  const outside: Outside = new Map();
  const matrix = supplierMatrix(input, granularity, outside);
  const names = new Map(input.councils.map((c) => [c.slug, c.name]));
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const id = granularity === "yearly" ? `supplier/${supplier.id}` : `supplier/${supplier.id}/${granularity}`;
  const title = `Payments to ${supplier.name} by council, ${PER[granularity]}`;
  const years = matrix.columnKeys;
  const periodLabel = granularity === "monthly" ? shortMonth : (p: string) => p;
  const periodHeader =
    granularity === "monthly" ? "Month" : granularity === "quarterly" ? "Quarter" : "Financial year";
  const csv = {
    header: [
      "supplier_id",
      "supplier",
      "council",
      "council_name",
      granularity === "yearly" ? "financial_year" : "period",
      "spend",
    ],
    rows: matrix.rowKeys.flatMap((slug, r) =>
      years.flatMap((year, c) => {
        const v = matrix.cells[r]?.[c] ?? null;
        return v === null
          ? []
          : [[supplier.id, supplier.name, slug, nameOf(slug), year, plain(formatDecimal(v))]];
      }),
    ),
  };
  const common = {
    id,
    title,
    hostPath: input.hostPath,
    csv,
    councils: matrix.rowKeys,
    notes: input.councils.flatMap((c) => {
      const left = outside.get(c.slug);
      return left ? [outsideNote(c.name, left.count, left.sum.value())] : [];
    }),
    caption: `What each partner paid ${supplier.name}, ${granularityName[granularity]}${granularity === "yearly" ? " (April to March)" : ""}, as published (a gap: nothing paid). Recharges between partner councils are not included.`,
  };
  if (years.length >= 2) {
    const series = matrix.rowKeys.map((slug, r) => ({
      label: nameOf(slug),
      values: (matrix.cells[r] ?? []).map((v) => (v === null ? null : Number(v) / 1e6)),
      displays: (matrix.cells[r] ?? []).map((v) => (v === null ? null : formatPounds(v))),
    }));
    const desc = describeTrend(
      matrix.rowKeys.map((slug, r) => ({ label: nameOf(slug), values: matrix.cells[r] ?? [] })),
      years,
      periodLabel,
    );
    return {
      ...common,
      ...drawn({
        kind: "lines",
        options: { id: chartDomId(id), title, desc, periods: years, series },
        months: granularity === "monthly",
      }),
      table: lineTable(title, periodHeader, years, series, periodLabel),
    };
  }
  const bars = matrix.rowKeys.map((slug, r) => ({ label: nameOf(slug), micros: matrix.cells[r]?.[0] ?? 0n }));
  const data = bars.map((b) => ({
    label: b.label,
    value: Number(b.micros) / 1e6,
    display: formatPoundsShort(b.micros),
  }));
  return {
    ...common,
    ...drawn({ kind: "bars", options: { id: chartDomId(id), title, desc: describeBars(bars), data } }),
    table: barTable(`${title}${years[0] ? `, ${years[0]}` : ""}`, "Council", "Paid", data, {
      exact: bars.map((b) => formatPounds(b.micros)),
    }),
  };
}
