import type { APIRoute } from "astro";
import { sharedSuppliersCsv } from "../../lib/chart-data/shared-csv.ts";
import { chartCatalogue } from "../../lib/dataset/charts.ts";

export const GET: APIRoute = () =>
  new Response(sharedSuppliersCsv(chartCatalogue().shared), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
