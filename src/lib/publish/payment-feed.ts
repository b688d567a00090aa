// The payments feeds: payments of LARGE_PAYMENT_MICROS or more, newest first, for the partnership and
// per council. Payments are offered one at a time as payments.parquet is queried; only the newest few per
// feed are kept, so memory does not grow with the number of large payments.

import type { LargePaymentRecord } from "../columnar/large-payments.ts";
import type { Micros } from "../model.ts";
import { formatPounds } from "../money.ts";
import { type AtomEntry, type AtomFeed, isIsoDate } from "./atom.ts";
import { type FeedCouncil, LARGE_PAYMENT_MICROS, PAYMENT_FEED_ENTRIES } from "./feed-catalogue.ts";
import { councilName, type FeedContext, frameFeed } from "./feed-frame.ts";
import { sourceFile, supplierPage } from "./site-paths.ts";

/** A payment of the feeds: what a feed entry says of it (read from payments.parquet). */
export type LargePayment = LargePaymentRecord;

export const isLargePayment = (amount: Micros): boolean => amount >= LARGE_PAYMENT_MICROS;

/** Newest first: later date, then larger amount, then id (a total order, so output is stable). */
export function newestFirst(a: LargePayment, b: LargePayment): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.amount !== b.amount) return b.amount - a.amount;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Keeps the newest `limit` large payments of the partnership and of each council. */
export class LargePaymentPicker {
  private readonly limit: number;
  private readonly all: LargePayment[] = [];
  private readonly byCouncil = new Map<string, LargePayment[]>();

  constructor(limit = PAYMENT_FEED_ENTRIES) {
    this.limit = limit;
  }

  /** Offers a payment; ignored unless it is large and has a date. */
  offer(payment: LargePayment): void {
    if (!isLargePayment(payment.amount) || !isIsoDate(payment.date)) return;
    this.keep(this.all, payment);
    let list = this.byCouncil.get(payment.council);
    if (!list) {
      list = [];
      this.byCouncil.set(payment.council, list);
    }
    this.keep(list, payment);
  }

  private keep(list: LargePayment[], payment: LargePayment): void {
    list.push(payment);
    if (list.length >= this.limit * 2) this.trim(list);
  }

  private trim(list: LargePayment[]): LargePayment[] {
    list.sort(newestFirst);
    if (list.length > this.limit) list.length = this.limit;
    return list;
  }

  /** The newest payments, newest first: the partnership's, or one council's. */
  newest(council?: string): LargePayment[] {
    const list = council === undefined ? this.all : this.byCouncil.get(council);
    return list ? [...this.trim(list)] : [];
  }
}

export function paymentEntry(payment: LargePayment, context: FeedContext): AtomEntry {
  const { urls } = context;
  const council = councilName(context, payment.council);
  const amount = formatPounds(payment.amount);
  const page = supplierPage(payment.supplierId);
  const source = `${payment.council}/${payment.sourceFile}:${payment.sourceLine}`;
  const what = [payment.expenseArea, payment.expenseType, payment.description].filter((t) => t !== "");
  const notes = payment.partnerPayment ? " A payment to a partner council (a recharge)." : "";
  return {
    id: urls.recordId(`payments/${encodeURIComponent(payment.id)}`, page, `payment-${payment.id}`),
    title: `${amount} to ${payment.supplier} (${council})`,
    updated: payment.date,
    links: [
      { rel: "alternate", href: urls.href(page), type: "text/html", title: payment.supplier },
      {
        rel: "via",
        href: urls.href(sourceFile(payment.council, payment.sourceFile)),
        title: `Published file ${payment.sourceFile}, line ${payment.sourceLine}`,
      },
    ],
    categories: [council],
    summary:
      `${council} paid ${payment.supplier} ${amount} on ${payment.date}.` +
      (what.length > 0 ? ` ${what.join(" / ")}.` : "") +
      `${notes} Source: ${source} (payment ${payment.id}).`,
  };
}

export function paymentFeed(
  picker: LargePaymentPicker,
  context: FeedContext,
  council?: FeedCouncil,
): AtomFeed {
  const entries = picker.newest(council?.slug).map((p) => paymentEntry(p, context));
  return frameFeed("payments", council, entries, context);
}
