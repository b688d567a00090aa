// Every indicator over the payments, in a stable order. Each indicator reads the context built once
// (council × supplier pairs, day numbers, years) and the tallies added up once for several of them,
// and sorts only small groups: the whole run is linear in the number of payments, plus n log n for
// the sorts inside groups. computeFlagsBeside gives the same flags with the parts that read numbers
// only (the runs of repeated amounts behind possible duplicates, the department tallies) worked out
// elsewhere meanwhile.

import { spendBeyondContract } from "../indicators/beyond-contract.ts";
import { thresholdBunching } from "../indicators/bunching.ts";
import { supplierConcentration } from "../indicators/concentration.ts";
import { INDICATOR_IDS, type IndicatorId } from "../indicators/definitions.ts";
import {
  duplicatePayments,
  duplicateRunsInput,
  duplicatesOf,
  identicalRecords,
} from "../indicators/duplicates.ts";
import { largeFirstPayments } from "../indicators/first-payment.ts";
import { spendWithoutContract } from "../indicators/no-contract.ts";
import { roundNumbers } from "../indicators/round-numbers.ts";
import { yearEndSpikes } from "../indicators/year-end.ts";
import type { FlagThresholds } from "./config.ts";
import { type FlagContext, type FlagInput, flagContext } from "./context.ts";
import { departmentInput, withBlankMarks } from "./department-tallies.ts";
import { type Flag, type IndicatorResult, orderFlags } from "./flag.ts";
import type { FlagsHelper } from "./flags-thread.ts";
import { setDepartmentTallies } from "./tallies.ts";

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
  const results = new Map<IndicatorId, IndicatorResult>();
  for (const indicator of INDICATOR_IDS) results.set(indicator, INDICATORS[indicator](context, thresholds));
  return assemble(context, results);
}

/** The indicators that read the department tallies (the first of them waits for them). */
const BY_DEPARTMENT = new Set<IndicatorId>([
  "supplier-concentration",
  "large-first-payment",
  "year-end-spike",
]);

/**
 * computeFlags with the candidate payments of possible duplicates and the department tallies worked
 * out by `helper` (on another thread: flags-thread.ts) while the other indicators are computed here.
 * The same flags.
 */
export async function computeFlagsBeside(
  input: FlagInput,
  thresholds: FlagThresholds,
  helper: FlagsHelper,
): Promise<FlagResult> {
  const context = flagContext(input);
  const found = helper.candidates(duplicateRunsInput(context, thresholds));
  const departments = helper.departments(departmentInput(context));
  const results = new Map<IndicatorId, IndicatorResult>();
  let counted = false;
  for (const indicator of INDICATOR_IDS) {
    if (indicator === "duplicate-payment") continue;
    if (!counted && BY_DEPARTMENT.has(indicator)) {
      const text = context.payments.text;
      setDepartmentTallies(
        context,
        withBlankMarks(await departments, (id) => text.get(id)),
      );
      counted = true;
    }
    results.set(indicator, INDICATORS[indicator](context, thresholds));
  }
  results.set("duplicate-payment", duplicatesOf(context, thresholds, await found));
  return assemble(context, results);
}

/** Every indicator's flags in a stable order, and what each set aside, in indicator order. */
function assemble(context: FlagContext, results: Map<IndicatorId, IndicatorResult>): FlagResult {
  const flags: Flag[] = [];
  const setAside: SetAside[] = [];
  for (const indicator of INDICATOR_IDS) {
    const result = results.get(indicator) as IndicatorResult;
    for (const flag of result.flags) flags.push(flag);
    for (const [reason, count] of [...result.setAside].sort(([a], [b]) => (a < b ? -1 : 1)))
      setAside.push({ indicator, reason, count });
  }
  return { context, flags: orderFlags(flags, INDICATOR_IDS, context.councils), setAside };
}
