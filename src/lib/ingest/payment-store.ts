// Accepted payments held column by column between the file pass and the output pass: repeated
// text (councils, files, departments, names) is stored once and referenced by number.
import type { Micros } from "../model.ts";

/** A table of distinct strings, each referenced by its index. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.ids.set(value, id);
    }
    return id;
  }
}

export interface StoredPayment {
  council: string;
  file: string;
  line: number;
  date: string;
  amount: Micros;
  /** The registry's entry for the published supplier name. */
  nameId: number;
  expenseArea: string;
  expenseType: string;
  description: string;
  transactionRef: string;
}

export class PaymentStore {
  private readonly text = new StringTable();
  private readonly source: number[] = [];
  private readonly lines: number[] = [];
  private readonly dates: number[] = [];
  private readonly amounts: number[] = [];
  private readonly names: number[] = [];
  private readonly areas: number[] = [];
  private readonly types: number[] = [];
  private readonly descriptions: number[] = [];
  private readonly refs: string[] = [];
  private readonly duplicate = new Set<number>();

  get size(): number {
    return this.lines.length;
  }

  /** Adds a payment; returns its row number. */
  add(p: StoredPayment): number {
    this.source.push(this.text.id(`${p.council}\u0000${p.file}`));
    this.lines.push(p.line);
    this.dates.push(this.text.id(p.date));
    this.amounts.push(p.amount);
    this.names.push(p.nameId);
    this.areas.push(this.text.id(p.expenseArea));
    this.types.push(this.text.id(p.expenseType));
    this.descriptions.push(this.text.id(p.description));
    this.refs.push(p.transactionRef);
    return this.lines.length - 1;
  }

  markPossibleDuplicate(row: number): void {
    this.duplicate.add(row);
  }

  isPossibleDuplicate(row: number): boolean {
    return this.duplicate.has(row);
  }

  /** "spend/2023-04.csv:13": where a stored row was published. */
  location(row: number): string {
    const source = this.text.values[this.source[row] as number] as string;
    return `${source.slice(source.indexOf("\u0000") + 1)}:${this.lines[row]}`;
  }

  get(row: number): StoredPayment {
    const source = this.text.values[this.source[row] as number] as string;
    const cut = source.indexOf("\u0000");
    const t = this.text.values;
    return {
      council: source.slice(0, cut),
      file: source.slice(cut + 1),
      line: this.lines[row] as number,
      date: t[this.dates[row] as number] as string,
      amount: this.amounts[row] as number,
      nameId: this.names[row] as number,
      expenseArea: t[this.areas[row] as number] as string,
      expenseType: t[this.types[row] as number] as string,
      description: t[this.descriptions[row] as number] as string,
      transactionRef: this.refs[row] as string,
    };
  }
}
