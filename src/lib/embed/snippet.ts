// What a council web editor pastes: an <iframe> of /embed/<id>/ sized to the whole chart (so it
// works without any script), plus the optional resize script; and the static oEmbed document that
// lets WordPress, Drupal and similar embed the chart from its URL.
import { escapeXml } from "../charts/svg.ts";

/** Space the embed page adds around the SVG: title, source line, links and the table toggle (px). */
export const EMBED_CHROME_HEIGHT = 190;
/** The width the iframe is offered at (charts are drawn at 720 and scale down). */
export const EMBED_WIDTH = 760;

export interface EmbedTarget {
  /** Absolute URL of the site root, ending in "/": "https://spend.example.gov.uk/transparency/". */
  siteRoot: string;
  id: string;
  title: string;
  /** Height of the chart's SVG at full width. */
  svgHeight: number;
}

export const embedUrl = (t: Pick<EmbedTarget, "siteRoot" | "id">): string => `${t.siteRoot}embed/${t.id}/`;
export const iframeHeight = (svgHeight: number): number => Math.ceil(svgHeight + EMBED_CHROME_HEIGHT);

/** The <iframe> element (attribute values escaped). */
export function iframeHtml(t: EmbedTarget): string {
  return `<iframe src="${escapeXml(embedUrl(t))}" title="${escapeXml(t.title)}" width="${EMBED_WIDTH}" height="${iframeHeight(t.svgHeight)}" style="border:0;width:100%;max-width:${EMBED_WIDTH}px" loading="lazy" data-shared-ledger></iframe>`;
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
    height: iframeHeight(t.svgHeight),
    cache_age: 86400,
  };
}

/** The site's absolute root from SITE_URL (origin) and the base path; the local preview when unset. */
export function siteRoot(siteUrl: string | undefined, base: string): string {
  const origin = (siteUrl?.trim() || "http://localhost:4321").replace(/\/+$/, "");
  return `${origin}${base.startsWith("/") ? "" : "/"}${base.replace(/\/?$/, "/")}`;
}
