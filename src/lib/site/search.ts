// The search page's model: the A–Z letter links of suppliers and contracts, its way in without
// JavaScript.
import { contractLetterCounts, supplierLetterCounts } from "./browse.ts";

export interface SearchPage {
  supplierCounts: Map<string, number>;
  contractCounts: Map<string, number>;
}

export const searchPage = (): SearchPage => ({
  supplierCounts: supplierLetterCounts(),
  contractCounts: contractLetterCounts(),
});
