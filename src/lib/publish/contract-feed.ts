// The contracts feeds: contracts with the latest start dates, for the partnership and per council.
// Contracts are those of groupContracts(): one listed in several partners' registers is one entry
// (in the partnership feed once, and once in each of its councils' feeds).
import type { ContractRecord } from "../dataset/contracts.ts";
import { formatPounds } from "../money.ts";
import { type AtomEntry, type AtomFeed, isIsoDate } from "./atom.ts";
import { CONTRACT_FEED_ENTRIES, type FeedCouncil } from "./feed-catalogue.ts";
import { councilName, type FeedContext, frameFeed } from "./feed-frame.ts";
import { contractPage, sourceFile, supplierPage } from "./site-paths.ts";

/** Contracts with a start date, latest first (then by id), of the partnership or one council. */
export function newestContracts(
  contracts: readonly ContractRecord[],
  council?: string,
  limit = CONTRACT_FEED_ENTRIES,
): ContractRecord[] {
  return contracts
    .filter((c) => isIsoDate(c.startDate) && (council === undefined || c.councils.includes(council)))
    .sort((a, b) =>
      a.startDate !== b.startDate
        ? a.startDate < b.startDate
          ? 1
          : -1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
    )
    .slice(0, limit);
}

export function contractEntry(contract: ContractRecord, context: FeedContext): AtomEntry {
  const { urls } = context;
  const page = contractPage(contract.id);
  const letting = councilName(context, contract.lettingCouncil);
  const others = contract.councils
    .filter((c) => c !== contract.lettingCouncil)
    .map((c) => councilName(context, c));
  const parts = [
    `${contract.supplier || "Supplier not named"}.`,
    others.length > 0 ? `Let by ${letting} for itself and ${others.join(", ")}.` : `Let by ${letting}.`,
    contract.totalValue !== null ? `Total value ${formatPounds(contract.totalValue)}.` : "",
    `Starts ${contract.startDate}${contract.endDate ? `, ends ${contract.endDate}` : ""}.`,
    contract.reference ? `Reference ${contract.reference}.` : "",
    contract.description,
    `Source: ${contract.council}/${contract.sourceFile}:${contract.sourceLine}.`,
  ];
  const links: AtomEntry["links"] = [{ rel: "alternate", href: urls.href(page), type: "text/html" }];
  if (contract.supplierId) {
    links.push({
      rel: "related",
      href: urls.href(supplierPage(contract.supplierId)),
      title: contract.supplier,
    });
  }
  links.push({
    rel: "via",
    href: urls.href(sourceFile(contract.council, contract.sourceFile)),
    title: `Published register ${contract.sourceFile}, line ${contract.sourceLine}`,
  });
  return {
    id: urls.id(page),
    title: contract.title || contract.reference || contract.id,
    updated: contract.startDate,
    links,
    categories: contract.councils.map((c) => councilName(context, c)),
    summary: parts.filter((p) => p !== "").join(" "),
  };
}

export function contractFeed(
  contracts: readonly ContractRecord[],
  context: FeedContext,
  council?: FeedCouncil,
): AtomFeed {
  const entries = newestContracts(contracts, council?.slug).map((c) => contractEntry(c, context));
  return frameFeed("contracts", council, entries, context);
}
