// The charts of a page in the browser: keyboard-reachable tooltips (src/lib/charts/tips.ts), and each
// chart drawn again at the width it is shown at when that is narrower (src/lib/charts/fit-page.ts).
// Plain DOM code, no framework. Without JavaScript the SVG <title>s and the data tables carry every value.
import { fitCharts } from "../lib/charts/fit-page.ts";
import { attachFigureTips } from "../lib/charts/tips.ts";

/**
 * Wires every `figure.chart` of the page not wired by another script (the compare island marks its
 * own with data-tips), again each time one is drawn again. `dress` runs on a figure before its
 * tooltips are wired (the embed page's accent colour).
 */
export function wireCharts(base: string, dress?: (figure: HTMLElement) => void): void {
  const detach = new Map<HTMLElement, () => void>();
  const wire = (figure: HTMLElement) => {
    detach.get(figure)?.();
    dress?.(figure);
    detach.set(figure, attachFigureTips(figure));
  };
  for (const figure of document.querySelectorAll<HTMLElement>("figure.chart")) {
    if (figure.dataset.tips !== undefined) continue;
    figure.dataset.tips = "on";
    wire(figure);
  }
  fitCharts(document, base, (figure) => {
    if (detach.has(figure)) wire(figure);
  });
}
