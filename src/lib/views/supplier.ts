// The supplier page's model: totals by council and year, largest payments with their source lines,
// contracts held and every name the supplier was published under.
import type { SupplierCouncilYear } from "../columnar/aggregates.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import type { PaymentRow, PaymentTable } from "../dataset/payments.ts";
import { type RowGroups, rowsOf } from "../dataset/row-groups.ts";
import type { SupplierRecord } from "../dataset/suppliers.ts";
import { largestRows, type Matrix, matrixOf, matrixOfTotals, totalOf } from "./aggregate.ts";

export const LARGEST_PAYMENTS = 10;

export interface SupplierView {
  supplier: SupplierRecord;
  total: bigint;
  paymentCount: number;
  /** Councils × financial years. */
  byCouncilYear: Matrix;
  largest: PaymentRow[];
  contracts: ContractRecord[];
  firstDate: string;
  lastDate: string;
  /** Payments the councils flagged as possible duplicates (same record twice in one file). */
  possibleDuplicates: number;
}

export interface SupplierContext {
  payments: PaymentTable;
  rowsBySupplier: RowGroups;
  contractsBySupplier: Map<string, ContractRecord[]>;
  councilOrder: string[];
  financialYears: string[];
  /** Its rows of the SQL aggregate supplier × council × year (the build's): its totals come from them. */
  totals?: (supplierId: string) => readonly SupplierCouncilYear[];
}

/** Each date text's place among the payments' dates (by text id), so that rows compare dates as
 * integers: worked out once per table. */
const dateRanks = new WeakMap<PaymentTable, Int32Array>();
function dateRankOf(payments: PaymentTable): Int32Array {
  let ranks = dateRanks.get(payments);
  if (!ranks) {
    const ids = [...new Set(payments.date)].sort((a, b) => {
      const x = payments.text.get(a);
      const y = payments.text.get(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    ranks = new Int32Array(payments.text.values.length);
    for (const [rank, id] of ids.entries()) ranks[id] = rank;
    dateRanks.set(payments, ranks);
  }
  return ranks;
}

export function supplierView(supplier: SupplierRecord, ctx: SupplierContext): SupplierView {
  const { payments } = ctx;
  const key = payments.text.idOf(supplier.id);
  const rows = key === undefined ? new Int32Array(0) : rowsOf(ctx.rowsBySupplier, key);
  const totals = ctx.totals?.(supplier.id);
  const { total, count } = totals
    ? totals.reduce((a, r) => ({ total: a.total + r.total, count: a.count + r.payments }), {
        total: 0n,
        count: 0,
      })
    : totalOf(payments, rows);
  const rank = dateRankOf(payments);
  let first = -1;
  let last = -1;
  let possibleDuplicates = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const date = payments.date[row] as number;
    if (first < 0 || (rank[date] as number) < (rank[first] as number)) first = date;
    if (last < 0 || (rank[date] as number) > (rank[last] as number)) last = date;
    if (payments.isPossibleDuplicate(row)) possibleDuplicates++;
  }
  const firstDate = first < 0 ? "" : payments.text.get(first);
  const lastDate = last < 0 ? "" : payments.text.get(last);
  return {
    supplier,
    total,
    paymentCount: count,
    byCouncilYear: totals
      ? matrixOfTotals(
          totals,
          (r) => r.council,
          (r) => r.financialYear,
          {
            rows: ctx.councilOrder,
            columns: ctx.financialYears,
          },
        )
      : matrixOf(payments, rows, payments.council, payments.year, {
          rows: ctx.councilOrder,
          columns: ctx.financialYears,
        }),
    largest: largestRows(payments, rows, LARGEST_PAYMENTS).map((row) => payments.row(row)),
    contracts: ctx.contractsBySupplier.get(supplier.id) ?? [],
    firstDate,
    lastDate,
    possibleDuplicates,
  };
}
