// Concentration in a category, new suppliers with a large first payment, year-end spikes and
// round-number payments: each raised by its fixture, with the near misses beside it left alone.
import { describe, expect, it } from "vitest";
import { fixtureFlags, raised } from "./helpers.ts";

describe("supplier-concentration", () => {
  it("flags one supplier with at least half of a category's year, when the category is big enough", async () => {
    const flags = raised(await fixtureFlags("concentration"), "supplier-concentration");
    // 2023-24: Acme has £80,000 of £100,000; 2022-23: 67% but of only £90,000.
    expect(flags).toEqual([
      expect.objectContaining({
        id: "supplier-concentration.alpha.acme.environmental-and-regulatory.2023-24",
        rows: ["a2306-2", "a2309-2"],
        total: 80_000_000_000n,
        year: "2023-24",
        question:
          "Acme Ltd received 80.0% (£80,000.00) of Alpha Council's £100,000.00 net spend on Environmental and regulatory services in 2023-24. " +
          "How was the supplier chosen, and when was this work last open to competition?",
      }),
    ]);
  });

  it("uses council.json category overrides, and leaves uncategorised departments out", async () => {
    expect(raised(await fixtureFlags("concentration-override"), "supplier-concentration")).toEqual([]);
    const categories = { alpha: { services: { "Vale Works": "environmental-and-regulatory" as const } } };
    const flags = raised(
      await fixtureFlags("concentration-override", { categories }),
      "supplier-concentration",
    );
    expect(flags.map((f) => f.id)).toEqual([
      "supplier-concentration.alpha.acme.environmental-and-regulatory.2023-24",
    ]);
  });
});

describe("large-first-payment", () => {
  it("flags a large first payment after a year of data, not in the first year nor a small one", async () => {
    const flags = raised(await fixtureFlags("first-payment"), "large-first-payment");
    expect(flags.map((f) => [f.id, f.rows, f.threshold])).toEqual([
      ["large-first-payment.alpha.newco", ["a2306-2"], "£25,000.00 after 365 days of data"],
    ]);
  });
});

describe("year-end-spike", () => {
  it("flags a department's March far above its average month, not a flat one", async () => {
    const flags = raised(await fixtureFlags("year-end"), "year-end-spike");
    expect(flags).toEqual([
      expect.objectContaining({
        id: "year-end-spike.alpha.parks.2023-24",
        rows: ["a2403-2", "a2403-3"],
        total: 60_000_000_000n,
        question:
          "Alpha Council's department “Parks” spent £60,000.00 (net) in March 2024, 6.0 times its average month (£10,000.00) " +
          "from April 2023 to February 2024. What was bought in March, and did it need to be bought before the year end?",
      }),
    ]);
  });

  it("uses the configured ratio", async () => {
    const result = await fixtureFlags("year-end", { config: { "year-end-spike": { min_ratio: 7 } } });
    expect(raised(result, "year-end-spike")).toEqual([]);
  });
});

describe("round-numbers", () => {
  it("flags repeated exact multiples of £1,000, not a supplier with two and a near-round one", async () => {
    const flags = raised(await fixtureFlags("round-numbers"), "round-numbers");
    expect(flags.map((f) => [f.id, f.rows, f.total])).toEqual([
      ["round-numbers.alpha.acme", ["a2304-2", "a2306-2", "a2308-2"], 37_000_000_000n],
    ]);
  });
});

describe("partner recharges and redacted payees", () => {
  it("raise no supplier flag of any kind", async () => {
    expect((await fixtureFlags("partner-recharge")).flags).toEqual([]);
    expect((await fixtureFlags("redacted")).flags).toEqual([]);
  });
});
