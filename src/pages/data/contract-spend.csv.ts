// /data/contract-spend.csv: each contract's payments during its term against its value.
import { contracts, payments, rowsBySupplier } from "../../lib/dataset/index.ts";
import { contractView } from "../../lib/views/contract.ts";
import { contractSpendCsv } from "../../lib/views/contract-spend-csv.ts";

export function GET(): Response {
  return new Response(
    contractSpendCsv(contracts, (contract) => contractView(contract, { payments, rowsBySupplier })),
    { headers: { "content-type": "text/csv; charset=utf-8" } },
  );
}
