// Repeated round-number payments: at least min_payments payments by a council to one supplier, each an
// exact multiple of `multiple` (compared in integer micros) and at least min_amount. The counts come
// from the tallies (tallies.ts); only the rows of flagged pairs are read again.
import { type FlagThresholds, poundsToMicros } from "../engine/config.ts";
import { type FlagContext, pairCount, rowsOf } from "../engine/context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName, totalOf } from "../engine/flag.ts";
import { isMultiple, pairTallies, roundMinimum } from "../engine/tallies.ts";
import { pounds } from "../output/words.ts";

export function roundNumbers(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["round-numbers"];
  const multiple = poundsToMicros(t.multiple);
  const minimum = roundMinimum(t);
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const pairs = pairCount(ctx);
  // Round payments by pair; pairs of a partner council are not looked at.
  const counts = pairTallies(ctx, thresholds).round;
  // Flagged pairs in pair order, with their round payments.
  const flaggedPairs: number[] = [];
  for (let pair = 0; pair < pairs; pair++)
    if ((counts[pair] as number) >= t.min_payments && ctx.pairPartner[pair] === 0) flaggedPairs.push(pair);
  const amounts = p.amount;
  const roundRows = flaggedPairs.map((pair) => {
    const rows: number[] = [];
    const pairRows = rowsOf(ctx, pair);
    for (let i = 0; i < pairRows.length; i++) {
      const row = pairRows[i] as number;
      const amount = amounts[row] as number;
      if (amount >= minimum && isMultiple(amount, multiple)) rows.push(row);
    }
    return rows;
  });
  for (let i = 0; i < flaggedPairs.length; i++) {
    const pair = flaggedPairs[i] as number;
    const round = roundRows[i] as number[];
    const council = ctx.pairCouncil[pair] as number;
    const supplierId = p.text.get(ctx.pairSupplier[pair] as number);
    const total = totalOf(ctx, round);
    out.flags.push(
      flagOf(
        ctx,
        {
          id: flagId("round-numbers", ctx.councils[council]?.slug ?? "", supplierId),
          indicator: "round-numbers",
          council,
          supplierId,
          total,
          threshold: `multiples of ${pounds(multiple)} from ${pounds(minimum)}, ${t.min_payments} or more`,
          question:
            `${ctx.councils[council]?.name} made ${round.length} of its ${ctx.pairSize[pair]} payments to ${supplierName(ctx, round[0] as number)} ` +
            `in exact multiples of ${pounds(multiple)} (${pounds(minimum)} or more; ${pounds(total)} in all). ` +
            "What were they for: fixed fees, grants, stage payments or payments in advance?",
        },
        round,
      ),
    );
  }
  return out;
}
