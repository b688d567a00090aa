import { describe, expect, it } from "vitest";
import { CHART_WIDTH, chartFit, MIN_CHART_WIDTH } from "../../../src/lib/charts/fit.ts";

describe("fitting a chart to the width it is shown at", () => {
  it("keeps the defaults when the width is unknown or the chart fits", () => {
    expect(chartFit(undefined)).toEqual({});
    expect(chartFit(CHART_WIDTH)).toEqual({});
    expect(chartFit(1200)).toEqual({});
    expect(chartFit(Number.NaN)).toEqual({});
  });

  it("draws narrower with a label column and ticks in proportion, never under the minimum", () => {
    expect(chartFit(358.6)).toEqual({ width: 358, labelWidth: 143, ticks: 2 });
    expect(chartFit(600)).toEqual({ width: 600, labelWidth: 210, ticks: 4 });
    expect(chartFit(100).width).toBe(MIN_CHART_WIDTH);
  });
});
