// One supplier across partners: what each council paid it, per financial year. Recharges between
// partner councils and withheld payees are not supplier spend and are left out.
import { barChart } from "../charts/bar.ts";
import { describeBars, describeTrend } from "../charts/describe.ts";
import { lineChart } from "../charts/lines.ts";
import { barTable, lineTable } from "../charts/table.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { plain } from "../ingest/csv-write.ts";
import { formatDecimal, formatPounds, formatPoundsShort } from "../money.ts";
import { matrixOf } from "../views/aggregate.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";
import type { CouncilInfo } from "./per-resident.ts";

export interface SupplierChartInput {
  payments: PaymentTable;
  /** The supplier's payment rows. */
  rows: ArrayLike<number>;
  supplier: { id: string; name: string };
  councils: readonly CouncilInfo[];
  financialYears: readonly string[];
  hostPath: string;
}

export function supplierEntry(input: SupplierChartInput): ChartEntry {
  const { payments, supplier } = input;
  const keep = (row: number) => !payments.isPartnerPayment(row) && !payments.isRedacted(row);
  const matrix = matrixOf(
    payments,
    input.rows,
    payments.council,
    payments.year,
    { rows: input.councils.map((c) => c.slug), columns: [...input.financialYears] },
    keep,
  );
  const names = new Map(input.councils.map((c) => [c.slug, c.name]));
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const id = `supplier/${supplier.id}`;
  const title = `Payments to ${supplier.name} by council and financial year`;
  const years = matrix.columnKeys;
  const csv = {
    header: ["supplier_id", "supplier", "council", "council_name", "financial_year", "spend"],
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
    notes: [],
    caption: `What each partner paid ${supplier.name}, by financial year (April to March), as published. Recharges between partner councils are not included.`,
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
    );
    return {
      ...common,
      svg: lineChart({ id: chartDomId(id), title, desc, periods: years, series }),
      table: lineTable(title, "Financial year", years, series),
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
    svg: barChart({ id: chartDomId(id), title, desc: describeBars(bars), data }),
    table: barTable(`${title}${years[0] ? `, ${years[0]}` : ""}`, "Council", "Paid", data, {
      exact: bars.map((b) => formatPounds(b.micros)),
    }),
  };
}
