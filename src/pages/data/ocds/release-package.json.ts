// /data/ocds/release-package.json: every contract the partnership knows, as OCDS 1.1 releases.
import type { APIContext } from "astro";
import { releasePackageResponse } from "../../../lib/site/ocds.ts";

export function GET({ site }: APIContext): Response {
  return releasePackageResponse(undefined, site);
}
