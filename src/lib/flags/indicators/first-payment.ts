// A new supplier with a large first payment: the first day a council paid a supplier, at least
// history_days after the council's first published payment (before that, every supplier looks new),
// with a payment that day of at least min_amount. First days come from the tallies; only the rows of
// pairs first paid late enough are read again.
import { type FlagThresholds, poundsToMicros } from "../engine/config.ts";
import { type FlagContext, pairCount, rowsOf } from "../engine/context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName, totalOf } from "../engine/flag.ts";
import { departmentTallies, NO_FIRST, pairTallies } from "../engine/tallies.ts";
import { dayText, pounds } from "../output/words.ts";

export function largeFirstPayments(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["large-first-payment"];
  const minimum = poundsToMicros(t.min_amount);
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const pairs = pairCount(ctx);
  // First days by council and pair, and the largest payment on a pair's first day, from the tallies.
  const { councilFirst } = departmentTallies(ctx);
  const { first, largestFirst: largest } = pairTallies(ctx, thresholds);
  // Flagged pairs in pair order, with the rows of their first day.
  const flaggedPairs: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    if (ctx.pairPartner[pair] === 1) continue;
    const firstDay = first[pair] as number;
    const council = ctx.pairCouncil[pair] as number;
    if (firstDay === NO_FIRST || firstDay < (councilFirst[council] as number) + t.history_days) continue;
    if ((largest[pair] as number) < minimum) continue;
    flaggedPairs.push(pair);
  }
  const day = ctx.day;
  const rowsOnFirstDay = flaggedPairs.map((pair) => {
    const rows: number[] = [];
    const pairRows = rowsOf(ctx, pair);
    for (let i = 0; i < pairRows.length; i++)
      if (day[pairRows[i] as number] === first[pair]) rows.push(pairRows[i] as number);
    return rows;
  });
  for (let i = 0; i < flaggedPairs.length; i++) {
    const pair = flaggedPairs[i] as number;
    const firstRows = rowsOnFirstDay[i] as number[];
    const council = ctx.pairCouncil[pair] as number;
    const supplier = supplierName(ctx, firstRows[0] as number);
    const supplierId = p.text.get(ctx.pairSupplier[pair] as number);
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
            `${ctx.councils[council]?.name}'s first payment to ${supplier}, on ${dayText(first[pair] as number)}, was ${pounds(largest[pair] as number)}` +
            `${firstRows.length > 1 ? ` (${pounds(total)} in ${firstRows.length} payments that day)` : ""}; ` +
            `its published payments go back to ${dayText(councilFirst[council] as number)}. ` +
            "How was the supplier chosen, and under what contract?",
        },
        firstRows,
      ),
    );
  }
  return out;
}
