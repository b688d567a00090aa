// Every kept payment from payments.csv, held column by column: repeated text (councils, suppliers,
// departments, files) once in a string table, amounts as exact integer micros.
import { Strings } from "../tables/column-store.ts";
import { readCsvRows } from "../tables/csv-read.ts";
import { microsOf } from "../tables/decimal.ts";
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
  readonly council: number[] = [];
  readonly date: number[] = [];
  readonly year: number[] = [];
  readonly amount: number[] = [];
  readonly supplierId: number[] = [];
  /** The supplier's name as published on this row (for name-variant counts). */
  readonly supplierName: number[] = [];
  readonly area: number[] = [];
  readonly type: number[] = [];
  readonly flags: number[] = [];
  readonly file: number[] = [];
  readonly line: number[] = [];

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

export async function loadPayments(path: string): Promise<PaymentTable> {
  const table = new PaymentTable();
  const t = table.text;
  // Consecutive rows mostly share council, file, year, date and department: compare with the
  // previous row's text before looking a value up.
  const column = () => {
    let text: string | null = null;
    let id = 0;
    return (value: string): number => {
      if (value !== text) {
        text = value;
        id = t.id(value);
      }
      return id;
    };
  };
  const ids = new PackedStringsBuilder();
  // A supplier is mostly published under one name: compare with the name last seen for its id first.
  const lastName: ({ text: string; id: number } | undefined)[] = [];
  const [council, date, year, area, type, file] = [
    column(),
    column(),
    column(),
    column(),
    column(),
    column(),
  ];
  await readCsvRows(path, PAYMENTS.names, (cells, c) => {
    const amount = microsOf(cells[c.amount] as string);
    if (Number.isNaN(amount))
      throw new Error(`${path}: amount "${cells[c.amount]}" of ${cells[c.id]} is not a decimal`);
    ids.push(cells[c.id] as string);
    table.council.push(council(cells[c.council] as string));
    table.date.push(date(cells[c.date] as string));
    table.year.push(year(cells[c.financial_year] as string));
    table.amount.push(amount);
    const supplierId = t.id(cells[c.supplier_id] as string);
    table.supplierId.push(supplierId);
    const name = cells[c.supplier] as string;
    let last = lastName[supplierId];
    if (last?.text !== name) {
      last = { text: name, id: t.id(name) };
      lastName[supplierId] = last;
    }
    table.supplierName.push(last.id);
    table.area.push(area(cells[c.expense_area] as string));
    table.type.push(type(cells[c.expense_type] as string));
    table.flags.push(
      (cells[c.redacted] === "true" ? FLAG_REDACTED : 0) |
        (cells[c.partner_payment] === "true" ? FLAG_PARTNER : 0) |
        (cells[c.possible_duplicate] === "true" ? FLAG_DUPLICATE : 0),
    );
    table.file.push(file(cells[c.source_file] as string));
    table.line.push(Number(cells[c.source_line]));
  });
  table.ids = ids.done();
  return table;
}
