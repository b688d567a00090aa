// The exact numbers behind one chart, as CSV (text cells formula-guarded, amounts plain numbers).
import type { APIRoute } from "astro";
import { chartCsvResponse, embedPaths } from "../../../lib/site/embed.ts";

export function getStaticPaths() {
  return embedPaths();
}

export const GET: APIRoute = ({ params }) => chartCsvResponse(params.chart as string);
