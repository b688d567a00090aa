// The downloads page's model: the dataset's files with their rows and sizes, each council's downloads
// and feeds (only for what it has), the columns of every file, and the page's schema.org Dataset
// description (JSON-LD, with absolute addresses when the site's address is known).
import { councils, descriptionFiles, downloads, files, partnership } from "../dataset/index.ts";
import { type FeedLink, feedLinks } from "../publish/feed-catalogue.ts";
import { councilHasRows } from "../views/council.ts";
import { jsonLdText } from "../views/json-ld.ts";
import { dataPath } from "../views/links.ts";
import { SCORECARD_FIELDS } from "../views/scorecard-csv.ts";

export interface CouncilDownloads {
  slug: string;
  name: string;
  /** Whether it has rows in payments.csv and contracts.csv. */
  hasRows: { payments: boolean; contracts: boolean };
  /** Its feeds, for what it has. */
  feeds: FeedLink[];
}

export interface DataPage {
  /** The Dataset description for <script type="application/ld+json">. */
  jsonLd: string;
  downloads: typeof downloads;
  descriptionFiles: typeof descriptionFiles;
  councils: CouncilDownloads[];
  /** The councils with a feed (those with payments or contract register entries). */
  councilsWithFeeds: CouncilDownloads[];
  /** The partnership's feeds. */
  feeds: FeedLink[];
  /** The columns of each file of the dataset, and of scorecard.csv. */
  columns: {
    path: string;
    name: string;
    fields: readonly { name: string; type: string; description: string }[];
  }[];
  scorecardFields: typeof SCORECARD_FIELDS;
  /** The partnership's name, and every council's, for the citation. */
  partnershipName: string;
  councilNames: string;
}

/** `site`: the site's address (Astro.site), when configured. */
export function dataPage(site: URL | undefined): DataPage {
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const councilNames = councils.map((c) => c.name).join(", ");
  const jsonLd = jsonLdText({
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: `${partnership.name}: payments over £500 and contracts`,
    description: `${partnership.description} Every payment over £500 and every contract register entry published by ${councilNames}, cleaned into one dataset; every row traces to the published file and line.`,
    url: site ? new URL(base, site).href : undefined,
    license: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    isAccessibleForFree: true,
    creator: councils.map((c) => ({
      "@type": "GovernmentOrganization",
      name: c.name,
      ...(c.website ? { url: c.website } : {}),
    })),
    keywords: ["public spending", "local government", "transparency", "contracts", "payments over £500"],
    distribution: downloads.map((d) => ({
      "@type": "DataDownload",
      name: d.path,
      description: d.title,
      encodingFormat: d.path.endsWith(".json")
        ? "application/json"
        : d.compression === "gz"
          ? "application/gzip"
          : (d.mediatype ?? "text/csv"),
      contentUrl: absolute(dataPath(d.path)),
    })),
  });
  const byCouncil = councils.map((c) => {
    const hasRows = councilHasRows(c.slug, files);
    return {
      slug: c.slug,
      name: c.name,
      hasRows,
      feeds: feedLinks(base, { slug: c.slug, name: c.name }).filter((f) => hasRows[f.kind]),
    };
  });
  return {
    jsonLd,
    downloads,
    descriptionFiles,
    councils: byCouncil,
    councilsWithFeeds: byCouncil.filter((c) => c.feeds.length > 0),
    feeds: feedLinks(base),
    columns: downloads.map((r) => ({ path: r.path, name: r.name, fields: r.schema.fields })),
    scorecardFields: SCORECARD_FIELDS,
    partnershipName: partnership.name,
    councilNames,
  };
}
