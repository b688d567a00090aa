// Payments bunched just under a threshold, against the supplier's own distribution around it. For each
// council × supplier pair and threshold T, with w = T × band: count the payments in [T − w, T) (the
// band), in [T − 2w, T − w) (below it) and in [T, T + w) (above it). Flag when the band holds at least
// min_payments and at least min_ratio times the average of its two neighbours (an empty neighbour
// counts as 1): one £499.99 payment never flags; a steady price just under T with nothing around it
// does (a question, with "why this might be fine").
import { type FlagThresholds, partsPerMillion, poundsToMicros } from "./config.ts";
import { type FlagContext, pairCount } from "./context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName, totalOf } from "./flag.ts";
import { pounds } from "./words.ts";

/** What a threshold is, when it is one of the usual ones. */
const THRESHOLD_NAMES = new Map<number, string>([
  [500_000_000, "the publication threshold"],
  [5_000_000_000, "the contracts-register threshold"],
  [25_000_000_000, "the Contracts Finder threshold"],
]);

const AROUND = "as many payments around the threshold as under it";

interface Band {
  threshold: number;
  /** Lowest amount in the band. */
  from: number;
  width: number;
}

function bandsOf(t: FlagThresholds["threshold-bunching"]): Band[] {
  return t.thresholds.map((value) => {
    const threshold = poundsToMicros(value);
    const width = Math.max(1, Number((BigInt(threshold) * BigInt(partsPerMillion(t.band))) / 1_000_000n));
    return { threshold, from: threshold - width, width };
  });
}

export function thresholdBunching(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["threshold-bunching"];
  const p = ctx.payments;
  const bands = bandsOf(t);
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const { start, rows: order } = ctx.pairRows;
  const amounts = ctx.inPairOrder.amount;
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    const from = start[pair];
    const to = start[pair + 1];
    if (ctx.pairPartner[pair] === 1 || to - from < t.min_payments) continue;
    for (const band of bands) {
      const inBand: number[] = [];
      let below = 0;
      let above = 0;
      for (let i = from; i < to; i++) {
        const amount = amounts[i];
        if (amount < band.from - band.width || amount >= band.threshold + band.width) continue;
        if (amount < band.from) below++;
        else if (amount < band.threshold) inBand.push(order[i]);
        else above++;
      }
      if (inBand.length < t.min_payments) continue;
      if (inBand.length < t.min_ratio * Math.max(1, (below + above) / 2)) {
        out.setAside.set(AROUND, (out.setAside.get(AROUND) ?? 0) + 1);
        continue;
      }
      const council = ctx.pairCouncil[pair];
      const supplierId = p.text.get(ctx.pairSupplier[pair]);
      const name = THRESHOLD_NAMES.get(band.threshold);
      const under = pounds(band.threshold - 10_000);
      out.flags.push(
        flagOf(
          ctx,
          {
            id: flagId(
              "threshold-bunching",
              ctx.councils[council]?.slug ?? "",
              supplierId,
              `under-${band.threshold / 1_000_000}`,
            ),
            indicator: "threshold-bunching",
            council,
            supplierId,
            total: totalOf(ctx, inBand),
            threshold: `${pounds(band.threshold)} (band ${pounds(band.from)} to ${under})`,
            question:
              `${inBand.length} of the ${to - from} payments by ${ctx.councils[council]?.name} to ${supplierName(ctx, inBand[0] as number)} ` +
              `are between ${pounds(band.from)} and ${under}, just under ${name ? `${name} of ${pounds(band.threshold)}` : pounds(band.threshold)} ` +
              `(${below} in the band of the same width below, ${above} from ${pounds(band.threshold)} up). ` +
              "Were orders or invoices split to stay under it, or is this how the work is priced?",
          },
          inBand,
        ),
      );
    }
  }
  return out;
}
