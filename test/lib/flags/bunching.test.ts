// Payments bunched just under a threshold, against the supplier's own distribution around it.
import { describe, expect, it } from "vitest";
import { fixtureFlags, raised } from "./helpers.ts";

describe("threshold-bunching", () => {
  it("flags five payments just under £5,000 with nothing around them", async () => {
    const flags = raised(await fixtureFlags("bunching"), "threshold-bunching");
    expect(flags).toEqual([
      expect.objectContaining({
        id: "threshold-bunching.alpha.acme.under-5000",
        rows: ["a2304-2", "a2305-2", "a2306-2", "a2307-2", "a2308-2"],
        total: 24_040_000_000n,
        threshold: "£5,000.00 (band £4,500.00 to £4,999.99)",
      }),
    ]);
    expect(flags[0]?.question).toContain(
      "5 of the 7 payments by Alpha Council to Acme Ltd are between £4,500.00 and £4,999.99",
    );
  });

  it("does not flag a single £499.99 payment", async () => {
    expect(raised(await fixtureFlags("bunching-once"), "threshold-bunching")).toEqual([]);
  });

  it("does not flag a band no fuller than the bands around it", async () => {
    const result = await fixtureFlags("bunching-spread");
    expect(raised(result, "threshold-bunching")).toEqual([]);
    expect(result.setAside).toContainEqual({
      indicator: "threshold-bunching",
      reason: "as many payments around the threshold as under it",
      count: 1,
    });
  });

  it("uses the thresholds and counts of the configuration", async () => {
    const fewer = await fixtureFlags("bunching", { config: { "threshold-bunching": { min_payments: 6 } } });
    expect(raised(fewer, "threshold-bunching")).toEqual([]);
    const other = await fixtureFlags("bunching", {
      config: { "threshold-bunching": { thresholds: [2_500] } },
    });
    expect(raised(other, "threshold-bunching")).toEqual([]);
  });
});
