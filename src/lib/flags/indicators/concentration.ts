// One supplier's share of a council's spend in a comparable service category (the SeRCOP heading of
// the published department, with council.json "categories.services" overrides) in a financial year.
// Category totals come from the departments' (tallies.ts); a pair can only hold a share of one if its
// payments that year reach the share of the council's smallest category total, so only the pairs
// that could (few) have their totals by category and year added up from their rows. Shares are
// compared exactly, in integers (floats decide only when far from the line).
import { classifyService } from "../../categories/classify.ts";
import { SERVICE_IDS, SERVICE_NAMES, UNCATEGORISED_ID } from "../../categories/sercop.ts";
import { type FlagThresholds, partsPerMillion, poundsToMicros } from "../engine/config.ts";
import { type FlagContext, pairCount, pairYearSlot, rowsOfPairs } from "../engine/context.ts";
import { type Flag, flagId, flagOf, type IndicatorResult, supplierName } from "../engine/flag.ts";
import { GroupSums } from "../engine/sums.ts";
import { departmentTallies, pairTallies } from "../engine/tallies.ts";
import { percentOf, pounds } from "../output/words.ts";

const UNCATEGORISED = SERVICE_IDS.indexOf(UNCATEGORISED_ID);

/**
 * Service category (index in SERVICE_IDS) by published department × council: classified the first time
 * a row needs it (-1 until then).
 */
class Categories {
  private readonly known: Int8Array;
  private readonly ctx: FlagContext;

  constructor(ctx: FlagContext) {
    this.ctx = ctx;
    this.known = new Int8Array(ctx.payments.text.values.length * Math.max(1, ctx.councils.length)).fill(-1);
  }

  of(area: number, council: number): number {
    const slot = area * this.ctx.councils.length + council;
    const known = this.known[slot] as number;
    return known >= 0 ? known : this.classify(slot, area, council);
  }

  private classify(slot: number, area: number, council: number): number {
    const overrides = this.ctx.councils[council]?.categories?.services;
    const category = SERVICE_IDS.indexOf(classifyService(this.ctx.payments.text.get(area), overrides).id);
    this.known[slot] = category;
    return category;
  }
}

/** part ≥ ppm / 10^6 × whole, exactly; floats decide when they are far from equality. */
function shareAtLeast(part: number, whole: number, ppm: bigint, exact: () => [bigint, bigint]): boolean {
  if (Number.isFinite(part) && Number.isFinite(whole)) {
    const left = part * 1_000_000;
    const right = Number(ppm) * whole;
    // Each product is within a relative 2^-53 of its exact value: a margin of 2^-40 is safe.
    if (left < right - Math.abs(right) * 2 ** -40) return false;
    if (left > right + Math.abs(right) * 2 ** -40) return true;
  }
  const [p, w] = exact();
  return p * 1_000_000n >= ppm * w;
}

/**
 * Pair × year slots that could hold a flag. A supplier's net spend in a category is at most its
 * payments (credits left out) in all categories that year, and a flag needs that spend to reach the
 * share of a category total of at least the minimum: of the council's smallest such total, at least.
 * Computed in floats with a wide margin (a slot in doubt is kept); the exact test comes after.
 */
function possibleSlots(
  ctx: FlagContext,
  positive: Float64Array,
  totals: GroupSums,
  share: number,
  minimum: number,
  groupOf: (council: number, cat: number, year: number) => number,
): Uint8Array {
  const years = ctx.years.length;
  const smallest = new Float64Array(Math.max(1, ctx.councils.length * years)).fill(Number.POSITIVE_INFINITY);
  for (let council = 0; council < ctx.councils.length; council++) {
    for (let cat = 0; cat < SERVICE_IDS.length; cat++) {
      for (let year = 0; year < years; year++) {
        const group = groupOf(council, cat, year);
        const plain = totals.plain(group);
        const whole = Number.isNaN(plain) ? Number(totals.value(group)) : plain;
        const slot = council * years + year;
        if (whole >= minimum * (1 - 1e-6) && whole > 0 && whole < (smallest[slot] as number))
          smallest[slot] = whole;
      }
    }
  }
  const { pairYearStart, pairFirstYear } = ctx;
  const possible = new Uint8Array(Math.max(1, pairYearStart[pairCount(ctx)] as number));
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    const council = ctx.pairCouncil[pair] as number;
    for (let slot = pairYearStart[pair] as number; slot < (pairYearStart[pair + 1] as number); slot++) {
      const year = (pairFirstYear[pair] as number) + slot - (pairYearStart[pair] as number);
      const bound = (positive[slot] as number) * (1 + 1e-6);
      if (bound > 0 && bound >= share * (smallest[council * years + year] as number) * (1 - 1e-6))
        possible[slot] = 1;
    }
  }
  return possible;
}

/** A pair's rows (in order) in each of some category × year keys. */
function keyRows(
  ctx: FlagContext,
  categories: Categories,
  rows: Int32Array,
  keys: number[],
): Map<number, number[]> {
  const years = ctx.years.length;
  const found = new Map(keys.map((key) => [key, [] as number[]]));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const year = ctx.yearOf[row] as number;
    if (year < 0) continue;
    const cat = categories.of(ctx.payments.area[row] as number, ctx.councilOf[row] as number);
    if (cat !== UNCATEGORISED) found.get(cat * years + year)?.push(row);
  }
  return found;
}

