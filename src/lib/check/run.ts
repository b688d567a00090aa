// The post-build check of a site folder: every page's links, the pages and files the dataset says
// must exist, and page sizes. One pass over the pages, each read once; no worker threads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkExpected, type ExpectedCounts } from "./expected.ts";
import { createLinkChecker, type LinkCounts } from "./links.ts";
import type { Problem } from "./problems.ts";
import { listSiteFiles } from "./site-files.ts";
import { createSizeTally, type SizeReport } from "./sizes.ts";
import { normaliseBase } from "./urls.ts";

export interface CheckOptions {
  /** The built site folder (dist). */
  site: string;
  /** The base path the site is hosted under ("/", "/transparency/"). */
  base: string;
  /** Where the published dataset is; default `<site>/data`. */
  dataDir?: string;
  /** Gzipped size target for one entity page, in bytes. */
  budget?: number;
}

export interface CheckResult {
  site: string;
  base: string;
  files: number;
  pages: number;
  links: LinkCounts;
  expected: ExpectedCounts;
  sizes: SizeReport;
  problems: Problem[];
  seconds: number;
}

export async function checkSite(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const base = normaliseBase(options.base);
  const files = listSiteFiles(options.site);
  const fileSet = new Set(files);
  const exists = (file: string) => fileSet.has(file);
  const links = createLinkChecker(base, exists);
  const sizes = createSizeTally(options.budget);
  let pages = 0;
  for (const file of files) {
    if (!file.endsWith(".html")) continue;
    const content = readFileSync(join(options.site, file));
    links.page(file, content);
    sizes.add(file, content);
    pages++;
  }
  const linkResult = links.finish();
  const expected = await checkExpected(options.site, options.dataDir ?? join(options.site, "data"), exists);
  return {
    site: options.site,
    base,
    files: files.length,
    pages,
    links: linkResult.counts,
    expected: expected.counts,
    sizes: sizes.finish(),
    problems: [...linkResult.problems, ...expected.problems],
    seconds: (performance.now() - started) / 1000,
  };
}
