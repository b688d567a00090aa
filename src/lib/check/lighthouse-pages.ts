// One page of each kind a built site has, for Lighthouse: each route once (the first of its entity
// pages, letters, categories …) and one embed of each kind of chart.
import { listSiteFiles } from "./site-files.ts";

/** Route patterns: a page's path (without index.html) is of the first kind whose pattern it matches. */
const KINDS: [string, RegExp][] = [
  ["home", /^$/],
  ["council", /^councils\/[^/]+\/$/],
  ["supplier", /^suppliers\/[^/]+\/$/],
  ["contract", /^contracts\/[^/]+\/$/],
  ["browse letter", /^browse\/(suppliers|contracts)\/[^/]+\/$/],
  ["category", /^categories\/[^/]+\/$/],
  ["arrangement", /^arrangements\/[^/]+\/$/],
  ["question list", /^questions\/[^/]+\/[^/]+\/$/],
  ["embed", /^embed\/([^/]+)\/.*$/],
  ["page", /^[^/]+\/$/],
];

/**
 * The page paths ("", "councils/alpha/", "embed/trend/all/monthly/", "404.html") to measure, in a
 * stable order.
 */
export function pagesToMeasure(site: string): { kind: string; path: string }[] {
  const chosen = new Map<string, string>();
  const files = listSiteFiles(site);
  if (files.includes("404.html")) chosen.set("not found", "404.html");
  for (const file of files) {
    if (!file.endsWith("index.html")) continue;
    const path = file.slice(0, -"index.html".length);
    for (const [kind, pattern] of KINDS) {
      const match = pattern.exec(path);
      if (!match) continue;
      // One embed per kind of chart, one "page" per top-level page, one of every other kind.
      const key = kind === "embed" ? `embed: ${match[1]}` : kind === "page" ? path : kind;
      if (!chosen.has(key)) chosen.set(key, path);
      break;
    }
  }
  return [...chosen].map(([kind, path]) => ({ kind: kind === path ? `/${path}` : kind, path }));
}
