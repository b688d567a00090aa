// The Atom feeds the build publishes: what each holds, its title, and its links for pages
// (<link rel="alternate" type="application/atom+xml"> in the head, and visible links).

import type { Micros } from "../model.ts";
import { groupThousands, MICROS_PER_POUND } from "../money.ts";
import { type FeedKind, feedFile, normaliseBase } from "./site-paths.ts";

/** Payments of this amount or more (£100,000) are in the payments feeds. */
export const LARGE_PAYMENT_MICROS: Micros = 100_000 * MICROS_PER_POUND;
/** The threshold as shown in titles: "£100,000". */
export const LARGE_PAYMENT_TEXT = `£${groupThousands(String(LARGE_PAYMENT_MICROS / MICROS_PER_POUND))}`;
/** Newest entries per payments feed. */
export const PAYMENT_FEED_ENTRIES = 100;
/** Newest contracts (by start date) per contracts feed. */
export const CONTRACT_FEED_ENTRIES = 50;

export const ATOM_TYPE = "application/atom+xml";

export interface FeedCouncil {
  slug: string;
  name: string;
}

export interface FeedLink {
  kind: FeedKind;
  /** Site path including the base, e.g. /transparency/feeds/harrowmere/payments.xml */
  href: string;
  title: string;
  type: typeof ATOM_TYPE;
}

/** "Newest contracts: all councils", "Payments of £100,000 or more: Harrowmere District Council". */
export function feedTitle(kind: FeedKind, council?: FeedCouncil): string {
  const who = council ? council.name : "all councils";
  return kind === "contracts"
    ? `Newest contracts: ${who}`
    : `Payments of ${LARGE_PAYMENT_TEXT} or more: ${who}`;
}

/** One line saying what the feed holds. */
export function feedSubtitle(kind: FeedKind, council?: FeedCouncil): string {
  const where = council
    ? `in the contract register of ${council.name}`
    : "in the councils' contract registers";
  return kind === "contracts"
    ? `The ${CONTRACT_FEED_ENTRIES} contracts with the latest start dates ${where}; a contract shared by several councils appears once.`
    : `The ${PAYMENT_FEED_ENTRIES} most recent payments of ${LARGE_PAYMENT_TEXT} or more${
        council ? ` by ${council.name}` : ""
      }, newest first, each with its published file and line.`;
}

/** The feeds for the whole partnership, or for one council. */
export function feedLinks(base: string, council?: FeedCouncil): FeedLink[] {
  const root = normaliseBase(base);
  return (["contracts", "payments"] as const).map((kind) => ({
    kind,
    href: `${root}${feedFile(kind, council?.slug)}`,
    title: feedTitle(kind, council),
    type: ATOM_TYPE,
  }));
}
