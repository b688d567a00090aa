// A new supplier with a large first payment: the first day a council paid a supplier, at least
// history_days after the council's first published payment (before that, every supplier looks new),
// with a payment that day of at least min_amount. One pass per council × supplier pair.
import { type FlagThresholds, poundsToMicros } from "./config.ts";
import { type FlagContext, NO_DAY, pairCount, rowsOfPair } from "./context.ts";
import { flagId, type IndicatorResult, latestYear, sortFlagRows, supplierName } from "./flag.ts";
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
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    if (ctx.pairPartner[pair] === 1) continue;
    const council = ctx.pairCouncil[pair];
    const rows = rowsOfPair(ctx, pair);
    let first = Number.POSITIVE_INFINITY;
    for (const row of rows) if (ctx.day[row] !== NO_DAY && ctx.day[row] < first) first = ctx.day[row];
    if (!Number.isFinite(first) || first < councilFirst[council] + t.history_days) continue;
    const firstRows = [...rows].filter((row) => ctx.day[row] === first);
    let largest = Number.NEGATIVE_INFINITY;
    for (const row of firstRows) largest = Math.max(largest, p.amount[row]);
    if (largest < minimum) continue;
    const flagRows = sortFlagRows(
      ctx,
      firstRows.map((row) => ({ row, note: "first payment" })),
    );
    const supplier = supplierName(ctx, firstRows[0] as number);
    let total = 0n;
    for (const row of firstRows) total += BigInt(p.amount[row]);
    out.flags.push({
      id: flagId(
        "large-first-payment",
        ctx.councils[council]?.slug ?? "",
        p.text.get(ctx.pairSupplier[pair]),
      ),
      indicator: "large-first-payment",
      council,
      supplierId: p.text.get(ctx.pairSupplier[pair]),
      contractId: "",
      financialYear: latestYear(ctx, flagRows),
      total,
      threshold: `${pounds(minimum)} after ${t.history_days} days of data`,
      question:
        `${ctx.councils[council]?.name}'s first payment to ${supplier}, on ${dayText(first)}, was ${pounds(largest)}` +
        `${firstRows.length > 1 ? ` (${pounds(total)} in ${firstRows.length} payments that day)` : ""}; ` +
        `its published payments go back to ${dayText(councilFirst[council])}. ` +
        "How was the supplier chosen, and under what contract?",
      rows: flagRows,
    });
  }
  return out;
}
