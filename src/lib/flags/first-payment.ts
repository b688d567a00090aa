// A new supplier with a large first payment: the first day a council paid a supplier, at least
// history_days after the council's first published payment (before that, every supplier looks new),
// with a payment that day of at least min_amount. One pass per council × supplier pair.
import { type FlagThresholds, poundsToMicros } from "./config.ts";
import { type FlagContext, NO_DAY, pairCount } from "./context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName, totalOf } from "./flag.ts";
import { dayText, pounds } from "./words.ts";

export function largeFirstPayments(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["large-first-payment"];
  const minimum = poundsToMicros(t.min_amount);
  const p = ctx.payments;
  const councilFirst = new Float64Array(ctx.councils.length).fill(Number.POSITIVE_INFINITY);
  for (let row = 0; row < p.size; row++) {
    const council = ctx.councilOf[row];
    if (council >= 0 && ctx.day[row] !== NO_DAY && ctx.day[row] < councilFirst[council])
      councilFirst[council] = ctx.day[row];
  }
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const { start, rows: order } = ctx.pairRows;
  const { amount: amounts, day: days } = ctx.inPairOrder;
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    if (ctx.pairPartner[pair] === 1) continue;
    const council = ctx.pairCouncil[pair];
    const from = start[pair];
    const to = start[pair + 1];
    let first = Number.POSITIVE_INFINITY;
    for (let i = from; i < to; i++) {
      const day = days[i];
      if (day !== NO_DAY && day < first) first = day;
    }
    if (!Number.isFinite(first) || first < councilFirst[council] + t.history_days) continue;
    const firstRows: number[] = [];
    let largest = Number.NEGATIVE_INFINITY;
    for (let i = from; i < to; i++) {
      if (days[i] !== first) continue;
      firstRows.push(order[i]);
      largest = Math.max(largest, amounts[i]);
    }
    if (largest < minimum) continue;
    const supplier = supplierName(ctx, firstRows[0] as number);
    const supplierId = p.text.get(ctx.pairSupplier[pair]);
    const total = totalOf(ctx, firstRows);
    out.flags.push(
      flagOf(
        ctx,
        {
          id: flagId("large-first-payment", ctx.councils[council]?.slug ?? "", supplierId),
          indicator: "large-first-payment",
          council,
          supplierId,
          total,
          threshold: `${pounds(minimum)} after ${t.history_days} days of data`,
          question:
            `${ctx.councils[council]?.name}'s first payment to ${supplier}, on ${dayText(first)}, was ${pounds(largest)}` +
            `${firstRows.length > 1 ? ` (${pounds(total)} in ${firstRows.length} payments that day)` : ""}; ` +
            `its published payments go back to ${dayText(councilFirst[council])}. ` +
            "How was the supplier chosen, and under what contract?",
        },
        firstRows,
      ),
    );
  }
  return out;
}
