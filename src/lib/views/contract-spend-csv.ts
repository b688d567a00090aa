// data/contract-spend.csv (declared in tables/contract-spend.ts): every contract once, with what its
// councils paid its supplier during its term (as on its page) against its total value, for a
// spreadsheet: which contracts are paid past their value, which have no payments at all. Text cells
// formula-guarded; amounts plain decimals.
import type { ContractRecord } from "../dataset/contracts.ts";
import { formatDecimal } from "../money.ts";
import { CONTRACT_SPEND } from "../tables/contract-spend.ts";
import { type CellsOf, csvLineOf, plain } from "../tables/csv-write.ts";
import type { ContractView } from "./contract.ts";

/** A contract and its page's figures. */
interface ContractSpend {
  contract: ContractRecord;
  view: ContractView;
}

const CELLS: CellsOf<typeof CONTRACT_SPEND, ContractSpend> = {
  contract_id: ({ contract }) => contract.id,
  reference: ({ contract }) => contract.reference,
  title: ({ contract }) => contract.title,
  councils: ({ contract }) => contract.councils.join(CONTRACT_SPEND.column.councils.list),
  supplier_id: ({ contract }) => contract.supplierId,
  supplier: ({ contract }) => contract.supplier,
  start_date: ({ contract }) => contract.startDate,
  end_date: ({ contract }) => contract.endDate,
  total_value: ({ contract }) =>
    contract.totalValue === null ? null : plain(formatDecimal(contract.totalValue)),
  paid_in_term: ({ view }) => plain(formatDecimal(view.termSpend.total)),
  payments_in_term: ({ view }) => view.termSpend.count,
  share_of_value_percent: ({ view }) => (view.shareOfValue === null ? null : plain(view.shareOfValue)),
};
const contractSpendLine = csvLineOf(CONTRACT_SPEND, CELLS);

export function contractSpendCsv(
  contracts: readonly ContractRecord[],
  viewOf: (contract: ContractRecord) => ContractView,
): string {
  const lines = [CONTRACT_SPEND.header];
  for (const contract of contracts) lines.push(contractSpendLine({ contract, view: viewOf(contract) }));
  return `${lines.join("\n")}\n`;
}
