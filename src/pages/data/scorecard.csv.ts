// /data/scorecard.csv: the data-quality scorecard of /data-quality/, for a spreadsheet.
import type { APIRoute } from "astro";
import { councils, files, payments } from "../../lib/dataset/index.ts";
import { scorecard } from "../../lib/views/scorecard.ts";
import { scorecardCsv } from "../../lib/views/scorecard-csv.ts";

export const GET: APIRoute = () =>
  new Response(scorecardCsv(scorecard(councils, files, payments)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
