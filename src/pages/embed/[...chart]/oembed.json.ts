// oEmbed (https://oembed.com/) for one chart, as a static document found through the discovery
// <link> on the chart's pages: lets WordPress, Drupal and similar embed it from its URL.
import type { APIRoute } from "astro";
import { chartCatalogue } from "../../../lib/dataset/charts.ts";
import { partnership } from "../../../lib/dataset/index.ts";
import { oembedDocument, siteRoot } from "../../../lib/embed/snippet.ts";
import { svgSize } from "../../../lib/published-charts/entry.ts";

export function getStaticPaths() {
  return chartCatalogue().ids.map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const entry = chartCatalogue().chart(params.chart as string);
  if (!entry) return new Response("Not found", { status: 404 });
  const doc = oembedDocument({
    siteRoot: siteRoot(process.env.SITE_URL, import.meta.env.BASE_URL),
    id: entry.id,
    title: entry.title,
    svgHeight: svgSize(entry.svg).height,
    providerName: `Shared Ledger – ${partnership.name}`,
  });
  return new Response(JSON.stringify(doc), { headers: { "Content-Type": "application/json+oembed" } });
};
