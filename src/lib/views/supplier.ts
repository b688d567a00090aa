// The supplier page's model: totals by council and year, largest payments with their source lines,
// contracts held and every name the supplier was published under.
import type { ContractRecord } from "../dataset/contracts.ts";
import type { PaymentRow, PaymentTable } from "../dataset/payments.ts";
import { type RowGroups, rowsOf } from "../dataset/row-groups.ts";
import type { SupplierRecord } from "../dataset/suppliers.ts";
import { largestRows, type Matrix, matrixOf, totalOf } from "./aggregate.ts";

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
}

export function supplierView(supplier: SupplierRecord, ctx: SupplierContext): SupplierView {
  const { payments } = ctx;
  const key = payments.text.idOf(supplier.id);
  const rows = key === undefined ? new Int32Array(0) : rowsOf(ctx.rowsBySupplier, key);
  const { total, count } = totalOf(payments, rows);
  let firstDate = "";
  let lastDate = "";
  let possibleDuplicates = 0;
  for (const row of rows) {
    const date = payments.text.get(payments.date[row] as number);
    if (firstDate === "" || date < firstDate) firstDate = date;
    if (date > lastDate) lastDate = date;
    if (payments.isPossibleDuplicate(row)) possibleDuplicates++;
  }
  return {
    supplier,
    total,
    paymentCount: count,
    byCouncilYear: matrixOf(payments, rows, payments.council, payments.year, {
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
