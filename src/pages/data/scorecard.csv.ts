// /data/scorecard.csv: the data-quality scorecard of /data-quality/, for a spreadsheet.
import type { APIRoute } from "astro";
import { scorecardCsvText } from "../../lib/site/data-quality.ts";

export const GET: APIRoute = () =>
  new Response(scorecardCsvText(), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
