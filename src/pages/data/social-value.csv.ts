// /data/social-value.csv: spend and contract value with SMEs, VCSEs and local suppliers, per council and year.
import { socialValueCsvText } from "../../lib/site/social-value.ts";

export function GET(): Response {
  return new Response(socialValueCsvText(), { headers: { "content-type": "text/csv; charset=utf-8" } });
}
