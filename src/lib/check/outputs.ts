// The outputs of a built site as the clients people point at them read them: the data package by
// Frictionless (frictionless.ts), every page by the Nu HTML Checker (vnu.ts), and, for a build
// without SITE_URL, no address on the build machine (local-links.ts).
import { join } from "node:path";
import { checkDataPackage, type PackageCounts } from "./frictionless.ts";
import { checkLocalLinks } from "./local-links.ts";
import type { Problem } from "./problems.ts";
import { listSiteFiles } from "./site-files.ts";
import { checkHtml } from "./vnu.ts";

export interface OutputsOptions {
  site: string;
  /** The build had no SITE_URL: no absolute link to the local machine is allowed. */
  withoutSiteUrl: boolean;
  /** Java for the Nu HTML Checker (default: java on the PATH). */
  java?: string;
  /** Told when each check starts (a real site's take minutes). */
  log?: (line: string) => void;
}

export interface OutputsResult {
  pages: number;
  withoutSiteUrl: boolean;
  dataPackage: PackageCounts;
  problems: Problem[];
  seconds: { dataPackage: number; html: number; links: number };
}

const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
};

export async function checkOutputs(options: OutputsOptions): Promise<OutputsResult> {
  const files = listSiteFiles(options.site);
  const pages = files.filter((f) => f.endsWith(".html"));
  options.log?.("data package: Frictionless reads every resource");
  const [pkg, packageSeconds] = await timed(() => checkDataPackage(join(options.site, "data")));
  options.log?.(`HTML: the Nu HTML Checker on ${pages.length.toLocaleString("en-GB")} pages`);
  const [html, htmlSeconds] = await timed(() => checkHtml(options.site, pages, options.java));
  const [links, linkSeconds] = await timed(() =>
    options.withoutSiteUrl ? checkLocalLinks(options.site, files) : [],
  );
  return {
    pages: pages.length,
    withoutSiteUrl: options.withoutSiteUrl,
    dataPackage: pkg.counts,
    problems: [...pkg.problems, ...html, ...links],
    seconds: { dataPackage: packageSeconds, html: htmlSeconds, links: linkSeconds },
  };
}

/** The report's lines: what was checked, then the problems by kind. */
export function outputsSummary(result: OutputsResult): string[] {
  const p = result.dataPackage;
  const s = result.seconds;
  return [
    `Data package (Frictionless): ${p.resources} resources, ${p.rows.toLocaleString("en-GB")} rows, ` +
      `${p.sources} sources, ${p.foreignKeys} foreign keys (${p.keysByLibrary} checked by the library, the rest by ` +
      `look-up) in ${s.dataPackage.toFixed(1)} s`,
    `HTML (Nu HTML Checker): ${result.pages.toLocaleString("en-GB")} pages in ${s.html.toFixed(1)} s`,
    result.withoutSiteUrl
      ? `Links to the local machine: every page, feed, JSON document and script scanned in ${s.links.toFixed(1)} s`
      : "Links to the local machine: not checked (built with SITE_URL)",
  ];
}
