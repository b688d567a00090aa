import { describe, expect, it } from "vitest";
import {
  type ChartDrawing,
  drawnHeight,
  FIT_BANDS,
  fitHeightStyle,
  fitHeights,
} from "../../../src/lib/charts/drawing.ts";
import { bars, lineSeries, months } from "./fixture.ts";

const barDrawing: ChartDrawing = {
  kind: "bars",
  options: { id: "b", title: "Bars", desc: "", data: bars(6) },
};
const lineDrawing: ChartDrawing = {
  kind: "lines",
  options: { id: "l", title: "Lines", desc: "", periods: months(12), series: lineSeries(12, 12) },
  months: true,
};

describe("the room a chart takes when drawn again narrower", () => {
  it("is the same at every width for bars (a row per bar, whatever the width)", () => {
    const heights = fitHeights(barDrawing);
    expect(heights.map((b) => b.below)).toEqual(FIT_BANDS);
    for (const b of heights) expect(b.height).toBe(drawnHeight(barDrawing));
    for (const shown of [280, 351, 500, 695])
      expect(drawnHeight(barDrawing, shown)).toBe(drawnHeight(barDrawing));
  });

  it("covers every width of each band for lines, whose legend takes more rows when narrower", () => {
    const heights = fitHeights(lineDrawing);
    expect(heights[0]?.height).toBeGreaterThan(drawnHeight(lineDrawing));
    let low = 0;
    for (const band of heights) {
      for (let shown = Math.max(280, low); shown < band.below; shown += 7)
        expect(drawnHeight(lineDrawing, shown), `${shown} px`).toBeLessThanOrEqual(band.height);
      low = band.below;
    }
  });

  it("is written as the custom properties chart.css reads", () => {
    const style = fitHeightStyle(barDrawing);
    expect(style.split(";").map((p) => p.split(":")[0])).toEqual(FIT_BANDS.map((b) => `--fit-${b}`));
    expect(style).toMatch(/^(--fit-\d+:\d+px;?)+$/);
  });
});
