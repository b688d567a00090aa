// oEmbed (https://oembed.com/) for one chart, as a static document found through the discovery
// <link> on the chart's pages: lets WordPress, Drupal and similar embed it from its URL.
import type { APIRoute } from "astro";
import { oembedPaths, oembedResponse } from "../../../lib/site/embed.ts";

export function getStaticPaths() {
  return oembedPaths();
}

export const GET: APIRoute = ({ params }) => oembedResponse(params.chart as string);
