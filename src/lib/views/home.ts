// The overview page's model: spend per council per financial year, largest suppliers, newest contracts.

import type { Aggregates } from "../columnar/aggregates.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { type Matrix, matrixOf, matrixOfTotals, type Total, totalsBy, totalsOf } from "./aggregate.ts";

export const HOME_SUPPLIERS = 10;
export const HOME_CONTRACTS = 10;

export interface HomeView {
  byCouncilYear: Matrix;
  largestSuppliers: (Total & { name: string })[];
  newestContracts: ContractRecord[];
}

export interface HomeContext {
  payments: PaymentTable;
  /** The SQL aggregates (the build's): the figures come from them when given. */
  aggregates?: Pick<Aggregates, "councilYearDepartment" | "supplierCouncilYear">;
  contracts: ContractRecord[];
  councilOrder: string[];
  financialYears: string[];
  supplierName: (id: string) => string;
}

/** 0, 1, … n-1. */
export const allRows = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

/** Contracts by start date, newest first (undated last), ties by title. */
export function newestContracts(contracts: ContractRecord[], n: number): ContractRecord[] {
  return [...contracts]
    .sort((a, b) =>
      a.startDate === b.startDate ? a.title.localeCompare(b.title) : a.startDate > b.startDate ? -1 : 1,
    )
    .slice(0, n);
}

export function homeView(ctx: HomeContext): HomeView {
  const { payments, aggregates } = ctx;
  if (aggregates) {
    const spend = aggregates.supplierCouncilYear
      .filter((r) => r.supplierSpendPayments > 0)
      .map((r) => ({ supplierId: r.supplierId, total: r.supplierSpend, payments: r.supplierSpendPayments }));
    return {
      byCouncilYear: matrixOfTotals(
        aggregates.councilYearDepartment,
        (r) => r.council,
        (r) => r.financialYear,
        { rows: ctx.councilOrder, columns: ctx.financialYears },
      ),
      largestSuppliers: totalsOf(spend, (r) => r.supplierId)
        .filter((t) => t.key !== "not-published")
        .slice(0, HOME_SUPPLIERS)
        .map((t) => ({ ...t, name: ctx.supplierName(t.key) })),
      newestContracts: newestContracts(ctx.contracts, HOME_CONTRACTS),
    };
  }
  const rows = allRows(payments.size);
  const supplierSpend = (row: number) => !payments.isPartnerPayment(row) && !payments.isRedacted(row);
  return {
    byCouncilYear: matrixOf(payments, rows, payments.council, payments.year, {
      rows: ctx.councilOrder,
      columns: ctx.financialYears,
    }),
    largestSuppliers: totalsBy(payments, rows, payments.supplierId, supplierSpend)
      .filter((t) => t.key !== "not-published")
      .slice(0, HOME_SUPPLIERS)
      .map((t) => ({ ...t, name: ctx.supplierName(t.key) })),
    newestContracts: newestContracts(ctx.contracts, HOME_CONTRACTS),
  };
}
