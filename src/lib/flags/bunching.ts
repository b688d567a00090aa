// Payments bunched just under a threshold, against the supplier's own distribution around it. For each
// council × supplier pair and threshold T, with w = T × band: count the payments in [T − w, T) (the
// band), in [T − 2w, T − w) (below it) and in [T, T + w) (above it). Flag when the band holds at least
// min_payments and at least min_ratio times the average of its two neighbours (an empty neighbour
// counts as 1): one £499.99 payment never flags; a steady price just under T with nothing around it
// does (a question, with "why this might be fine").
import { type FlagThresholds, partsPerMillion, poundsToMicros } from "./config.ts";
import { type FlagContext, pairCount, rowsOfPair } from "./context.ts";
import { flagId, type IndicatorResult, latestYear, sortFlagRows, supplierName } from "./flag.ts";
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
  from: number;
  width: number;
}

export function thresholdBunching(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["threshold-bunching"];
  const p = ctx.payments;
  const bands: Band[] = t.thresholds.map((pounds) => {
    const threshold = poundsToMicros(pounds);
    const width = Math.max(1, Number((BigInt(threshold) * BigInt(partsPerMillion(t.band))) / 1_000_000n));
    return { threshold, from: threshold - width, width };
  });
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    if (ctx.pairPartner[pair] === 1) continue;
    const rows = rowsOfPair(ctx, pair);
    if (rows.length < t.min_payments) continue;
    for (const band of bands) {
      const inBand: number[] = [];
      let below = 0;
      let above = 0;
      for (const row of rows) {
        const amount = p.amount[row];
        if (amount >= band.from && amount < band.threshold) inBand.push(row);
        else if (amount >= band.from - band.width && amount < band.from) below++;
        else if (amount >= band.threshold && amount < band.threshold + band.width) above++;
      }
      if (inBand.length < t.min_payments) continue;
      const expected = Math.max(1, (below + above) / 2);
      if (inBand.length < t.min_ratio * expected) {
        out.setAside.set(AROUND, (out.setAside.get(AROUND) ?? 0) + 1);
        continue;
      }
      const first = inBand[0] as number;
      const council = ctx.pairCouncil[pair];
      const name = THRESHOLD_NAMES.get(band.threshold);
      const to = pounds(band.threshold - 10_000);
      const flagRows = sortFlagRows(
        ctx,
        inBand.map((row) => ({ row, note: "" })),
      );
      let total = 0n;
      for (const row of inBand) total += BigInt(p.amount[row]);
      out.flags.push({
        id: flagId(
          "threshold-bunching",
          ctx.councils[council]?.slug ?? "",
          p.text.get(ctx.pairSupplier[pair]),
          `under-${band.threshold / 1_000_000}`,
        ),
        indicator: "threshold-bunching",
        council,
        supplierId: p.text.get(ctx.pairSupplier[pair]),
        contractId: "",
        financialYear: latestYear(ctx, flagRows),
        total,
        threshold: `${pounds(band.threshold)} (band ${pounds(band.from)} to ${to})`,
        question:
          `${inBand.length} of the ${rows.length} payments by ${ctx.councils[council]?.name} to ${supplierName(ctx, first)} ` +
          `are between ${pounds(band.from)} and ${to}, just under ${name ? `${name} of ${pounds(band.threshold)}` : pounds(band.threshold)} ` +
          `(${below} in the band of the same width below, ${above} from ${pounds(band.threshold)} up). ` +
          "Were orders or invoices split to stay under it, or is this how the work is priced?",
        rows: flagRows,
      });
    }
  }
  return out;
}
