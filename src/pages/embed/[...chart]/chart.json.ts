// What one chart is drawn from (src/lib/charts/drawing.ts), as JSON: a page showing the chart
// narrower than it was drawn fetches it and draws the chart again at its own width.
import type { APIRoute } from "astro";
import { chartCatalogue } from "../../../lib/dataset/charts.ts";

export function getStaticPaths() {
  return chartCatalogue().ids.map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const entry = chartCatalogue().chart(params.chart as string);
  if (!entry) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(entry.drawing), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
