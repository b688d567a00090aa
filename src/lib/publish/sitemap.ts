// sitemap.xml and robots.txt, so that search engines find every council, supplier and contract page.
// A sitemap lists absolute URLs, so both are written only when SITE_URL gives the site's address. The
// pages are read from the built site: every folder's index.html but the embeds and the line viewer
// (NOT_LISTED) and the 404 page. Past 45,000 pages sitemap.xml becomes an index
// of several files (the protocol allows 50,000 URLs in one). robots.txt names the sitemap when the
// site is at the root of its host: crawlers read robots.txt only there.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { listSiteFiles } from "../check/site-files.ts";
import { siteOrigin } from "./feed-urls.ts";
import { normaliseBase } from "./site-paths.ts";
import { escapeXmlText } from "./xml-text.ts";

/** URLs per sitemap file. */
export const SITEMAP_LIMIT = 45_000;

const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** Pages not listed: embeds (for other sites' frames; their canonical is the chart's page) and the line viewer (empty without its query). */
const NOT_LISTED = ["embed/", "source-line/"];

/** The page paths ("", "suppliers/x/") of the built site's files, sorted: every index.html but embeds and the line viewer. */
export function sitemapPages(files: readonly string[]): string[] {
  return files
    .filter(
      (f) => (f === "index.html" || f.endsWith("/index.html")) && !NOT_LISTED.some((p) => f.startsWith(p)),
    )
    .map((f) => f.slice(0, -"index.html".length))
    .sort();
}

/** A page's absolute URL: each folder name percent-encoded (a folder's name is its URL path decoded). */
const pageUrl = (root: string, page: string): string =>
  root +
  page
    .split("/")
    .map((part) => encodeURIComponent(part))
    .join("/");

const document = (element: string, children: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${element} xmlns="${NAMESPACE}">\n${children.join("")}</${element}>\n`;

/**
 * The sitemap files by name, for the site at `root` (absolute, ending in "/"): sitemap.xml with every
 * page, or, past `limit` pages, sitemap.xml as the index of sitemap-1.xml, sitemap-2.xml…
 */
export function sitemapFiles(
  root: string,
  pages: readonly string[],
  limit = SITEMAP_LIMIT,
): Map<string, string> {
  const urlset = (part: readonly string[]) =>
    document(
      "urlset",
      part.map((page) => `<url><loc>${escapeXmlText(pageUrl(root, page))}</loc></url>\n`),
    );
  if (pages.length <= limit) return new Map([["sitemap.xml", urlset(pages)]]);
  const files = new Map<string, string>();
  for (let at = 0; at < pages.length; at += limit)
    files.set(`sitemap-${files.size + 1}.xml`, urlset(pages.slice(at, at + limit)));
  const index = [...files.keys()].map(
    (name) => `<sitemap><loc>${escapeXmlText(`${root}${name}`)}</loc></sitemap>\n`,
  );
  return new Map([["sitemap.xml", document("sitemapindex", index)], ...files]);
}

/** robots.txt for a site at the root of its host: everything may be crawled; where the sitemap is. */
export const robotsTxt = (root: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${root}sitemap.xml\n`;

/**
 * Writes the sitemap (and robots.txt at the root of a host) into the built site; returns the line to
 * print. Without SITE_URL nothing is written. A SITE_URL that is not an origin throws, naming it.
 */
export function writeSitemap(siteDir: string, siteUrl: string | undefined, base: string): string {
  if (!siteUrl?.trim())
    return "No sitemap.xml: set SITE_URL (the site's address) to list every page for search engines.";
  const path = normaliseBase(base);
  const root = `${siteOrigin(siteUrl.trim())}${path}`;
  const pages = sitemapPages(listSiteFiles(siteDir));
  const files = sitemapFiles(root, pages);
  for (const [name, text] of files) writeFileSync(join(siteDir, name), text);
  if (path === "/") writeFileSync(join(siteDir, "robots.txt"), robotsTxt(root));
  return `sitemap.xml: ${pages.length.toLocaleString("en-GB")} pages in ${files.size === 1 ? "one file" : `${files.size - 1} files and an index`}${path === "/" ? ", with robots.txt" : ""}`;
}
