// What one chart is drawn from (src/lib/charts/drawing.ts), as JSON: a page showing the chart
// narrower than it was drawn fetches it and draws the chart again at its own width.
import type { APIRoute } from "astro";
import { chartJsonResponse, chartPaths } from "../../../lib/site/embed.ts";

export function getStaticPaths() {
  return chartPaths();
}

export const GET: APIRoute = ({ params }) => chartJsonResponse(params.chart as string);
