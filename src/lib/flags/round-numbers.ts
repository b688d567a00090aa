// Repeated round-number payments: at least min_payments payments by a council to one supplier, each an
// exact multiple of `multiple` (compared in integer micros) and at least min_amount.
import { type FlagThresholds, poundsToMicros } from "./config.ts";
import { type FlagContext, pairCount } from "./context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName, totalOf } from "./flag.ts";
import { pounds } from "./words.ts";

export function roundNumbers(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["round-numbers"];
  const multiple = poundsToMicros(t.multiple);
  const minimum = Math.max(multiple, poundsToMicros(t.min_amount));
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const { start, rows: order } = ctx.pairRows;
  const amounts = ctx.inPairOrder.amount;
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    const from = start[pair];
    const to = start[pair + 1];
    if (ctx.pairPartner[pair] === 1 || to - from < t.min_payments) continue;
    const round: number[] = [];
    for (let i = from; i < to; i++) {
      const amount = amounts[i];
      if (amount >= minimum && amount % multiple === 0) round.push(order[i]);
    }
    if (round.length < t.min_payments) continue;
    const council = ctx.pairCouncil[pair];
    const supplierId = p.text.get(ctx.pairSupplier[pair]);
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
            `${ctx.councils[council]?.name} made ${round.length} of its ${to - from} payments to ${supplierName(ctx, round[0] as number)} ` +
            `in exact multiples of ${pounds(multiple)} (${pounds(minimum)} or more; ${pounds(total)} in all). ` +
            "What were they for: fixed fees, grants, stage payments or payments in advance?",
        },
        round,
      ),
    );
  }
  return out;
}
