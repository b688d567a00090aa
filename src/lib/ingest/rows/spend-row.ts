// Turns one published payment record into an accepted payment or a reject reason.
import type { Micros } from "../../model.ts";
import { parseAmount } from "../../money.ts";
import type { ColumnMapping } from "../map/columns.ts";
import { isMonthOnlyDate, parseUkDate } from "../map/values.ts";
import { isSpace } from "./record-key.ts";

export interface SpendRow {
  date: string;
  amount: Micros;
  /** The amount was published as a binary double's printing (631.1899999999999 for 631.19). */
  amountFromDouble: boolean;
  /** The date was published as a month with no day (Sep 2014): date is the month's first day. */
  dateMonthOnly: boolean;
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
  /**
   * The other recognised columns a record's identity also takes (invoice number, VAT number, expense
   * code, capital or revenue, merchant category), in that order, -1 when absent. The publisher's name
   * and code are left out: they are the same for every record of a council.
   */
  otherValues: number[];
  headers: Record<string, string>;
}

/** The recognised fields, besides those a SpendRow holds, that make a record's identity. */
const OTHER_VALUES = ["invoice_ref", "vat_number", "expense_code", "capital_revenue", "merchant_category"];

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
    otherValues: OTHER_VALUES.map(at),
    headers: mapping.headers,
  };
}

export const cell = (cells: string[], index: number): string =>
  index < 0 ? "" : (cells[index] ?? "").trim();

const TOTAL_WORD = /^(grand\s+)?(sub[\s-]?)?totals?:?$/i;

/** The reason a record stating a file's total is set aside (the set-aside report checks it against the file). */
export const TOTAL_ROW = "total row (an amount with no date or supplier)";

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
    return TOTAL_ROW;
  }
  const first = (cells[filled[0] as number] as string).trim().slice(0, 60);
  return `not a payment record: no date, amount or supplier (starts "${first}")`;
}

function quoteHeader(columns: SpendColumns, field: string): string {
  const header = columns.headers[field];
  return header ? ` in column "${header.trim()}"` : "";
}

/**
 * text.replace(/\s+/g, " "), returning text itself when that changes nothing (every whitespace a
 * lone plain space): the replace would build a new string that every later lookup must flatten.
 */
export function collapseSpaces(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return text.replace(/\s+/g, " ");
      previousSpace = true;
    } else if (isSpace(c)) return text.replace(/\s+/g, " ");
    else previousSpace = false;
  }
  return text;
}

/** An empty row for readSpendRowInto to fill. */
export function emptySpendRow(): SpendRow {
  return {
    date: "",
    amount: 0,
    amountFromDouble: false,
    dateMonthOnly: false,
    supplier: "",
    supplierRef: "",
    companyNumber: "",
    expenseArea: "",
    expenseType: "",
    description: "",
    transactionRef: "",
  };
}

/** Fills row from the record and returns null, or returns why the record is not a payment. */
export function readSpendRowInto(cells: string[], columns: SpendColumns, row: SpendRow): string | null {
  const dateText = cell(cells, columns.date);
  const amountText = cell(cells, columns.amount);
  const supplier = collapseSpaces(cell(cells, columns.supplier));
  if (dateText === "" && supplier === "") return notAPaymentReason(cells, columns);
  const amount = parseAmount(amountText);
  if (!amount.ok) return `${amount.reason}${quoteHeader(columns, "amount")}`;
  if (dateText === "") return `date missing${quoteHeader(columns, "date")}`;
  const date = parseUkDate(dateText);
  if (date === null) return `date not valid: "${dateText.slice(0, 30)}"${quoteHeader(columns, "date")}`;
  row.date = date;
  // Only a first of the month can have been published as a month alone.
  row.dateMonthOnly = date.endsWith("-01") && isMonthOnlyDate(dateText);
  row.amount = amount.micros;
  row.amountFromDouble = amount.fromDouble === true;
  row.supplier = supplier;
  row.supplierRef = cell(cells, columns.supplierRef);
  row.companyNumber = cell(cells, columns.companyNumber);
  row.expenseArea = cell(cells, columns.expenseArea);
  row.expenseType = cell(cells, columns.expenseType);
  row.description = cell(cells, columns.description);
  row.transactionRef = cell(cells, columns.transactionRef) || cell(cells, columns.invoiceRef);
  return null;
}

export function readSpendRow(cells: string[], columns: SpendColumns): SpendRowResult {
  const row = emptySpendRow();
  const reason = readSpendRowInto(cells, columns, row);
  return reason === null ? { ok: true, row } : { ok: false, reason };
}
