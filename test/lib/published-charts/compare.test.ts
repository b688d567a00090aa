import { beforeAll, describe, expect, it } from "vitest";
import {
  type CompareData,
  choiceQuery,
  compareData,
  compareView,
  defaultChoice,
  parseChoice,
} from "../../../src/lib/published-charts/compare.ts";
import { buildSpendCube } from "../../../src/lib/published-charts/cube.ts";
import { COUNCILS, fixturePayments } from "./fixture.ts";

let data: CompareData;
beforeAll(async () => {
  const payments = await fixturePayments();
  const cube = buildSpendCube({
    payments,
    councils: COUNCILS.map((c) => c.slug),
    overridesOf: () => undefined,
  });
  data = compareData(cube, COUNCILS);
});

describe("/compare/ choice", () => {
  it("defaults to every council, all spend, the latest year, per resident", () => {
    expect(defaultChoice(data)).toEqual({
      councils: ["alpha", "beta", "gamma"],
      category: "all",
      years: ["2024-25"],
      measure: "per-resident",
    });
  });

  it("reads comma lists and repeated form fields, drops unknown values, and round-trips through the URL", () => {
    const choice = parseChoice(
      new URLSearchParams(
        "councils=gamma,nowhere&councils=alpha&category=housing&years=2023-24,2024-25&measure=total",
      ),
      data,
    );
    expect(choice).toEqual({
      councils: ["alpha", "gamma"],
      category: "housing",
      years: ["2023-24", "2024-25"],
      measure: "total",
    });
    expect(choiceQuery(choice)).toBe(
      "?councils=alpha,gamma&category=housing&years=2023-24,2024-25&measure=total",
    );
    expect(parseChoice(new URLSearchParams(choiceQuery(choice).slice(1)), data)).toEqual(choice);
    expect(parseChoice(new URLSearchParams("category=<script>&measure=x&years=1999-00"), data)).toEqual(
      defaultChoice(data),
    );
  });
});

describe("/compare/ view", () => {
  it("draws bars for one year, per resident, leaving out councils without a population", () => {
    const view = compareView(data, defaultChoice(data));
    expect(view.title).toBe("All spend: spend per resident, 2024-25");
    expect(view.withoutPopulation).toEqual(["Gamma Council"]);
    // alpha: 2000 + 300 + 99.99 = 2399.99 / 1000; beta: 6000 + 800 − 100 = 6700 / 4000
    expect(view.table.rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ["Alpha District Council", "£2.40"],
      ["Beta <b>Borough</b> Council", "£1.68"],
    ]);
    expect(view.svg).toContain("<rect");
  });

  it("draws lines across several years, totals including every council", () => {
    const view = compareView(data, {
      ...defaultChoice(data),
      years: ["2023-24", "2024-25"],
      measure: "total",
    });
    expect(view.title).toBe("All spend: total spend, 2023-24 to 2024-25");
    expect(view.table.columns).toEqual([
      "Alpha District Council",
      "Beta <b>Borough</b> Council",
      "Gamma Council",
    ]);
    expect(view.table.rows.map((r) => r.cells)).toEqual([
      ["£1,500.50", "£4,000.00", "–"],
      ["£2,399.99", "£6,700.00", "£750.00"],
    ]);
    expect(view.svg).toContain('data-series="2"');
  });
});
