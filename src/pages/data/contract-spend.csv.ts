// /data/contract-spend.csv: each contract's payments during its term against its value.
import { contractSpendCsvText } from "../../lib/site/contract.ts";

export function GET(): Response {
  return new Response(contractSpendCsvText(), { headers: { "content-type": "text/csv; charset=utf-8" } });
}
