// Repeated round-number payments: at least min_payments payments by a council to one supplier, each an
// exact multiple of `multiple` (compared in integer micros) and at least min_amount.
import { type FlagThresholds, poundsToMicros } from "./config.ts";
import { type FlagContext, pairCount, rowsOfPair } from "./context.ts";
import { flagId, type IndicatorResult, latestYear, sortFlagRows, supplierName } from "./flag.ts";
import { pounds } from "./words.ts";

export function roundNumbers(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["round-numbers"];
  const multiple = poundsToMicros(t.multiple);
  const minimum = Math.max(multiple, poundsToMicros(t.min_amount));
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    if (ctx.pairPartner[pair] === 1) continue;
    const rows = rowsOfPair(ctx, pair);
    if (rows.length < t.min_payments) continue;
    const round: number[] = [];
    for (const row of rows) {
      const amount = p.amount[row];
      if (amount >= minimum && amount % multiple === 0) round.push(row);
    }
    if (round.length < t.min_payments) continue;
    const council = ctx.pairCouncil[pair];
    const flagRows = sortFlagRows(
      ctx,
      round.map((row) => ({ row, note: "" })),
    );
    let total = 0n;
    for (const row of round) total += BigInt(p.amount[row]);
    out.flags.push({
      id: flagId("round-numbers", ctx.councils[council]?.slug ?? "", p.text.get(ctx.pairSupplier[pair])),
      indicator: "round-numbers",
      council,
      supplierId: p.text.get(ctx.pairSupplier[pair]),
      contractId: "",
      financialYear: latestYear(ctx, flagRows),
      total,
      threshold: `multiples of ${pounds(multiple)} from ${pounds(minimum)}, ${t.min_payments} or more`,
      question:
        `${ctx.councils[council]?.name} made ${round.length} of its ${rows.length} payments to ${supplierName(ctx, round[0] as number)} ` +
        `in exact multiples of ${pounds(multiple)} (${pounds(minimum)} or more; ${pounds(total)} in all). ` +
        "What were they for: fixed fees, grants, stage payments or payments in advance?",
      rows: flagRows,
    });
  }
  return out;
}
