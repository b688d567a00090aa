// Every kept payment from payments.parquet (a test's payments.csv), held column by column: repeated text (councils, suppliers,
// departments, files) once in a string table, amounts as exact integer micros; each column a typed
// array (4 bytes a value, 8 for amounts: a million payments' columns take about 50 MB).
import { type PaymentCells, paymentCellsOfLine, readPaymentRows } from "../columnar/payment-rows.ts";
import { FloatColumn, IntColumn, lastValueIds, Strings } from "../tables/column-store.ts";
import { readCsvRows } from "../tables/csv-read.ts";
import { type PackedStrings, PackedStringsBuilder } from "../tables/packed-strings.ts";
import { PAYMENTS, type PaymentRecord } from "../tables/payments.ts";

/** One payment, as a page shows it (the description and reference are in the downloads; pages do
 * not need them, so they are not held; the published supplier name is held for the data-quality
 * scorecard only, in PaymentTable.supplierName). */
export type PaymentRow = Omit<PaymentRecord, "supplier" | "description" | "transactionRef">;

const FLAG_REDACTED = 1;
const FLAG_PARTNER = 2;
const FLAG_DUPLICATE = 4;

export class PaymentTable {
  readonly text = new Strings();
  /** Payment ids, packed (a million strings would be a million objects for the garbage collector). */
  ids: PackedStrings = new PackedStringsBuilder().done();
  council: Int32Array = new Int32Array(0);
  date: Int32Array = new Int32Array(0);
  year: Int32Array = new Int32Array(0);
  /** Exact integer micros (whole numbers, exact in a double up to 2^53). */
  amount: Float64Array = new Float64Array(0);
  supplierId: Int32Array = new Int32Array(0);
  /** The supplier's name as published on this row (for name-variant counts). */
  supplierName: Int32Array = new Int32Array(0);
  area: Int32Array = new Int32Array(0);
  type: Int32Array = new Int32Array(0);
  flags: Int32Array = new Int32Array(0);
  file: Int32Array = new Int32Array(0);
  line: Int32Array = new Int32Array(0);

  get size(): number {
    return this.amount.length;
  }

  isRedacted = (row: number): boolean => ((this.flags[row] as number) & FLAG_REDACTED) !== 0;
  isPartnerPayment = (row: number): boolean => ((this.flags[row] as number) & FLAG_PARTNER) !== 0;
  isPossibleDuplicate = (row: number): boolean => ((this.flags[row] as number) & FLAG_DUPLICATE) !== 0;

  row(i: number): PaymentRow {
    const t = this.text;
    const flags = this.flags[i] as number;
    return {
      id: this.ids.get(i),
      council: t.get(this.council[i] as number),
      date: t.get(this.date[i] as number),
      financialYear: t.get(this.year[i] as number),
      amount: this.amount[i] as number,
      supplierId: t.get(this.supplierId[i] as number),
      redacted: (flags & FLAG_REDACTED) !== 0,
      partnerPayment: (flags & FLAG_PARTNER) !== 0,
      expenseArea: t.get(this.area[i] as number),
      expenseType: t.get(this.type[i] as number),
      possibleDuplicate: (flags & FLAG_DUPLICATE) !== 0,
      sourceFile: t.get(this.file[i] as number),
      sourceLine: this.line[i] as number,
    };
  }
}

/** Builds the table one payment at a time, in payments.csv's order. */
class PaymentTableBuilder {
  readonly table = new PaymentTable();
  private readonly ids = new PackedStringsBuilder();
  private readonly columns = {
    council: new IntColumn(),
    date: new IntColumn(),
    year: new IntColumn(),
    amount: new FloatColumn(),
    supplierId: new IntColumn(),
    supplierName: new IntColumn(),
    area: new IntColumn(),
    type: new IntColumn(),
    flags: new IntColumn(),
    file: new IntColumn(),
    line: new IntColumn(),
  };
  private readonly column = () => lastValueIds(this.table.text);
  private readonly council = this.column();
  private readonly date = this.column();
  private readonly year = this.column();
  private readonly area = this.column();
  private readonly type = this.column();
  private readonly file = this.column();
  /** A supplier is mostly published under one name: compare with the name last seen for its id first. */
  private readonly lastName: ({ text: string; id: number } | undefined)[] = [];

  add(row: Readonly<PaymentCells>): void {
    const table = this.columns;
    const t = this.table.text;
    this.ids.push(row.id);
    table.council.push(this.council(row.council));
    table.date.push(this.date(row.date));
    table.year.push(this.year(row.financial_year));
    table.amount.push(row.amount);
    const supplierId = t.id(row.supplier_id);
    table.supplierId.push(supplierId);
    const name = row.supplier;
    let last = this.lastName[supplierId];
    if (last?.text !== name) {
      last = { text: name, id: t.id(name) };
      this.lastName[supplierId] = last;
    }
    table.supplierName.push(last.id);
    table.area.push(this.area(row.expense_area));
    table.type.push(this.type(row.expense_type));
    table.flags.push(
      (row.redacted ? FLAG_REDACTED : 0) |
        (row.partner_payment ? FLAG_PARTNER : 0) |
        (row.possible_duplicate ? FLAG_DUPLICATE : 0),
    );
    table.file.push(this.file(row.source_file));
    table.line.push(row.source_line);
  }

  done(): PaymentTable {
    const t = this.table;
    const { amount, ...ints } = this.columns;
    t.ids = this.ids.done();
    t.amount = amount.done();
    for (const key of Object.keys(ints) as (keyof typeof ints)[]) t[key] = ints[key].done();
    return t;
  }
}

/** The dataset folder's payments.parquet, in payments.csv's order (what the build reads). */
export async function loadPaymentsFromParquet(datasetDir: string): Promise<PaymentTable> {
  const builder = new PaymentTableBuilder();
  await readPaymentRows(datasetDir, (row) => builder.add(row));
  return builder.done();
}

/** A payments.csv file (a test's fixture: the build reads payments.parquet). */
export async function loadPayments(path: string): Promise<PaymentTable> {
  const builder = new PaymentTableBuilder();
  await readCsvRows(path, PAYMENTS.names, (cells, at) => builder.add(paymentCellsOfLine(cells, at, path)));
  return builder.done();
}
