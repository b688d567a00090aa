// data/contract-spend.csv: every contract once, with what its councils paid its supplier during its
// term (as on its page) against its total value, for a spreadsheet: which contracts are paid past
// their value, which have no payments at all. Text cells formula-guarded; amounts plain decimals.
import type { ContractRecord } from "../dataset/contracts.ts";
import { formatDecimal } from "../money.ts";
import { csvLine, plain } from "../tables/csv-write.ts";
import type { ContractView } from "./contract.ts";

export const CONTRACT_SPEND_COLUMNS = [
  "contract_id",
  "reference",
  "title",
  "councils",
  "supplier_id",
  "supplier",
  "start_date",
  "end_date",
  "total_value",
  "paid_in_term",
  "payments_in_term",
  "share_of_value_percent",
] as const;

export function contractSpendCsv(
  contracts: readonly ContractRecord[],
  viewOf: (contract: ContractRecord) => ContractView,
): string {
  const lines = [CONTRACT_SPEND_COLUMNS.join(",")];
  for (const contract of contracts) {
    const view = viewOf(contract);
    lines.push(
      csvLine([
        contract.id,
        contract.reference,
        contract.title,
        contract.councils.join(" "),
        contract.supplierId,
        contract.supplier,
        contract.startDate,
        contract.endDate,
        contract.totalValue === null ? null : plain(formatDecimal(contract.totalValue)),
        plain(formatDecimal(view.termSpend.total)),
        view.termSpend.count,
        view.shareOfValue === null ? null : plain(view.shareOfValue),
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}
