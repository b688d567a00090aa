// Links and ids inside the feeds. With SITE_URL (the site's origin) links and ids are absolute URLs;
// without it links are site paths (with xml:base set to the base path) and ids are tag: URIs
// (RFC 4151), which stay the same wherever the site is hosted.
import { normaliseBase } from "./site-paths.ts";

/** The year in every tag: id; never change it, or every feed entry becomes new to readers. */
const TAG_YEAR = "2025";
const FALLBACK_AUTHORITY = "shared-ledger.invalid";

export interface FeedUrlOptions {
  base: string;
  /** Absolute origin such as https://spend.example.gov.uk (no path: the base path gives that). */
  siteUrl?: string;
  /** The partnership's website; its host names tag: ids when there is no SITE_URL. */
  website?: string;
}

export interface FeedUrls {
  /** Value for xml:base on the feed element. */
  xmlBase: string;
  /** A link to a site path ("suppliers/x/"). */
  href(path: string): string;
  /** A permanent id for a site path (a page or a feed). */
  id(path: string): string;
  /**
   * A permanent id for a record shown on a page but without a page of its own (a payment): the tag
   * path ("payments/<id>"), or with SITE_URL the page's URL with `fragment`.
   */
  recordId(tagPath: string, page: string, fragment: string): string;
}

/** The origin of SITE_URL; throws, naming the variable, for anything but an absolute origin. */
export function siteOrigin(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL "${siteUrl}" is not an absolute URL such as https://spend.example.gov.uk`);
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    throw new Error(`SITE_URL "${siteUrl}" must be an origin only; set BASE_PATH for a sub-path`);
  }
  return url.origin;
}

function tagAuthority(website: string | undefined): string {
  if (!website) return FALLBACK_AUTHORITY;
  try {
    return new URL(website).hostname || FALLBACK_AUTHORITY;
  } catch {
    return FALLBACK_AUTHORITY;
  }
}

export function feedUrls(options: FeedUrlOptions): FeedUrls {
  const base = normaliseBase(options.base);
  const siteUrl = options.siteUrl?.trim();
  if (siteUrl) {
    const root = `${siteOrigin(siteUrl)}${base}`;
    return {
      xmlBase: root,
      href: (path) => `${root}${path}`,
      id: (path) => `${root}${path}`,
      recordId: (_, page, fragment) => `${root}${page}#${encodeURIComponent(fragment)}`,
    };
  }
  const tag = `tag:${tagAuthority(options.website)},${TAG_YEAR}:`;
  return {
    xmlBase: base,
    href: (path) => `${base}${path}`,
    id: (path) => `${tag}${path}`,
    recordId: (tagPath) => `${tag}${tagPath}`,
  };
}
