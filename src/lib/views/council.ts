// The council page's model: spend by year and by department, top suppliers, its contracts, and the
// accounting of its published files.
import type { Aggregates } from "../columnar/aggregates.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { type RowGroups, rowsOf } from "../dataset/row-groups.ts";
import { ExactSum } from "../exact-sum.ts";
import { count, counted } from "../format.ts";
import type { FileQuality } from "../model.ts";
import { type Total, totalOf, totalsBy, totalsOf } from "./aggregate.ts";
import { missingMonths, nextMonth } from "./months.ts";
import { publishedSpans } from "./spans.ts";

export const TOP_DEPARTMENTS = 12;
export const TOP_SUPPLIERS = 15;

export interface CouncilView {
  slug: string;
  total: bigint;
  paymentCount: number;
  byYear: Total[];
  /** Largest departments (published expense areas); the rest summed in `otherDepartments`. */
  departments: Total[];
  otherDepartments: { total: bigint; count: number; departments: number };
  /** Suppliers by total, recharges to partner councils and redacted payments left out. */
  topSuppliers: (Total & { name: string })[];
  redacted: { total: bigint; count: number };
  partnerPayments: { total: bigint; count: number };
  contracts: ContractRecord[];
  files: FileQuality[];
  firstMonth: string;
  lastMonth: string;
  missingMonths: string[];
  /** Payments dated outside the months the council's files cover (perhaps a mistyped year). */
  outsideMonths: { total: bigint; count: number };
  /** Every month from the first to the last with payments, and its exact total (null: none published). */
  monthly: { months: string[]; totals: (bigint | null)[] };
}

export interface CouncilContext {
  payments: PaymentTable;
  /** The SQL aggregates (the build's): totals by year and department and top suppliers come from them. */
  aggregates?: Pick<Aggregates, "councilYearDepartment" | "supplierCouncilYear">;
  rowsByCouncil: RowGroups;
  contracts: ContractRecord[];
  files: FileQuality[];
  supplierName: (id: string) => string;
}

export function councilView(slug: string, ctx: CouncilContext): CouncilView {
  const { payments } = ctx;
  const key = payments.text.idOf(slug);
  const rows = key === undefined ? new Int32Array(0) : rowsOf(ctx.rowsByCouncil, key);
  // The totals by year and department and the top suppliers: from the SQL aggregates when given.
  const sql = ctx.aggregates;
  const mine = sql?.councilYearDepartment.filter((r) => r.council === slug);
  const { total, count } = mine
    ? mine.reduce((a, r) => ({ total: a.total + r.total, count: a.count + r.payments }), {
        total: 0n,
        count: 0,
      })
    : totalOf(payments, rows);
  const byYear = (
    mine ? totalsOf(mine, (r) => r.financialYear) : totalsBy(payments, rows, payments.year)
  ).sort((a, b) => a.key.localeCompare(b.key));
  const areas = mine ? totalsOf(mine, (r) => r.expenseArea) : totalsBy(payments, rows, payments.area);
  const rest = areas.slice(TOP_DEPARTMENTS);
  const supplierSpend = (row: number) => !payments.isPartnerPayment(row) && !payments.isRedacted(row);
  const byMonth = new Map<string, ExactSum>();
  const paymentsInMonth = new Map<string, number>();
  for (const row of rows) {
    const month = payments.text.get(payments.date[row] as number).slice(0, 7);
    let sum = byMonth.get(month);
    if (!sum) {
      sum = new ExactSum();
      byMonth.set(month, sum);
    }
    sum.add(payments.amount[row] as number);
    paymentsInMonth.set(month, (paymentsInMonth.get(month) ?? 0) + 1);
  }
  // Months outside those the council's files cover (a payment dated far from the rest of its file,
  // perhaps a mistyped year: see date-outliers.ts) are left out of the months, and counted apart.
  const span = publishedSpans(ctx.files).get(slug);
  const outside = { total: 0n, count: 0 };
  for (const [month, sum] of byMonth) {
    if (!span || (month >= span.first.slice(0, 7) && month <= span.last.slice(0, 7))) continue;
    outside.total += sum.value();
    outside.count += paymentsInMonth.get(month) ?? 0;
    byMonth.delete(month);
  }
  const sortedMonths = [...byMonth.keys()].sort();
  const allMonths: string[] = [];
  const last = sortedMonths.at(-1);
  for (let m = sortedMonths[0]; m !== undefined && last !== undefined && m <= last; m = nextMonth(m))
    allMonths.push(m);
  return {
    slug,
    total,
    paymentCount: count,
    byYear,
    departments: areas.slice(0, TOP_DEPARTMENTS),
    otherDepartments: {
      total: rest.reduce((a, t) => a + t.total, 0n),
      count: rest.reduce((a, t) => a + t.count, 0),
      departments: rest.length,
    },
    topSuppliers: (sql
      ? totalsOf(
          sql.supplierCouncilYear
            .filter((r) => r.council === slug && r.supplierSpendPayments > 0)
            .map((r) => ({
              supplierId: r.supplierId,
              total: r.supplierSpend,
              payments: r.supplierSpendPayments,
            })),
          (r) => r.supplierId,
        )
      : totalsBy(payments, rows, payments.supplierId, supplierSpend)
    )
      .slice(0, TOP_SUPPLIERS)
      .map((t) => ({ ...t, name: ctx.supplierName(t.key) })),
    redacted: totalOf(payments, rows, (row) => payments.isRedacted(row)),
    partnerPayments: totalOf(payments, rows, (row) => payments.isPartnerPayment(row)),
    contracts: ctx.contracts.filter((c) => c.councils.includes(slug)),
    files: ctx.files.filter((f) => f.council === slug),
    firstMonth: sortedMonths[0] ?? "",
    lastMonth: sortedMonths.at(-1) ?? "",
    missingMonths: missingMonths(sortedMonths),
    outsideMonths: outside,
    monthly: { months: allMonths, totals: allMonths.map((m) => byMonth.get(m)?.value() ?? null) },
  };
}

/**
 * What the council page says instead of its totals when none of its payments could be kept: that it
 * has no payment files here yet, or that every record in them was set aside (each with its reason).
 */
export function noPaymentsNote(name: string, files: FileQuality[]): string {
  const spend = files.filter((f) => f.kind === "spend");
  if (spend.length === 0) return `${name} has no payment files in this dataset yet.`;
  const records = spend.reduce((n, f) => n + f.rows, 0);
  const inFiles = `${name}'s ${counted(spend.length, "payment file")}`;
  if (records === 0) return `${inFiles} ${spend.length === 1 ? "holds" : "hold"} no payment records.`;
  return (
    `No payments could be read from ${inFiles}: ` +
    (records === 1
      ? "its one record was set aside, with the reason."
      : `all ${count(records)} records were set aside, each with its reason.`)
  );
}

/** Whether a council has rows in payments.csv and in contracts.csv: its downloads and feeds are linked only then. */
export function councilHasRows(
  slug: string,
  files: readonly Pick<FileQuality, "council" | "kind" | "accepted">[],
): { payments: boolean; contracts: boolean } {
  const kept = (kind: FileQuality["kind"]) =>
    files.some((f) => f.council === slug && f.kind === kind && f.accepted > 0);
  return { payments: kept("spend"), contracts: kept("contracts") };
}
