// bench:flags: the flags step's compute time on its worst-case input at N and k·N payments, with the
// ratio beside what linear (k) and pairwise (k²) growth would give; and the throughput of the published
// values' parsing (dates, including long hostile texts). Figures only: nothing here passes or fails.
import { computeFlags } from "../flags/engine/compute.ts";
import { effectiveThresholds } from "../flags/engine/config.ts";
import { parseUkDate } from "../ingest/map/values.ts";
import { worstCaseFlagInput } from "./flags-input.ts";

export interface FlagsBenchOptions {
  /** N: payments of the smaller input. */
  payments: number;
  /** k: the larger input has k·N payments. */
  factor: number;
  /** Each figure is the fastest of this many runs. */
  runs: number;
}

/** The fastest of `runs` calls of `work`, in milliseconds, and what the last call returned. */
export function fastestOf<T>(runs: number, work: () => T): { ms: number; result: T } {
  let ms = Number.POSITIVE_INFINITY;
  let result = work();
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = work();
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, result };
}

export interface FlagsTiming {
  payments: number;
  flags: number;
  ms: number;
}

function timeFlags(payments: number, runs: number): FlagsTiming {
  const input = worstCaseFlagInput(payments);
  const { ms, result } = fastestOf(runs, () => computeFlags(input, effectiveThresholds()).flags.length);
  return { payments, flags: result, ms };
}

/** Day-first, named-month and year-first texts of `count` different days from 1 April 1990. */
export function dateTexts(count: number): string[] {
  const start = Date.UTC(1990, 3, 1);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(start + (i % 40_000) * 86_400_000);
    const [d, m, y] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
    const two = (n: number) => String(n).padStart(2, "0");
    if (i % 3 === 0) return `${two(d)}/${two(m)}/${y}`;
    if (i % 3 === 1) return `${d}-${months[m - 1]}-${String(y).slice(2)}`;
    return `${y}-${two(m)}-${two(d)} 00:00:00`;
  });
}

/** Digits too long to be a date, each different, as a hostile file might hold. */
export const hostileTexts = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${"1".repeat(5_000)}/${i}`);

export interface ValuesTiming {
  label: string;
  texts: number;
  ms: number;
}

function timeDates(label: string, texts: string[], runs: number): ValuesTiming {
  // Each run parses texts it has not seen (the parser keeps a cache): copies that differ by a space.
  let pass = 0;
  const { ms } = fastestOf(runs, () => {
    const pad = " ".repeat(++pass);
    for (const text of texts) parseUkDate(`${text}${pad}`);
  });
  return { label, texts: texts.length, ms };
}

const grouped = (n: number, digits = 0) =>
  n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The report's lines: one per flags size, the ratio, one per values case. */
export function flagsBenchReport(timings: FlagsTiming[], factor: number, values: ValuesTiming[]): string {
  const lines = ["flags step (compute, worst-case input, fastest run):"];
  for (const t of timings) {
    lines.push(
      `  ${grouped(t.payments).padStart(10)} payments  ${grouped(t.ms, 1).padStart(9)} ms  ${grouped(t.flags).padStart(8)} flags`,
    );
  }
  const [small, large] = timings;
  if (small && large) {
    lines.push(
      `  ratio ${(large.ms / small.ms).toFixed(2)} for ${factor}× the payments (linear: ${factor}, pairwise: ${factor * factor})`,
    );
  }
  lines.push("values parsing (fastest run):");
  for (const v of values) {
    const perSecond = v.ms > 0 ? grouped((v.texts / v.ms) * 1000) : "∞";
    lines.push(
      `  ${v.label.padEnd(28)} ${grouped(v.texts).padStart(9)} texts  ${grouped(v.ms, 1).padStart(9)} ms  ${perSecond.padStart(12)} texts/s`,
    );
  }
  return lines.join("\n");
}

/** Runs every measurement and returns the report. */
export function runFlagsBench({ payments, factor, runs }: FlagsBenchOptions): string {
  const timings = [timeFlags(payments, runs), timeFlags(payments * factor, runs)];
  const values = [
    timeDates("dates (three forms)", dateTexts(30_000), runs),
    timeDates("hostile 5,000-digit texts", hostileTexts(200), runs),
  ];
  return flagsBenchReport(timings, factor, values);
}
