// Spend with no contract: a council's net spend with a supplier in a financial year above a threshold
// (the highest one passed is given), with no register entry for that supplier covering that council. A
// contract let by a partner for the council counts, through the grouped contracts' councils (register
// councils, the letting council and the partners of an arrangement that declares it). Recharges
// between partner councils and redacted payees are left out.
import { type FlagThresholds, poundsToMicros } from "./config.ts";
import { contractCouncils, type FlagContext, pairCount, pairIndex } from "./context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName } from "./flag.ts";
import { TouchedSums } from "./sums.ts";
import { countText, pounds } from "./words.ts";

const THRESHOLD_NAMES = new Map<number, string>([
  [5_000_000_000, "the £5,000 contracts-register threshold"],
  [25_000_000_000, "the £25,000 Contracts Finder threshold"],
]);

export function spendWithoutContract(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const levels = thresholds["spend-without-contract"].thresholds.map(poundsToMicros);
  const lowest = levels[0] as number;
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const covered = new Uint8Array(pairCount(ctx));
  for (const contract of ctx.contracts) {
    if (contract.supplierId === "") continue;
    for (const council of contractCouncils(ctx, contract)) {
      const pair = pairIndex(ctx, contract.supplierId, council);
      if (pair >= 0) covered[pair] = 1;
    }
  }
  const sums = new TouchedSums(Math.max(1, ctx.years.length));
  const flagged = new Map<number, number[]>();
  const { start, rows: order } = ctx.pairRows;
  const { amount: amounts, year: years } = ctx.inPairOrder;
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    if (covered[pair] === 1 || ctx.pairPartner[pair] === 1) continue;
    const from = start[pair];
    const to = start[pair + 1];
    sums.clear();
    for (let i = from; i < to; i++) if (years[i] >= 0) sums.add(years[i], amounts[i]);
    flagged.clear();
    for (const year of sums.keys()) if (sums.above(year, lowest)) flagged.set(year, []);
    if (flagged.size === 0) continue;
    for (let i = from; i < to; i++) flagged.get(years[i])?.push(order[i]);
    for (const [year, rows] of flagged) {
      const total = sums.value(year);
      const level = levels.filter((l) => sums.above(year, l)).pop() as number;
      const council = ctx.pairCouncil[pair];
      const supplierId = p.text.get(ctx.pairSupplier[pair]);
      const supplier = supplierName(ctx, rows[0] as number);
      const fy = ctx.years[year] as string;
      out.flags.push(
        flagOf(
          ctx,
          {
            id: flagId("spend-without-contract", ctx.councils[council]?.slug ?? "", supplierId, fy),
            indicator: "spend-without-contract",
            council,
            supplierId,
            financialYear: fy,
            total,
            threshold: pounds(level),
            question:
              `${ctx.councils[council]?.name} paid ${supplier} ${pounds(total)} (net, ${countText(rows.length, "payment")}) in ${fy}, ` +
              `more than ${THRESHOLD_NAMES.get(level) ?? pounds(level)}, and its contracts register lists no contract with ${supplier}. ` +
              "Under what contract, framework or other arrangement was this bought?",
          },
          rows,
        ),
      );
    }
  }
  return out;
}
