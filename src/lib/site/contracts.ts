// The contracts page's model: how many contracts and how many are joint (let by one partner for
// several), the letter links, the 25 newest and every joint contract.
import type { ContractRecord } from "../dataset/contracts.ts";
import { listedContracts as contracts } from "../dataset/index.ts";
import { newestContracts } from "../views/home.ts";
import { contractLetterCounts } from "./browse.ts";

export const NEWEST_LISTED = 25;

export interface ContractsPage {
  count: number;
  letterCounts: Map<string, number>;
  newest: ContractRecord[];
  joint: ContractRecord[];
}

export function contractsPage(): ContractsPage {
  return {
    count: contracts.length,
    letterCounts: contractLetterCounts(),
    newest: newestContracts(contracts, NEWEST_LISTED),
    joint: contracts.filter((c) => c.councils.length > 1),
  };
}
