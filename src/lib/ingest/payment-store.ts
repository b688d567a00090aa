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
  /** From sourceOf(council, file). */
  source: number;
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

/** Columns are public for the output pass, which reads them without building row objects. */
export class PaymentStore {
  readonly text = new StringTable();
  /** Source (council and file) of each row: an index into `sources`. */
  readonly source: number[] = [];
  readonly sources: { council: string; file: string }[] = [];
  readonly lines: number[] = [];
  readonly dates: number[] = [];
  readonly amounts: number[] = [];
  readonly names: number[] = [];
  readonly areas: number[] = [];
  readonly types: number[] = [];
  readonly descriptions: number[] = [];
  readonly refs: string[] = [];
  private readonly duplicate = new Set<number>();
  private readonly sourceIds = new Map<string, number>();

  get size(): number {
    return this.lines.length;
  }

  /** Adds a payment; returns its row number. */
  add(p: StoredPayment): number {
    this.source.push(p.source);
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

  /** The number of a published file, for add(). */
  sourceOf(council: string, file: string): number {
    const key = `${council}\u0000${file}`;
    let id = this.sourceIds.get(key);
    if (id === undefined) {
      id = this.sources.push({ council, file }) - 1;
      this.sourceIds.set(key, id);
    }
    return id;
  }

  markPossibleDuplicate(row: number): void {
    this.duplicate.add(row);
  }

  isPossibleDuplicate(row: number): boolean {
    return this.duplicate.has(row);
  }

  /** "spend/2023-04.csv:13": where a stored row was published. */
  location(row: number): string {
    return `${(this.sources[this.source[row] as number] as { file: string }).file}:${this.lines[row]}`;
  }
}
