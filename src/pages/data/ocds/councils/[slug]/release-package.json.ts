// /data/ocds/councils/<slug>/release-package.json: one council's contracts as OCDS 1.1 releases.
import type { APIContext } from "astro";
import { councilPackagePaths, releasePackageResponse } from "../../../../../lib/site/ocds.ts";

export const getStaticPaths = councilPackagePaths;

export function GET({ params, site }: APIContext): Response {
  return releasePackageResponse(params.slug as string, site);
}