function concentrationFlag(
  ctx: FlagContext,
  t: FlagThresholds["supplier-concentration"],
  pair: number,
  key: number,
  part: bigint,
  whole: bigint,
  rows: number[],
): Flag {
  const years = ctx.years.length;
  const council = ctx.pairCouncil[pair] as number;
  const id = SERVICE_IDS[Math.floor(key / years)] as (typeof SERVICE_IDS)[number];
  const fy = ctx.years[key % years] as string;
  const supplierId = ctx.payments.text.get(ctx.pairSupplier[pair] as number);
  return flagOf(
    ctx,
    {
      id: flagId("supplier-concentration", ctx.councils[council]?.slug ?? "", supplierId, id, fy),
      indicator: "supplier-concentration",
      council,
      supplierId,
      category: SERVICE_NAMES[id],
      financialYear: fy,
      total: part,
      threshold: `${Number((t.min_share * 100).toFixed(4))}% of at least ${pounds(poundsToMicros(t.min_category_total))}`,
      question:
        `${supplierName(ctx, rows[0] as number)} received ${percentOf(part, whole)} (${pounds(part)}) of ${ctx.councils[council]?.name}'s ` +
        `${pounds(whole)} net spend on ${SERVICE_NAMES[id]} in ${fy}. ` +
        "How was the supplier chosen, and when was this work last open to competition?",
    },
    rows,
  );
}

export function supplierConcentration(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["supplier-concentration"];
  const ppm = BigInt(partsPerMillion(t.min_share));
  const minimum = BigInt(poundsToMicros(t.min_category_total));
  const p = ctx.payments;
  const kinds = SERVICE_IDS.length;
  const years = ctx.years.length;
  const groupOf = (council: number, cat: number, year: number) => (council * kinds + cat) * years + year;
  const categories = new Categories(ctx);
  // Category totals from the departments' (recharges between partners left out).
  const totals = new GroupSums(Math.max(1, ctx.councils.length * kinds * years));
  const departments = departmentTallies(ctx);
  for (let dept = 0; dept < departments.deptCouncil.length; dept++) {
    const council = departments.deptCouncil[dept] as number;
    const cat = categories.of(departments.deptArea[dept] as number, council);
    if (cat === UNCATEGORISED) continue;
    for (let year = 0; year < years; year++) {
      for (let m = 0; m < 13; m++)
        totals.addSum(groupOf(council, cat, year), departments.sums, (dept * years + year) * 13 + m);
    }
  }
  // Each pair's payments by year: an upper bound of its net spend in any category.
  const positive = pairTallies(ctx, thresholds).positive;
  const { yearOf, pairPartner } = ctx;
  const { area, amount } = p;
  const possible = possibleSlots(ctx, positive, totals, Number(ppm) / 1_000_000, Number(minimum), groupOf);
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  if (!possible.includes(1)) return out;
  const minimumMicros = Number(minimum);
  // Each possible pair's totals by category × year (key cat × years + year), exactly, from its rows;
  // flags in pair then key order.
  const mine = new GroupSums(Math.max(1, kinds * years));
  const seen = new Uint8Array(Math.max(1, kinds * years));
  // The rows of the pairs that could be flagged, in one pass.
  const selected = new Uint8Array(pairCount(ctx));
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    for (let slot = ctx.pairYearStart[pair] as number; slot < (ctx.pairYearStart[pair + 1] as number); slot++)
      if (possible[slot] === 1) selected[pair] = 1;
    if (pairPartner[pair] === 1) selected[pair] = 0;
  }
  const pairRows = rowsOfPairs(ctx, selected);
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    if (selected[pair] !== 1) continue;
    const council = ctx.pairCouncil[pair] as number;
    const rows = pairRows.rows.subarray(pairRows.start[pair] as number, pairRows.start[pair + 1] as number);
    const keys: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      const year = yearOf[row] as number;
      if (year < 0 || possible[pairYearSlot(ctx, pair, year)] !== 1) continue;
      const cat = categories.of(area[row] as number, council);
      if (cat === UNCATEGORISED) continue;
      const key = cat * years + year;
      if (seen[key] === 0) {
        seen[key] = 1;
        keys.push(key);
      }
      mine.add(key, amount[row] as number);
    }
    keys.sort((a, b) => a - b);
    const flagged = keys.filter((key) => {
      const group = groupOf(council, Math.floor(key / years), key % years);
      const wholePlain = totals.plain(group);
      const partPlain = mine.plain(key);
      const whole = () => totals.value(group);
      const part = () => mine.value(key);
      return (
        (Number.isFinite(wholePlain)
          ? wholePlain >= minimumMicros && wholePlain > 0
          : whole() >= minimum && whole() > 0n) &&
        (Number.isFinite(partPlain) ? partPlain > 0 : part() > 0n) &&
        shareAtLeast(partPlain, wholePlain, ppm, () => [part(), whole()])
      );
    });
    if (flagged.length > 0) {
      const rowsByKey = keyRows(ctx, categories, rows, flagged);
      for (const key of flagged) {
        const whole = totals.value(groupOf(council, Math.floor(key / years), key % years));
        out.flags.push(
          concentrationFlag(ctx, t, pair, key, mine.value(key), whole, rowsByKey.get(key) as number[]),
        );
      }
    }
    for (const key of keys) {
      mine.reset(key);
      seen[key] = 0;
    }
  }
  return out;
}
