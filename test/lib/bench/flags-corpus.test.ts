// The generated corpus behind bench:flags' precision figures: the same seed gives the same payments;
// its noise is hard (many payments repeat an amount to one supplier within days, which the same
// amount alone would flag); on a small corpus the duplicate-payment indicator finds every planted
// duplicate, ranks each in its council's top 50, and raises at most 5 questions per 10,000 noise
// payments.
import { describe, expect, it } from "vitest";
import { type CorpusOptions, flagsCorpus, PLANTED_KINDS } from "../../../src/lib/bench/flags-corpus.ts";
import { precisionOf, precisionReport } from "../../../src/lib/bench/flags-precision.ts";
import { computeFlags } from "../../../src/lib/flags/engine/compute.ts";
import { effectiveThresholds } from "../../../src/lib/flags/engine/config.ts";
import { dayNumber } from "../../../src/lib/flags/engine/row-pass.ts";

const SMALL: CorpusOptions = { payments: 6_000, councils: 2, perKind: 2, seed: 19 };

describe("the generated duplicate-payments corpus", () => {
  it("is the same for the same seed, and another for another", () => {
    const a = flagsCorpus(SMALL).input.payments;
    const b = flagsCorpus(SMALL).input.payments;
    const c = flagsCorpus({ ...SMALL, seed: 20 }).input.payments;
    expect(Array.from(a.amount)).toEqual(Array.from(b.amount));
    expect(Array.from(a.amount)).not.toEqual(Array.from(c.amount));
  });

  it("plants each kind in each council, among noise that repeats amounts within days", () => {
    const corpus = flagsCorpus(SMALL);
    expect(corpus.planted).toHaveLength(2 * 2 * PLANTED_KINDS.length);
    expect(new Set(corpus.planted.map((p) => `${p.council}/${p.kind}`)).size).toBe(2 * PLANTED_KINDS.length);
    // Noise payments repeating a supplier's amount within 14 days: what the amount alone would flag.
    const p = corpus.input.payments;
    const last = new Map<string, number>();
    let repeats = 0;
    for (let row = 0; row < p.size; row++) {
      const key = `${p.text.get(p.council[row] as number)},${p.text.get(p.supplierId[row] as number)},${p.amount[row]}`;
      const day = dayNumber(p.text.get(p.date[row] as number));
      const before = last.get(key);
      if (before !== undefined && day - before <= 14 && (p.amount[row] as number) > 0) repeats++;
      last.set(key, day);
    }
    expect(repeats / corpus.noise).toBeGreaterThan(0.3);
    // Credit notes and their re-issued invoices are there, and cancel what they reverse.
    const result = computeFlags(corpus.input, effectiveThresholds());
    const cancelled = result.setAside.find((s) => s.reason === "cancelled by credit notes");
    expect(cancelled?.count).toBeGreaterThan(10);
  });

  it("finds every planted duplicate, in its council's top 50, with few questions about the noise", () => {
    const figures = precisionOf(flagsCorpus(SMALL));
    expect(figures.found / figures.planted).toBeGreaterThanOrEqual(0.95);
    for (const rank of figures.ranks) expect(rank).toBeGreaterThan(0);
    for (const rank of figures.ranks) expect(rank).toBeLessThanOrEqual(50);
    expect(figures.noiseFlagsPer10k).toBeLessThanOrEqual(5);
    for (const kind of PLANTED_KINDS) expect(figures.byKind[kind]).toEqual([4, 4]);
  });

  it("reports recall, ranks and the noise's questions beside their targets", () => {
    const report = precisionReport(SMALL);
    expect(report).toMatch(/recall 100\.0% \(16 of 16 planted; target ≥ 95%\)/);
    expect(report).toContain("16 of 16 in the top 50 (target: all)");
    expect(report).toMatch(/per 10,000 \(target ≤ 5\)/);
  });
});
