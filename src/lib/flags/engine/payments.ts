// The payments the indicators read, from payments.parquet (or a payments.csv), held column by column: repeated text once in a
// string table, amounts as exact integer micros. The published supplier name and transaction reference
// are kept (questions and flags.csv quote them); the description and expense type are not.
import { type PaymentCells, paymentCellsOfLine, readPaymentRows } from "../../columnar/payment-rows.ts";
import { IntColumn, lastValueIds, Strings } from "../../tables/column-store.ts";
import { readCsvRows } from "../../tables/csv-read.ts";
import { type PackedStrings, PackedStringsBuilder } from "../../tables/packed-strings.ts";
import { PAYMENTS, type PaymentColumn } from "../../tables/payments.ts";
import type { Positions } from "../../tables/table.ts";
import { shared } from "./shared.ts";

export const REDACTED = 1;
export const PARTNER = 2;
export const IDENTICAL = 4;

/** Payment rows in payments.csv order; text columns hold ids in `text`. */
export interface FlagPayments {
  size: number;
  text: Strings;
  ids: PackedStrings;
  council: Int32Array;
  date: Int32Array;
  year: Int32Array;
  amount: Float64Array;
  supplierId: Int32Array;
  supplier: Int32Array;
  area: Int32Array;
  ref: PackedStrings;
  /** REDACTED | PARTNER | IDENTICAL bits. */
  marks: Uint8Array;
  file: Int32Array;
  line: Int32Array;
}

/** Payments from rows given as cells (the CSV reader's, or a test's). */
export class FlagPaymentsBuilder {
  readonly text = new Strings();
  private readonly ids = new PackedStringsBuilder();
  private readonly refs = new PackedStringsBuilder();
  private readonly amounts: number[] = [];
  private readonly marks: number[] = [];
  private readonly columns = {
    council: new IntColumn(),
    date: new IntColumn(),
    year: new IntColumn(),
    supplierId: new IntColumn(),
    supplier: new IntColumn(),
    area: new IntColumn(),
    file: new IntColumn(),
    line: new IntColumn(),
  };
  private readonly cached = () => lastValueIds(this.text);
  private readonly council = this.cached();
  private readonly date = this.cached();
  private readonly year = this.cached();
  private readonly area = this.cached();
  /** Supplier text id → the name last published for it: a supplier is mostly published under one name. */
  private readonly lastName: ({ text: string; id: number } | undefined)[] = [];
  private readonly file = this.cached();

  /** Adds one line of payments.csv, its cells at the header's positions `at`. */
  add(cells: string[], at: Positions<PaymentColumn>, where: string): void {
    this.addRow(paymentCellsOfLine(cells, at, where));
  }

  /** Adds one payment as read from payments.parquet (or from a line of payments.csv). */
  addRow(row: Readonly<PaymentCells>): void {
    const c = this.columns;
    this.ids.push(row.id);
    c.council.push(this.council(row.council));
    c.date.push(this.date(row.date));
    c.year.push(this.year(row.financial_year));
    this.amounts.push(row.amount);
    const supplierId = this.text.id(row.supplier_id);
    c.supplierId.push(supplierId);
    const name = row.supplier;
    let last = this.lastName[supplierId];
    if (last?.text !== name) {
      last = { text: name, id: this.text.id(name) };
      this.lastName[supplierId] = last;
    }
    c.supplier.push(last.id);
    c.area.push(this.area(row.expense_area));
    this.refs.push(row.transaction_ref);
    this.marks.push(
      (row.redacted ? REDACTED : 0) |
        (row.partner_payment ? PARTNER : 0) |
        (row.possible_duplicate ? IDENTICAL : 0),
    );
    c.file.push(this.file(row.source_file));
    c.line.push(row.source_line);
  }

  done(): FlagPayments {
    const c = this.columns;
    // What the flags step's second thread reads, in shared memory (flags-thread.ts).
    const amount = shared(Float64Array, this.amounts.length);
    amount.set(this.amounts);
    const marks = shared(Uint8Array, this.marks.length);
    marks.set(this.marks);
    const area = shared(Int32Array, c.area.length);
    area.set(c.area.data.subarray(0, c.area.length));
    return {
      size: this.amounts.length,
      text: this.text,
      ids: this.ids.done(),
      council: c.council.done(),
      date: c.date.done(),
      year: c.year.done(),
      amount,
      supplierId: c.supplierId.done(),
      supplier: c.supplier.done(),
      area,
      ref: this.refs.done(),
      marks,
      file: c.file.done(),
      line: c.line.done(),
    };
  }
}

/** A payments.csv file (a test's fixture: the build reads payments.parquet). */
export async function loadFlagPayments(path: string): Promise<FlagPayments> {
  const builder = new FlagPaymentsBuilder();
  await readCsvRows(path, PAYMENTS.names, (cells, at) => builder.add(cells, at, path));
  return builder.done();
}

/** The dataset folder's payments.parquet, in payments.csv's order. */
export async function loadFlagPaymentsFromParquet(datasetDir: string): Promise<FlagPayments> {
  const builder = new FlagPaymentsBuilder();
  await readPaymentRows(datasetDir, (row) => builder.addRow(row));
  return builder.done();
}
