import type { APIRoute } from "astro";
import { chartCatalogue } from "../../lib/dataset/charts.ts";
import { sharedSuppliersCsv } from "../../lib/published-charts/shared-csv.ts";

export const GET: APIRoute = () =>
  new Response(sharedSuppliersCsv(chartCatalogue().shared), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
