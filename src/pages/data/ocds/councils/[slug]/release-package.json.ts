// /data/ocds/councils/<slug>/release-package.json: one council's contracts as OCDS 1.1 releases.
import type { APIContext } from "astro";
import { councils } from "../../../../../lib/dataset/index.ts";
import { releasePackageText } from "../../../../../lib/site/ocds.ts";

export const getStaticPaths = () => councils.map((c) => ({ params: { slug: c.slug } }));

export function GET({ params, site }: APIContext): Response {
  return new Response(releasePackageText(params.slug as string, site), {
    headers: { "content-type": "application/json" },
  });
}
