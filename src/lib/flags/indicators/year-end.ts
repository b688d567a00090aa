// Year-end spikes by department: a department's net March spend against its average month from April
// to February of the same financial year, averaged over the months the council published (a month the
// council did not publish is not a month of zero spend). Monthly totals by department, the months
// published and the departments' March rows come from the tallies (tallies.ts).
import { type FlagThresholds, partsPerMillion, poundsToMicros } from "../engine/config.ts";
import type { FlagContext } from "../engine/context.ts";
import { type Flag, flagId, flagOf, type IndicatorResult, sortRows } from "../engine/flag.ts";
import { departmentTallies } from "../engine/tallies.ts";
import { pounds } from "../output/words.ts";

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
  const years = ctx.years.length;
  const { deptCouncil, deptArea, deptBlank, published, sums, inMarch, inMarchDept } = departmentTallies(ctx);
  const slotOf = (dept: number, year: number, m: number) => (dept * years + year) * 13 + m;
  const flagged = new Map<number, Flag>();
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  for (let dept = 0; dept < deptCouncil.length; dept++) {
    // A blank department is none.
    if (deptBlank[dept] === 1) continue;
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
    const marchRows = new Map<number, number[]>([...flagged.keys()].map((key) => [key, []]));
    for (let i = 0; i < inMarch.length; i++) {
      const row = inMarch[i] as number;
      marchRows.get((inMarchDept[i] as number) * years + (ctx.yearOf[row] as number))?.push(row);
    }
    for (const [key, flag] of flagged)
      flag.rows = sortRows(ctx, new Int32Array(marchRows.get(key) as number[]));
  }
  return out;
}
