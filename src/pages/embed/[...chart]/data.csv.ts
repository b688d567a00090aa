// The exact numbers behind one chart, as CSV (text cells formula-guarded, amounts plain numbers).
import type { APIRoute } from "astro";
import { chartCsvResponse, chartPaths } from "../../../lib/site/embed.ts";

export function getStaticPaths() {
  return chartPaths();
}

export const GET: APIRoute = ({ params }) => chartCsvResponse(params.chart as string);
