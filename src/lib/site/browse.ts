// The A–Z lists of suppliers (by name) and contracts (by title, else reference): how many entries
// each letter holds (for the letter links of the lists, the search page and the A–Z pages), and each
// A–Z page's model: its heading, its table's caption and download name.
import type { ContractRecord } from "../dataset/contracts.ts";
import { listedContracts as contracts, suppliers } from "../dataset/index.ts";
import type { SupplierRecord } from "../dataset/suppliers.ts";
import { count, counted } from "../format.ts";
import { type BrowsePage, browsePages, byLetter } from "../views/browse.ts";

export type BrowseKind = "suppliers" | "contracts";

const supplierTitle = (s: SupplierRecord): string => s.name;
const contractTitle = (c: ContractRecord): string => c.title || c.reference;

/** Entries under each letter. */
function letterCounts<T>(items: T[], nameOf: (item: T) => string): Map<string, number> {
  return new Map([...byLetter(items, nameOf)].map(([letter, list]) => [letter, list.length]));
}

export const supplierLetterCounts = (): Map<string, number> => letterCounts(suppliers, supplierTitle);
export const contractLetterCounts = (): Map<string, number> => letterCounts(contracts, contractTitle);

/** Every A–Z page of a list, with the page as its props. */
const pathsOf = <T>(pages: BrowsePage<T>[]) =>
  pages.map((p) => ({
    params: { letter: p.letter, page: p.page > 1 ? String(p.page) : undefined },
    props: p,
  }));

export const supplierBrowsePaths = () => pathsOf(browsePages(suppliers, supplierTitle));
export const contractBrowsePaths = () => pathsOf(browsePages(contracts, contractTitle));

export interface BrowsePageModel<T> extends BrowsePage<T> {
  heading: string;
  /** "C", for the page navigation's name. */
  letterName: string;
  /** "400 of 1,203 suppliers" on a letter split over pages, else "12 suppliers". */
  shownText: string;
  /** The table's download: "suppliers-c-2.csv". */
  filename: string;
}

const ONE: Record<BrowseKind, string> = { suppliers: "supplier", contracts: "contract" };
const TITLE: Record<BrowseKind, string> = { suppliers: "Suppliers", contracts: "Contracts" };

export function browsePageModel<T>(kind: BrowseKind, p: BrowsePage<T>): BrowsePageModel<T> {
  const { letter, page, pages, list } = p;
  const total = p.counts.get(letter) ?? list.length;
  const split = pages > 1;
  return {
    ...p,
    heading: `${TITLE[kind]}: ${letter === "0-9" ? "numbers and symbols" : letter.toUpperCase()}${split ? ` (page ${page} of ${pages})` : ""}`,
    letterName: letter.toUpperCase(),
    shownText: split ? `${count(list.length)} of ${counted(total, ONE[kind])}` : counted(total, ONE[kind]),
    filename: `${kind}-${letter}${split ? `-${page}` : ""}.csv`,
  };
}
