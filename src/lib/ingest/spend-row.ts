// Turns one published payment record into an accepted payment or a reject reason.
import type { Micros } from "../model.ts";
import { parseAmount } from "../money.ts";
import type { ColumnMapping } from "./columns.ts";
import { parseUkDate } from "./values.ts";

export interface SpendRow {
  date: string;
  amount: Micros;
  supplier: string;
  supplierRef: string;
  companyNumber: string;
  expenseArea: string;
  expenseType: string;
  description: string;
  transactionRef: string;
}

export type SpendRowResult = { ok: true; row: SpendRow } | { ok: false; reason: string };

/** Column positions of the canonical spend fields in one file (-1 when absent). */
export interface SpendColumns {
  date: number;
  amount: number;
  supplier: number;
  supplierRef: number;
  companyNumber: number;
  transactionRef: number;
  invoiceRef: number;
  expenseArea: number;
  expenseType: number;
  description: number;
  body: number;
  bodyName: number;
  headers: Record<string, string>;
}

export function spendColumns(mapping: ColumnMapping): SpendColumns {
  const at = (field: string) => mapping.fields[field] ?? -1;
  return {
    date: at("date"),
    amount: at("amount"),
    supplier: at("supplier"),
    supplierRef: at("supplier_ref"),
    companyNumber: at("company_number"),
    transactionRef: at("transaction_ref"),
    invoiceRef: at("invoice_ref"),
    expenseArea: at("expense_area"),
    expenseType: at("expense_type"),
    description: at("description"),
    body: at("body"),
    bodyName: at("body_name"),
    headers: mapping.headers,
  };
}

const cell = (cells: string[], index: number): string => (index < 0 ? "" : (cells[index] ?? "").trim());

const TOTAL_WORD = /^(grand\s+)?(sub[\s-]?)?totals?:?$/i;

/** Why a record that lacks date, amount and supplier is not a payment. */
function notAPaymentReason(cells: string[], columns: SpendColumns): string {
  const filled: number[] = [];
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim() !== "") filled.push(i);
  if (filled.every((i) => i === columns.body || i === columns.bodyName)) {
    return "body name only, no payment details";
  }
  const numeric = filled.filter((i) => parseAmount(cells[i] as string).ok);
  if (
    filled.some((i) => TOTAL_WORD.test((cells[i] as string).trim())) ||
    (numeric.length > 0 && filled.length <= 2)
  ) {
    return "total row (an amount with no date or supplier)";
  }
  const first = (cells[filled[0] as number] as string).trim().slice(0, 60);
  return `not a payment record: no date, amount or supplier (starts "${first}")`;
}

function quoteHeader(columns: SpendColumns, field: string): string {
  const header = columns.headers[field];
  return header ? ` in column "${header.trim()}"` : "";
}

export function readSpendRow(cells: string[], columns: SpendColumns): SpendRowResult {
  const dateText = cell(cells, columns.date);
  const amountText = cell(cells, columns.amount);
  const supplier = cell(cells, columns.supplier).replace(/\s+/g, " ");
  if (dateText === "" && supplier === "") {
    return { ok: false, reason: notAPaymentReason(cells, columns) };
  }
  const amount = parseAmount(amountText);
  if (!amount.ok) return { ok: false, reason: `${amount.reason}${quoteHeader(columns, "amount")}` };
  if (dateText === "") return { ok: false, reason: `date missing${quoteHeader(columns, "date")}` };
  const date = parseUkDate(dateText);
  if (date === null) {
    return { ok: false, reason: `date not valid: "${dateText.slice(0, 30)}"${quoteHeader(columns, "date")}` };
  }
  return {
    ok: true,
    row: {
      date,
      amount: amount.micros,
      supplier,
      supplierRef: cell(cells, columns.supplierRef),
      companyNumber: cell(cells, columns.companyNumber),
      expenseArea: cell(cells, columns.expenseArea),
      expenseType: cell(cells, columns.expenseType),
      description: cell(cells, columns.description),
      transactionRef: cell(cells, columns.transactionRef) || cell(cells, columns.invoiceRef),
    },
  };
}
