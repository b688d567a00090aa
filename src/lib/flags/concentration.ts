// One supplier's share of a council's spend in a comparable service category (the SeRCOP heading of
// the published department, with council.json "categories.services" overrides) in a financial year.
// Category totals come first (one pass over all rows); then each council × supplier pair's totals by
// category and year are set against them. Shares are compared exactly, in integers.
import { classifyService } from "../categories/classify.ts";
import { SERVICE_IDS, SERVICE_NAMES, UNCATEGORISED_ID } from "../categories/sercop.ts";
import { type FlagThresholds, partsPerMillion, poundsToMicros } from "./config.ts";
import { type FlagContext, pairCount } from "./context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName } from "./flag.ts";
import { PARTNER } from "./payments.ts";
import { GroupSums, TouchedSums } from "./sums.ts";
import { percentOf, pounds } from "./words.ts";

const UNCATEGORISED = SERVICE_IDS.indexOf(UNCATEGORISED_ID);

/** Row → service category index (SERVICE_IDS), classified once per council and published department. */
function categoriesOf(ctx: FlagContext): Int8Array {
  const p = ctx.payments;
  const councils = ctx.councils.length;
  const known = new Int8Array(p.text.values.length * Math.max(1, councils)).fill(-1);
  const out = new Int8Array(p.size).fill(UNCATEGORISED);
  for (let row = 0; row < p.size; row++) {
    const council = ctx.councilOf[row];
    if (council < 0) continue;
    const slot = p.area[row] * councils + council;
    let category = known[slot];
    if (category < 0) {
      const overrides = ctx.councils[council]?.categories?.services;
      category = SERVICE_IDS.indexOf(classifyService(p.text.get(p.area[row]), overrides).id);
      known[slot] = category;
    }
    out[row] = category;
  }
  return out;
}

export function supplierConcentration(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["supplier-concentration"];
  const ppm = BigInt(partsPerMillion(t.min_share));
  const minimum = BigInt(poundsToMicros(t.min_category_total));
  const p = ctx.payments;
  const category = categoriesOf(ctx);
  const kinds = SERVICE_IDS.length;
  const years = ctx.years.length;
  const groupOf = (council: number, cat: number, year: number) => (council * kinds + cat) * years + year;
  const totals = new GroupSums(Math.max(1, ctx.councils.length * kinds * years));
  for (let row = 0; row < p.size; row++) {
    const council = ctx.councilOf[row];
    const cat = category[row];
    const year = ctx.yearOf[row];
    if (council < 0 || year < 0 || cat === UNCATEGORISED || (p.marks[row] & PARTNER) !== 0) continue;
    totals.add(groupOf(council, cat, year), p.amount[row]);
  }
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  // One pair's totals by category × year, cleared after each pair in the time of the keys it used.
  const mine = new TouchedSums(Math.max(1, kinds * years));
  const flagged = new Map<number, number[]>();
  const { start, rows: order } = ctx.pairRows;
  const { amount: amounts, year: yearAt } = ctx.inPairOrder;
  const categoryAt = new Int8Array(order.length);
  for (let i = 0; i < order.length; i++) categoryAt[i] = category[order[i]];
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    if (ctx.pairPartner[pair] === 1) continue;
    const council = ctx.pairCouncil[pair];
    const from = start[pair];
    const to = start[pair + 1];
    mine.clear();
    for (let i = from; i < to; i++) {
      if (categoryAt[i] !== UNCATEGORISED && yearAt[i] >= 0)
        mine.add(categoryAt[i] * years + yearAt[i], amounts[i]);
    }
    flagged.clear();
    for (const key of mine.keys()) {
      const whole = totals.value(groupOf(council, Math.floor(key / years), key % years));
      const part = mine.value(key);
      if (whole >= minimum && whole > 0n && part > 0n && part * 1_000_000n >= ppm * whole)
        flagged.set(key, []);
    }
    if (flagged.size === 0) continue;
    for (let i = from; i < to; i++) {
      if (categoryAt[i] !== UNCATEGORISED && yearAt[i] >= 0)
        flagged.get(categoryAt[i] * years + yearAt[i])?.push(order[i]);
    }
    for (const [key, rows] of flagged) {
      const cat = Math.floor(key / years);
      const year = key % years;
      const whole = totals.value(groupOf(council, cat, year));
      const part = mine.value(key);
      const id = SERVICE_IDS[cat] as (typeof SERVICE_IDS)[number];
      const fy = ctx.years[year] as string;
      const supplierId = p.text.get(ctx.pairSupplier[pair]);
      out.flags.push(
        flagOf(
          ctx,
          {
            id: flagId("supplier-concentration", ctx.councils[council]?.slug ?? "", supplierId, id, fy),
            indicator: "supplier-concentration",
            council,
            supplierId,
            category: SERVICE_NAMES[id],
            financialYear: fy,
            total: part,
            threshold: `${Number((t.min_share * 100).toFixed(4))}% of at least ${pounds(minimum)}`,
            question:
              `${supplierName(ctx, rows[0] as number)} received ${percentOf(part, whole)} (${pounds(part)}) of ${ctx.councils[council]?.name}'s ` +
              `${pounds(whole)} net spend on ${SERVICE_NAMES[id]} in ${fy}. ` +
              "How was the supplier chosen, and when was this work last open to competition?",
          },
          rows,
        ),
      );
    }
  }
  return out;
}
