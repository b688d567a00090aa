// Credit notes that may cancel repeated payments: a pair's dated credit notes by amount, each used
// once, handed out in date order (duplicates.ts).
import { type FlagContext, NO_DAY } from "../engine/context.ts";

/**
 * Credit notes of one amount (negative micros), sorted by date, each usable once. Groups ask in date
 * order, so the notes are read through a cursor: notes before a group's first payment can serve no
 * later group and are passed for good.
 */
export class CreditList {
  readonly rows: number[];
  next = 0;

  constructor(rows: number[]) {
    this.rows = rows;
  }

  /** Up to `most` unused credit notes dated within [from, to], earliest first. */
  take(day: Int32Array, from: number, to: number, most: number): number[] {
    const rows = this.rows;
    while (this.next < rows.length && (day[rows[this.next] as number] as number) < from) this.next++;
    const found: number[] = [];
    while (
      found.length < most &&
      this.next < rows.length &&
      (day[rows[this.next] as number] as number) <= to
    ) {
      found.push(rows[this.next++] as number);
    }
    return found;
  }
}

/** Rows (ascending) sorted in place by date, then row. */
export function byDay(day: Int32Array, rows: number[]): number[] {
  for (let i = 1; i < rows.length; i++) {
    if ((day[rows[i - 1] as number] as number) > (day[rows[i] as number] as number)) {
      return rows.sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
    }
  }
  return rows;
}

/** Credit notes of one pair (rows in payments.csv order), by amount. */
export class Credits {
  private readonly byAmount = new Map<number, CreditList>();
  private readonly day: Int32Array;

  constructor(ctx: FlagContext, rows: ArrayLike<number>) {
    this.day = ctx.day;
    const lists = new Map<number, number[]>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      const amount = ctx.payments.amount[row] as number;
      if (amount >= 0 || ctx.day[row] === NO_DAY) continue;
      const list = lists.get(amount);
      if (list) list.push(row);
      else lists.set(amount, [row]);
    }
    for (const [amount, list] of lists) this.byAmount.set(amount, new CreditList(byDay(ctx.day, list)));
  }

  /** Up to `most` unused credit notes of -amount dated within [from, to], earliest first. */
  take(amount: number, from: number, to: number, most: number): number[] {
    return this.byAmount.get(-amount)?.take(this.day, from, to, most) ?? [];
  }
}
