// The exact numbers behind one chart, as CSV (text cells formula-guarded, amounts plain numbers).
import type { APIRoute } from "astro";
import { chartCatalogue } from "../../../lib/dataset/charts.ts";
import { chartCsvText } from "../../../lib/published-charts/entry.ts";

export function getStaticPaths() {
  return chartCatalogue().ids.map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const entry = chartCatalogue().chart(params.chart as string);
  if (!entry) return new Response("Not found", { status: 404 });
  return new Response(chartCsvText(entry.csv), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
