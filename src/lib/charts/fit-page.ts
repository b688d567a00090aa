// In the browser: draws each catalogued chart of a page again at the width its figure is shown at,
// when that differs from the width it was drawn at (a phone shows a 720 px chart at half size, its
// text with it). The chart's drawing comes from embed/<id>/chart.json and the drawing code is loaded
// only then. Without JavaScript, or until it runs, the chart drawn at build time scales down.
import type { ChartDrawing } from "./drawing.ts";
import { CHART_WIDTH, chartFit } from "./fit.ts";

/** Changes of width smaller than this (px) keep the chart as drawn. */
const SLACK = 24;

/** The width of a chart's viewBox. */
function drawnWidth(svg: SVGSVGElement): number {
  return svg.viewBox.baseVal?.width || CHART_WIDTH;
}

/**
 * Fits every `figure.chart[data-chart]` under `root` now and when the window is resized; after a
 * chart is drawn again `redrawn(figure)` is called (to wire its tooltips). Returns a function that
 * stops listening.
 */
export function fitCharts(
  root: ParentNode,
  base: string,
  redrawn: (figure: HTMLElement) => void,
): () => void {
  const site = base.replace(/\/?$/, "/");
  const drawings = new Map<string, Promise<ChartDrawing | null>>();
  const drawingOf = (id: string) => {
    let found = drawings.get(id);
    if (!found) {
      const path = id.split("/").map(encodeURIComponent).join("/");
      found = fetch(`${site}embed/${path}/chart.json`)
        .then((response) => (response.ok ? (response.json() as Promise<ChartDrawing>) : null))
        .catch(() => null);
      drawings.set(id, found);
    }
    return found;
  };
  const fitFigure = async (figure: HTMLElement) => {
    const svg = figure.querySelector<SVGSVGElement>(":scope > svg");
    const id = figure.dataset.chart;
    if (!svg || !id) return;
    const shown = figure.clientWidth;
    const target = chartFit(shown).width ?? CHART_WIDTH;
    if (Math.abs(target - drawnWidth(svg)) < SLACK) return;
    const drawing = await drawingOf(id);
    if (!drawing) return;
    const { drawChart } = await import("./drawing.ts");
    // Markup from drawChart: every text in it escaped (svg.ts), as in the chart drawn at build time.
    const template = document.createElement("template");
    template.innerHTML = drawChart(drawing, shown);
    const next = template.content.querySelector("svg");
    if (!next || !svg.isConnected) return;
    svg.replaceWith(next);
    redrawn(figure);
  };
  const fitAll = () => {
    for (const figure of root.querySelectorAll<HTMLElement>("figure.chart[data-chart]"))
      void fitFigure(figure);
  };
  fitAll();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(timer);
    timer = setTimeout(fitAll, 150);
  };
  window.addEventListener("resize", onResize);
  return () => {
    clearTimeout(timer);
    window.removeEventListener("resize", onResize);
  };
}
