// /data/shared-suppliers.csv: every supplier paid separately by two or more partners, per council.
import type { APIRoute } from "astro";
import { sharedSuppliersCsvText } from "../../lib/site/shared-suppliers.ts";

export const GET: APIRoute = () =>
  new Response(sharedSuppliersCsvText(), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
