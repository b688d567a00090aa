// /data/ocds/councils/<slug>/release-package.json: one council's contracts as OCDS 1.1 releases.
import type { APIContext } from "astro";
import { councilPackagePaths, releasePackageText } from "../../../../../lib/site/ocds.ts";

export const getStaticPaths = councilPackagePaths;

export function GET({ params, site }: APIContext): Response {
  return new Response(releasePackageText(params.slug as string, site), {
    headers: { "content-type": "application/json" },
  });
}
