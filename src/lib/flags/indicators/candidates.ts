// The payments a possible duplicate is made of (duplicates.ts): the payments in runs of the same pair
// and amount within the window, and the credit notes that may cancel them. Only numeric columns are
// read, so that this, the longest part of the indicator, can run on another thread (flags-thread.ts)
// while this one computes the other indicators.
import type { FlagContext } from "../engine/context.ts";
import { NO_DAY } from "../engine/row-pass.ts";
import { eligible } from "./eligible.ts";
import { inRuns } from "./runs.ts";

/** What finding the runs reads: typed arrays and numbers only (shared with a thread, not copied). */
export interface RunsInput {
  pairOf: Int32Array;
  pairSize: Int32Array;
  day: Int32Array;
  councilOf: Int16Array | Int32Array;
  firstDay: number;
  lastDay: number;
  /** Number of councils. */
  councils: number;
  amount: Float64Array;
  marks: Uint8Array;
  /** Smallest payment looked at (micros) and the window (days). */
  min: number;
  window: number;
  /** Identical records after the first of their kind, left out (the identical-record indicator's). */
  repeats: Int32Array;
}

/** The payments in runs (ascending rows) and the credit notes of the pairs looked at (in row order). */
export interface Candidates {
  runs: Int32Array;
  credits: Int32Array;
}

/**
 * The identical records (same pair, file, date, amount and reference) after the first of each that
 * the indicator would otherwise look at: dated payments of at least `min` of pairs with two rows or
 * more. These few rows are keyed by their text here, so that finding the runs reads no text.
 */
function repeatedRecords(ctx: FlagContext, min: number): Int32Array {
  const p = ctx.payments;
  const seen = new Set<string>();
  const repeats: number[] = [];
  // identicalRows: the rows of pairs the ingest marked identical to another record of their file.
  for (const row of ctx.identicalRows) {
    const amount = p.amount[row] as number;
    const pair = ctx.pairOf[row] as number;
    if (amount < min || (ctx.pairSize[pair] as number) < 2 || ctx.day[row] === NO_DAY) continue;
    const key = `${pair},${p.file[row]},${ctx.day[row]},${amount},${p.ref.get(row)}`;
    if (seen.has(key)) repeats.push(row);
    else seen.add(key);
  }
  return Int32Array.from(repeats);
}

export function runsInput(ctx: FlagContext, min: number, window: number): RunsInput {
  return {
    pairOf: ctx.pairOf,
    pairSize: ctx.pairSize,
    day: ctx.day,
    councilOf: ctx.councilOf,
    firstDay: ctx.firstDay,
    lastDay: ctx.lastDay,
    councils: ctx.councils.length,
    amount: ctx.payments.amount,
    marks: ctx.payments.marks,
    min,
    window,
    repeats: repeatedRecords(ctx, min),
  };
}

export function duplicateCandidates(input: RunsInput): Candidates {
  const { ordered, councilStart, most, credits } = eligible(input);
  return { runs: inRuns(input, ordered, councilStart, most), credits: Int32Array.from(credits) };
}
