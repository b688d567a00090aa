// Keyboard-reachable tooltips for the charts on a page (see src/lib/charts/tips.ts), each chart
// drawn again at the width it is shown at when that is narrower (src/lib/charts/fit-page.ts), and
// embed snippets pointed at the address the site is served from when it was built without SITE_URL.
// Renders nothing: without JavaScript the SVG <title>s and the data tables carry every value.
import { useEffect } from "react";
import { fitCharts } from "../../lib/charts/fit-page.ts";
import { attachFigureTips } from "../../lib/charts/tips.ts";
import { rerootSnippets } from "../../lib/embed/snippet-root.ts";

export default function ChartTips() {
  useEffect(() => {
    rerootSnippets(document, new URL(import.meta.env.BASE_URL, location.origin).href);
    const detach = new Map<HTMLElement, () => void>();
    const wire = (figure: HTMLElement) => {
      detach.get(figure)?.();
      detach.set(figure, attachFigureTips(figure));
    };
    for (const figure of document.querySelectorAll<HTMLElement>("figure.chart")) {
      // A figure wired by another script (the compare island) is left to it.
      if (figure.dataset.tips !== undefined) continue;
      figure.dataset.tips = "on";
      wire(figure);
    }
    const stop = fitCharts(document, import.meta.env.BASE_URL, (figure) => {
      if (detach.has(figure)) wire(figure);
    });
    return () => {
      stop();
      for (const off of detach.values()) off();
    };
  }, []);
  return null;
}
