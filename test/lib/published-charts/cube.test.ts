import { beforeAll, describe, expect, it } from "vitest";
import {
  buildSpendCube,
  cubePeriods,
  cubeSeries,
  type SpendCube,
} from "../../../src/lib/published-charts/cube.ts";
import {
  financialYearOfMonth,
  periodOfMonth,
  quarterOfMonth,
} from "../../../src/lib/published-charts/periods.ts";
import { COUNCILS, fixturePayments } from "./fixture.ts";

let cube: SpendCube;
beforeAll(async () => {
  const payments = await fixturePayments();
  cube = buildSpendCube({
    payments,
    councils: COUNCILS.map((c) => c.slug),
    overridesOf: (slug) => (slug === "gamma" ? { Waste: "housing" } : undefined),
  });
});

const k = (id: string) => cube.categories.findIndex((c) => c.id === id);

describe("periods", () => {
  it("puts months in financial years and their quarters (April to March)", () => {
    expect(financialYearOfMonth("2024-04")).toBe("2024-25");
    expect(financialYearOfMonth("2025-03")).toBe("2024-25");
    expect(financialYearOfMonth("1999-12")).toBe("1999-00");
    expect(["2024-04", "2024-06", "2024-07", "2024-12", "2025-01", "2025-03"].map(quarterOfMonth)).toEqual([
      "2024-25 Q1",
      "2024-25 Q1",
      "2024-25 Q2",
      "2024-25 Q3",
      "2024-25 Q4",
      "2024-25 Q4",
    ]);
    expect(periodOfMonth("2024-05", "monthly")).toBe("2024-05");
  });
});

describe("spend cube", () => {
  it("classifies each council's departments once, with its own overrides, in SeRCOP order", () => {
    expect(cube.categories.map((c) => c.id)).toEqual([
      "environmental-and-regulatory",
      "housing",
      "uncategorised",
    ]);
    // gamma's "Waste" is overridden to housing; alpha's and beta's waste stay environmental
    expect(cube.total(2, k("housing"))).toBe(750_000_000n);
    expect(cube.total(2, k("environmental-and-regulatory"))).toBeNull();
  });

  it("sums exactly by council, category and month range, recharges and withheld payees included", () => {
    expect(cube.months[0]).toBe("2023-04");
    expect(cube.months.at(-1)).toBe("2024-07");
    expect(cube.months).toHaveLength(16); // every month, published or not
    expect(cube.total(0, null)).toBe(3_900_490_000n);
    expect(cube.total(1, k("uncategorised"))).toBe(800_000_000n);
    expect(cube.total(1, k("housing"))).toBe(-100_000_000n);
    const years = cubePeriods(cube, "yearly");
    expect(years.map((y) => y.key)).toEqual(["2023-24", "2024-25"]);
    const y2024 = years[1] as { from: number; to: number };
    expect(cube.total(0, k("environmental-and-regulatory"), y2024.from, y2024.to)).toBe(2_000_000_000n);
  });

  it("gives one series per council with gaps where nothing was published", () => {
    const quarterly = cubeSeries(cube, k("environmental-and-regulatory"), "quarterly");
    expect(quarterly.periods).toEqual([
      "2023-24 Q1",
      "2023-24 Q2",
      "2023-24 Q3",
      "2023-24 Q4",
      "2024-25 Q1",
      "2024-25 Q2",
    ]);
    expect(quarterly.series[0]?.values).toEqual([1_500_500_000n, null, null, null, 2_000_000_000n, null]);
    expect(quarterly.series[2]?.values.every((v) => v === null)).toBe(true);
  });
});

describe("payments dated outside the months a council's files cover", () => {
  // Alpha's files cover April 2023 to April 2024 only (as when the ingest leaves a mistyped year out
  // of a file's dates): its May 2024 payments (£300.00 and a withheld £99.99) are outside them.
  let spanned: SpendCube;
  beforeAll(async () => {
    spanned = buildSpendCube({
      payments: await fixturePayments(),
      councils: COUNCILS.map((c) => c.slug),
      overridesOf: () => undefined,
      spanOf: (slug) => (slug === "alpha" ? { first: "2023-04-01", last: "2024-04-30" } : undefined),
    });
  });

  it("are left out of the months and the totals drawn, and counted apart", () => {
    // Beta's and gamma's months still run to July 2024 (no span given: every month counts).
    expect(spanned.months.at(-1)).toBe("2024-07");
    expect(spanned.total(0, null)).toBe(3_500_500_000n);
    expect(cube.total(0, null)).toBe(3_900_490_000n);
    expect(spanned.outside(0, null)).toEqual({ count: 2, total: 399_990_000n });
    expect(spanned.outside(1, null)).toEqual({ count: 0, total: 0n });
    const housing = spanned.categories.findIndex((c) => c.id === "housing");
    expect(spanned.outside(0, housing)).toEqual({ count: 2, total: 399_990_000n });
  });

  it("are said under the charts of the council's spend", async () => {
    const { trendEntry } = await import("../../../src/lib/published-charts/trend.ts");
    const chart = trendEntry({
      cube: spanned,
      councils: COUNCILS,
      category: null,
      granularity: "monthly",
      hostPath: "councils/alpha/",
      council: "alpha",
    });
    expect(chart.notes).toEqual([
      "Not drawn: 2 payments by Alpha District Council (£399.99) dated outside the months its files cover, perhaps with a mistyped year (see the notes on its files under data quality).",
    ]);
    const beta = trendEntry({
      ...{ cube: spanned, councils: COUNCILS, category: null },
      granularity: "yearly",
      hostPath: "councils/beta/",
      council: "beta",
    });
    expect(beta.notes).toEqual([]);
  });
});
