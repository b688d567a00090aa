// What a council web editor pastes: an <iframe> of /embed/<id>/ sized to the whole chart (so it
// works without any script), plus the optional resize script; and the static oEmbed document that
// lets WordPress, Drupal and similar embed the chart from its URL (built only with SITE_URL: another
// website needs the chart's absolute address).
import { escapeXml } from "../charts/svg.ts";
import { EMBED_WIDTH } from "./height.ts";

export { EMBED_WIDTH };

export interface EmbedTarget {
  /**
   * The site root, ending in "/": absolute with SITE_URL ("https://spend.example.gov.uk/transparency/"),
   * else the base path alone ("/transparency/"; the page points it at its own address in the browser).
   */
  siteRoot: string;
  id: string;
  title: string;
  /** The frame's height (embedFrameHeight): the whole embed page at 375 and at 760 px. */
  height: number;
}

export const embedUrl = (t: Pick<EmbedTarget, "siteRoot" | "id">): string => `${t.siteRoot}embed/${t.id}/`;

/** The <iframe> element (attribute values escaped). */
export function iframeHtml(t: EmbedTarget): string {
  return `<iframe src="${escapeXml(embedUrl(t))}" title="${escapeXml(t.title)}" width="${EMBED_WIDTH}" height="${Math.ceil(t.height)}" style="border:0;width:100%;max-width:${EMBED_WIDTH}px" loading="lazy" data-shared-ledger></iframe>`;
}

/** The snippet shown under "Embed this chart": the iframe, then the optional resize script. */
export function embedSnippet(t: EmbedTarget): string {
  return `${iframeHtml(t)}\n<script src="${escapeXml(`${t.siteRoot}embed/resize.js`)}" async></script>`;
}

/** oEmbed 1.0 "rich" response for a chart (https://oembed.com/). */
export function oembedDocument(t: EmbedTarget & { providerName: string }): Record<string, string | number> {
  return {
    version: "1.0",
    type: "rich",
    title: t.title,
    provider_name: t.providerName,
    provider_url: t.siteRoot,
    html: iframeHtml(t),
    width: EMBED_WIDTH,
    height: Math.ceil(t.height),
    cache_age: 86400,
  };
}

/** The site's origin from SITE_URL (trimmed, without a trailing "/"), or undefined when unset. */
export const siteOriginOf = (siteUrl: string | undefined): string | undefined =>
  siteUrl?.trim() ? siteUrl.trim().replace(/\/+$/, "") : undefined;

/**
 * The site's root: absolute from SITE_URL (origin) and the base path; without SITE_URL the base path
 * alone, so a build that does not know its address links to no server.
 */
export function siteRoot(siteUrl: string | undefined, base: string): string {
  const path = `${base.startsWith("/") ? "" : "/"}${base.replace(/\/?$/, "/")}`;
  return `${siteOriginOf(siteUrl) ?? ""}${path}`;
}
