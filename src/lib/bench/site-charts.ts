// Chart figures of a built site for bench:site: the chart SVG on each page (target ≤ 50 kB a page)
// and each /embed/ page's total weight, its HTML plus every stylesheet and script it loads, followed
// through module imports (target ≤ 60 kB, uncompressed).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { type Distribution, distribution } from "./site-pages.ts";

export const CHART_SVG_TARGET_BYTES = 50 * 1024;
export const EMBED_TOTAL_TARGET_BYTES = 60 * 1024;

export interface ChartStats {
  /** Bytes of chart SVG (<svg role="img">…</svg>) per page that has any. */
  svg: Distribution;
  /** Total bytes per /embed/ page: HTML + stylesheets + scripts and their imports. */
  embed: Distribution;
}

/** Bytes of every chart <svg role="img">…</svg> in a page. */
export function chartSvgBytes(html: string): number {
  let bytes = 0;
  for (let at = html.indexOf("<svg"); at >= 0; at = html.indexOf("<svg", at + 1)) {
    const end = html.indexOf("</svg>", at);
    if (end < 0) break;
    const open = html.slice(at, html.indexOf(">", at));
    if (open.includes('role="img"')) bytes += end + 6 - at;
  }
  return bytes;
}

const ASSET = /<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g;
const IMPORT = /(?:import|from)\s*["']([^"']+\.js)["']/g;

/** Files a page loads (same-origin paths under the site), with module imports followed. */
export function pageAssets(site: string, base: string, html: string, htmlPath: string): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (url: string, from: string) => {
    if (/^[a-z]+:/i.test(url) || url.startsWith("//")) return;
    const path = url.startsWith("/")
      ? join(site, url.slice(base.length - 1))
      : join(dirname(from), url.split(/[?#]/)[0] as string);
    if (!seen.has(path) && existsSync(path)) {
      seen.add(path);
      queue.push(path);
    }
  };
  for (const m of html.matchAll(ASSET)) add(m[1] as string, htmlPath);
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (!file.endsWith(".js")) continue;
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) add(m[1] as string, file);
  }
  return [...seen];
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(path, out);
    else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

export function chartStats(site: string, base = "/"): ChartStats {
  const svg: { value: number; path: string }[] = [];
  const embed: { value: number; path: string }[] = [];
  for (const file of htmlFiles(site)) {
    const html = readFileSync(file, "utf8");
    const rel = relative(site, file);
    const bytes = chartSvgBytes(html);
    if (bytes > 0) svg.push({ value: bytes, path: rel });
    if (rel.startsWith("embed/")) {
      const assets = pageAssets(site, base, html, file);
      embed.push({
        value: Buffer.byteLength(html) + assets.reduce((a, p) => a + statSync(p).size, 0),
        path: rel,
      });
    }
  }
  return { svg: distribution(svg), embed: distribution(embed) };
}
