// Every indicator over the payments, in a stable order. Each indicator reads the context built once
// (council × supplier pairs, day numbers, years) and the tallies added up once for several of them,
// and sorts only small groups: the whole run is linear in the number of payments, plus n log n for
// the sorts inside groups.

import { spendBeyondContract } from "./beyond-contract.ts";
import { thresholdBunching } from "./bunching.ts";
import { supplierConcentration } from "./concentration.ts";
import type { FlagThresholds } from "./config.ts";
import { type FlagContext, type FlagInput, flagContext } from "./context.ts";
import { duplicatePayments, identicalRecords } from "./duplicates.ts";
import { largeFirstPayments } from "./first-payment.ts";
import { type Flag, type IndicatorResult, orderFlags } from "./flag.ts";
import { INDICATOR_IDS, type IndicatorId } from "./indicators.ts";
import { spendWithoutContract } from "./no-contract.ts";
import { roundNumbers } from "./round-numbers.ts";
import { yearEndSpikes } from "./year-end.ts";

type Indicator = (ctx: FlagContext, thresholds: FlagThresholds) => IndicatorResult;

const INDICATORS: Record<IndicatorId, Indicator> = {
  "duplicate-payment": duplicatePayments,
  "identical-record": identicalRecords,
  "threshold-bunching": thresholdBunching,
  "spend-without-contract": spendWithoutContract,
  "spend-beyond-contract": spendBeyondContract,
  "supplier-concentration": supplierConcentration,
  "large-first-payment": largeFirstPayments,
  "year-end-spike": yearEndSpikes,
  "round-numbers": roundNumbers,
};

export interface SetAside {
  indicator: IndicatorId;
  reason: string;
  count: number;
}

export interface FlagResult {
  context: FlagContext;
  flags: Flag[];
  /** Candidates each indicator looked at and did not flag, with the reason. */
  setAside: SetAside[];
}

export function computeFlags(input: FlagInput, thresholds: FlagThresholds): FlagResult {
  const context = flagContext(input);
  const flags: Flag[] = [];
  const setAside: SetAside[] = [];
  for (const indicator of INDICATOR_IDS) {
    const result = INDICATORS[indicator](context, thresholds);
    for (const flag of result.flags) flags.push(flag);
    for (const [reason, count] of [...result.setAside].sort(([a], [b]) => (a < b ? -1 : 1)))
      setAside.push({ indicator, reason, count });
  }
  return { context, flags: orderFlags(flags, INDICATOR_IDS, input.councils), setAside };
}
