// What every feed shares: its id, title, self and page links, author, and `updated` (the newest
// entry's date, or the dataset's newest date when the feed is empty: never the build time).
import type { AtomEntry, AtomFeed } from "./atom.ts";
import { ATOM_TYPE, type FeedCouncil, feedSubtitle, feedTitle } from "./feed-catalogue.ts";
import type { FeedUrls } from "./feed-urls.ts";
import { councilPage, type FeedKind, feedFile } from "./site-paths.ts";

export interface FeedContext {
  urls: FeedUrls;
  /** The partnership's name: the feeds' author. */
  author: string;
  /** Council names by slug. */
  councilNames: Map<string, string>;
  /** yyyy-mm-dd: `updated` of a feed with no entries. */
  datasetUpdated: string;
}

export const councilName = (context: FeedContext, slug: string): string =>
  context.councilNames.get(slug) ?? slug;

export function frameFeed(
  kind: FeedKind,
  council: FeedCouncil | undefined,
  entries: AtomEntry[],
  context: FeedContext,
): AtomFeed {
  const { urls } = context;
  const self = feedFile(kind, council?.slug);
  let updated = "";
  for (const entry of entries) if (entry.updated > updated) updated = entry.updated;
  return {
    id: urls.id(self),
    title: feedTitle(kind, council),
    subtitle: feedSubtitle(kind, council),
    updated: updated || context.datasetUpdated,
    xmlBase: urls.xmlBase,
    links: [
      { rel: "self", href: urls.href(self), type: ATOM_TYPE },
      { rel: "alternate", href: urls.href(council ? councilPage(council.slug) : ""), type: "text/html" },
    ],
    author: context.author,
    entries,
  };
}
