// Payments bunched just under a threshold, against the supplier's own distribution around it. For each
// council × supplier pair and threshold T, with w = T × band: count the payments in [T − w, T) (the
// band), in [T − 2w, T − w) (below it) and in [T, T + w) (above it). Flag when the band holds at least
// min_payments and at least min_ratio times the average of its two neighbours (an empty neighbour
// counts as 1): one £499.99 payment never flags; a steady price just under T with nothing around it
// does (a question, with "why this might be fine"). The counts come from the tallies (tallies.ts);
// only the rows of flagged pairs are read again.
import type { FlagThresholds } from "../engine/config.ts";
import { type FlagContext, pairCount, rowsOf } from "../engine/context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName, totalOf } from "../engine/flag.ts";
import { type Band, bandsOf, bounds, pairTallies } from "../engine/tallies.ts";
import { pounds } from "../output/words.ts";

/** What a threshold is, when it is one of the usual ones. */
const THRESHOLD_NAMES = new Map<number, string>([
  [500_000_000, "the publication threshold"],
  [5_000_000_000, "the contracts-register threshold"],
  [25_000_000_000, "the Contracts Finder threshold"],
]);

const AROUND = "as many payments around the threshold as under it";

/**
 * Counts for the bands past the first three (the tallies count those), three bands a pass: at
 * (pair × bands + band) × 3 + 0, 1, 2 as in PairTallies.bands.
 */
function moreBands(ctx: FlagContext, bands: Band[], counts: Int32Array): void {
  for (let first = 3; first < bands.length; first += 3) countThree(ctx, bands, first, counts);
}

function countThree(ctx: FlagContext, bands: Band[], first: number, counts: Int32Array): void {
  const b = bands.length;
  const { low: l0, from: f0, top: t0, high: h0 } = bounds(bands, first);
  const { low: l1, from: f1, top: t1, high: h1 } = bounds(bands, first + 1);
  const { low: l2, from: f2, top: t2, high: h2 } = bounds(bands, first + 2);
  const pairOf = ctx.pairOf;
  const amounts = ctx.payments.amount;
  for (let row = 0; row < pairOf.length; row++) {
    const amount = amounts[row] as number;
    const in0 = +(amount >= l0) & +(amount < h0);
    const in1 = +(amount >= l1) & +(amount < h1);
    const in2 = +(amount >= l2) & +(amount < h2);
    if ((in0 | in1 | in2) === 0) continue;
    const pair = pairOf[row] as number;
    if (pair < 0) continue;
    const base = (pair * b + first) * 3;
    if (in0 === 1) counts[base + (amount < f0 ? 0 : amount < t0 ? 1 : 2)]++;
    if (in1 === 1) counts[base + 3 + (amount < f1 ? 0 : amount < t1 ? 1 : 2)]++;
    if (in2 === 1) counts[base + 6 + (amount < f2 ? 0 : amount < t2 ? 1 : 2)]++;
  }
}

export function thresholdBunching(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["threshold-bunching"];
  const p = ctx.payments;
  const bands = bandsOf(t);
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const pairs = pairCount(ctx);
  const counts = pairTallies(ctx, thresholds).bands;
  moreBands(ctx, bands, counts);
  const b = bands.length;
  // Pairs of a partner council, or with fewer payments than a flag needs, are not looked at.
  const looked = (pair: number) =>
    ctx.pairPartner[pair] === 0 && (ctx.pairSize[pair] as number) >= t.min_payments;
  // Pair × band slots that raise a flag, in pair then band order.
  const slots: number[] = [];
  for (let slot = 0; slot < pairs * b; slot++) {
    const inBand = counts[slot * 3 + 1] as number;
    if (inBand < t.min_payments || !looked(Math.floor(slot / b))) continue;
    const below = counts[slot * 3] as number;
    const above = counts[slot * 3 + 2] as number;
    if (inBand < t.min_ratio * Math.max(1, (below + above) / 2)) {
      out.setAside.set(AROUND, (out.setAside.get(AROUND) ?? 0) + 1);
      continue;
    }
    slots.push(slot);
  }
  if (slots.length === 0) return out;
  // The rows in each flagged band, from the pair's rows.
  const amounts = p.amount;
  const inBands = slots.map((slot) => {
    const band = bands[slot % b] as Band;
    const rows: number[] = [];
    const pairRows = rowsOf(ctx, Math.floor(slot / b));
    for (let i = 0; i < pairRows.length; i++) {
      const row = pairRows[i] as number;
      const amount = amounts[row] as number;
      if (amount >= band.from && amount < band.threshold) rows.push(row);
    }
    return rows;
  });
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as number;
    const pair = Math.floor(slot / b);
    const band = bands[slot % b] as Band;
    const inBand = inBands[i] as number[];
    const below = counts[slot * 3] as number;
    const above = counts[slot * 3 + 2] as number;
    const council = ctx.pairCouncil[pair] as number;
    const supplierId = p.text.get(ctx.pairSupplier[pair] as number);
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
            `${inBand.length} of the ${ctx.pairSize[pair]} payments by ${ctx.councils[council]?.name} to ${supplierName(ctx, inBand[0] as number)} ` +
            `are between ${pounds(band.from)} and ${under}, just under ${name ? `${name} of ${pounds(band.threshold)}` : pounds(band.threshold)} ` +
            `(${below} in the band of the same width below, ${above} from ${pounds(band.threshold)} up). ` +
            "Were orders or invoices split to stay under it, or is this how the work is priced?",
        },
        inBand,
      ),
    );
  }
  return out;
}
