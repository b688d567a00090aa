// How well the duplicate-payment indicator finds the duplicates planted in the generated corpus
// (flags-corpus.ts): recall (a planted pair is found when one flag holds both its payments), each
// planted one's rank among its council's duplicate questions (by score, as /questions/ lists them),
// and the questions raised about the noise, per 10,000 noise payments.
import { computeFlags } from "../flags/engine/compute.ts";
import { effectiveThresholds } from "../flags/engine/config.ts";
import type { Flag } from "../flags/engine/flag.ts";
import { rankedLists } from "../flags/output/ranking.ts";
import {
  type CorpusOptions,
  type FlagsCorpus,
  flagsCorpus,
  PLANTED_KINDS,
  type PlantedKind,
} from "./flags-corpus.ts";

export interface PrecisionFigures {
  noise: number;
  planted: number;
  found: number;
  /** Found by kind: [found, planted]. */
  byKind: Record<PlantedKind, [number, number]>;
  /** Each planted duplicate's rank (1 = strongest) among its council's duplicate questions; 0 when not found. */
  ranks: number[];
  /** Duplicate-payment flags holding no planted pair, and per 10,000 noise payments. */
  noiseFlags: number;
  noiseFlagsPer10k: number;
  /** Identical-record flags (the corpus plants none). */
  otherDuplicateFlags: number;
}

export function precisionOf(corpus: FlagsCorpus): PrecisionFigures {
  const result = computeFlags(corpus.input, effectiveThresholds());
  const ids = result.context.payments.ids;
  const duplicates = result.flags.filter((f) => f.indicator === "duplicate-payment");
  const slugs = result.context.councils.map((c) => c.slug);
  // Each duplicate flag's rank in its council's list.
  const rank = new Map<Flag, number>();
  for (const list of rankedLists(duplicates, (f) => ({
    indicator: f.indicator,
    council: slugs[f.council] ?? "",
    score: f.score,
    amount: Number(f.total),
    id: f.id,
  })).values())
    for (const [position, i] of list.ranked.entries()) rank.set(duplicates[i] as Flag, position + 1);
  // The flag holding each payment.
  const flagOfPayment = new Map<string, Flag>();
  for (const flag of duplicates) for (const row of flag.rows) flagOfPayment.set(ids.get(row), flag);
  const byKind = Object.fromEntries(PLANTED_KINDS.map((k) => [k, [0, 0]])) as Record<
    PlantedKind,
    [number, number]
  >;
  const plantedFlags = new Set<Flag>();
  const ranks = corpus.planted.map((p) => {
    const counts = byKind[p.kind];
    counts[1]++;
    const flag = flagOfPayment.get(p.ids[0]);
    if (!flag || flagOfPayment.get(p.ids[1]) !== flag) return 0;
    counts[0]++;
    plantedFlags.add(flag);
    return rank.get(flag) ?? 0;
  });
  const noiseFlags = duplicates.filter((f) => !plantedFlags.has(f)).length;
  return {
    noise: corpus.noise,
    planted: corpus.planted.length,
    found: ranks.filter((r) => r > 0).length,
    byKind,
    ranks,
    noiseFlags,
    noiseFlagsPer10k: (noiseFlags / corpus.noise) * 10_000,
    otherDuplicateFlags: result.flags.filter((f) => f.indicator === "identical-record").length,
  };
}

const percent = (part: number, whole: number): string => `${((part / Math.max(1, whole)) * 100).toFixed(1)}%`;

/** The report's lines, with the targets beside the figures. */
export function precisionReport(options: CorpusOptions): string {
  const f = precisionOf(flagsCorpus(options));
  const found = f.ranks.filter((r) => r > 0);
  const worst = found.length > 0 ? Math.max(...found) : 0;
  return [
    `duplicate payments on the generated corpus (${options.councils} councils × about ${options.payments.toLocaleString("en-GB")} noise payments, seed ${options.seed}):`,
    `  recall ${percent(f.found, f.planted)} (${f.found} of ${f.planted} planted; target ≥ 95%): ${PLANTED_KINDS.map((k) => `${k} ${f.byKind[k][0]}/${f.byKind[k][1]}`).join(", ")}`,
    `  rank in its council's list: worst ${worst}, ${found.filter((r) => r <= 50).length} of ${f.planted} in the top 50 (target: all)`,
    `  questions about the noise: ${f.noiseFlags} over ${f.noise.toLocaleString("en-GB")} payments, ${f.noiseFlagsPer10k.toFixed(2)} per 10,000 (target ≤ 5)`,
  ].join("\n");
}
