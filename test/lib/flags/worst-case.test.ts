// The flags step on its worst-case input (src/lib/bench/flags-input.ts) does the work: every shape
// raises flags, four times as many for four times the payments. How its time grows with the payments
// is measured by `npm run bench:flags`, never asserted here.
import { describe, expect, it } from "vitest";
import { worstCaseFlagInput } from "../../../src/lib/bench/flags-input.ts";
import { computeFlags } from "../../../src/lib/flags/engine/compute.ts";
import { effectiveThresholds } from "../../../src/lib/flags/engine/config.ts";

const flagCount = (payments: number) =>
  computeFlags(worstCaseFlagInput(payments), effectiveThresholds()).flags.length;
const indicators = (payments: number) =>
  new Set(computeFlags(worstCaseFlagInput(payments), effectiveThresholds()).flags.map((f) => f.indicator));

describe("flags on the worst-case input", () => {
  it("raises flags in proportion to the payments", () => {
    const small = flagCount(20_000);
    const large = flagCount(80_000);
    expect(small).toBeGreaterThan(400);
    expect(large).toBeGreaterThan(3.5 * small);
  });

  it("raises possible duplicates among them (a chain of repeated references)", () => {
    expect(indicators(2_000)).toContain("duplicate-payment");
  });
});
