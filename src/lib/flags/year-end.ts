// Year-end spikes by department: a department's net March spend against its average month from April
// to February of the same financial year, averaged over the months the council published (a month the
// council did not publish is not a month of zero spend). Monthly totals in one pass over all rows;
// the March rows of flagged departments in a second.
import { type FlagThresholds, partsPerMillion, poundsToMicros } from "./config.ts";
import type { FlagContext } from "./context.ts";
import { type Flag, flagId, flagOf, type IndicatorResult, sortRows } from "./flag.ts";
import { PARTNER } from "./payments.ts";
import { GroupSums } from "./sums.ts";
import { pounds } from "./words.ts";

const MARCH = 3;

const bitCount = (mask: number): number => {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
};

/** "4.1" from march × months / others, to one decimal place (exact). */
function timesAverage(march: bigint, months: number, others: bigint): string {
  if (others <= 0n) return "";
  const tenths = (march * BigInt(months) * 10n) / others;
  return `${tenths / 10n}.${tenths % 10n}`;
}

export function yearEndSpikes(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["year-end-spike"];
  const ratioPpm = BigInt(partsPerMillion(t.min_ratio));
  const minimum = BigInt(poundsToMicros(t.min_march_total));
  const p = ctx.payments;
  const councils = ctx.councils.length;
  const years = ctx.years.length;
  // Departments: council × published expense area, numbered as first seen.
  const deptTable = new Int32Array(p.text.values.length * Math.max(1, councils)).fill(-1);
  const deptCouncil: number[] = [];
  const deptArea: number[] = [];
  const deptOf = new Int32Array(p.size).fill(-1);
  const published = new Uint16Array(Math.max(1, councils * years));
  for (let row = 0; row < p.size; row++) {
    const council = ctx.councilOf[row];
    const year = ctx.yearOf[row];
    if (council < 0 || year < 0 || ctx.month[row] === 0) continue;
    published[council * years + year] |= 1 << ctx.month[row];
    if ((p.marks[row] & PARTNER) !== 0 || p.text.get(p.area[row]).trim() === "") continue;
    const slot = p.area[row] * councils + council;
    let dept = deptTable[slot];
    if (dept < 0) {
      dept = deptCouncil.length;
      deptTable[slot] = dept;
      deptCouncil.push(council);
      deptArea.push(p.area[row]);
    }
    deptOf[row] = dept;
  }
  const sums = new GroupSums(Math.max(1, deptCouncil.length * years * 13));
  const slotOf = (dept: number, year: number, month: number) => (dept * years + year) * 13 + month;
  for (let row = 0; row < p.size; row++) {
    const dept = deptOf[row];
    if (dept >= 0) sums.add(slotOf(dept, ctx.yearOf[row], ctx.month[row]), p.amount[row]);
  }
  const flagged = new Map<number, Flag>();
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  for (let dept = 0; dept < deptCouncil.length; dept++) {
    const council = deptCouncil[dept] as number;
    for (let year = 0; year < years; year++) {
      const mask = published[council * years + year];
      if ((mask & (1 << MARCH)) === 0) continue;
      const others = mask & ~(1 << MARCH);
      const months = bitCount(others);
      if (months < t.min_months) continue;
      const march = sums.value(slotOf(dept, year, MARCH));
      if (march < minimum || march <= 0n) continue;
      let rest = 0n;
      for (let month = 1; month <= 12; month++) {
        if (month !== MARCH && (others & (1 << month)) !== 0) rest += sums.value(slotOf(dept, year, month));
      }
      // march ≥ ratio × rest / months, in integers.
      if (rest > 0n && march * BigInt(months) * 1_000_000n < ratioPpm * rest) continue;
      const fy = ctx.years[year] as string;
      const department = p.text.get(deptArea[dept] as number);
      const average = rest / BigInt(months);
      const times = timesAverage(march, months, rest);
      const marchYear = Number(fy.slice(0, 4)) + 1;
      const flag: Flag = flagOf(
        ctx,
        {
          id: flagId("year-end-spike", ctx.councils[council]?.slug ?? "", department, fy),
          indicator: "year-end-spike",
          council,
          department,
          financialYear: fy,
          total: march,
          threshold: `${t.min_ratio} × the average month, at least ${pounds(minimum)}`,
          question:
            `${ctx.councils[council]?.name}'s department “${department}” spent ${pounds(march)} (net) in March ${marchYear}` +
            `${times ? `, ${times} times its average month (${pounds(average)})` : ""} from April ${marchYear - 1} to February ${marchYear}` +
            `${times ? "" : ", when its other months were nil or net credits"}. ` +
            "What was bought in March, and did it need to be bought before the year end?",
        },
        [],
      );
      flagged.set(dept * years + year, flag);
      out.flags.push(flag);
    }
  }
  if (flagged.size > 0) {
    for (let row = 0; row < p.size; row++) {
      if (deptOf[row] < 0 || ctx.month[row] !== MARCH) continue;
      flagged.get(deptOf[row] * years + ctx.yearOf[row])?.rows.push(row);
    }
    for (const flag of flagged.values()) sortRows(ctx, flag.rows);
  }
  return out;
}
