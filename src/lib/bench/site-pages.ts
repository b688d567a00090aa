// What bench:site reads from a built site: pages, the search index, and per entity page type
// (suppliers/, contracts/, councils/) the gzipped HTML size, scripts shipped, and further per-page
// figures (PAGE_FIGURES: add one there to have bench:site print it, e.g. a chart's SVG size).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

export const ENTITY_TYPES = ["suppliers", "contracts", "councils"] as const;
export const GZIP_TARGET_BYTES = 30 * 1024;

/** A number measured on each entity page's HTML; 0 means "none on this page". */
export interface PageFigure {
  label: string;
  measure(html: string): number;
}

/** Bytes of every inline <svg>…</svg> of a page (charts, icons). */
function svgBytes(html: string): number {
  let bytes = 0;
  for (let at = html.indexOf("<svg"); at >= 0; at = html.indexOf("<svg", at + 1)) {
    const end = html.indexOf("</svg>", at);
    if (end < 0) break;
    bytes += end + 6 - at;
  }
  return bytes;
}

export const PAGE_FIGURES: PageFigure[] = [{ label: "inline SVG bytes", measure: svgBytes }];

export interface Distribution {
  count: number;
  median: number;
  p95: number;
  max: number;
  /** The page with the largest value (site-relative path). */
  maxPath: string;
}

export interface EntityStats {
  type: string;
  pages: number;
  gzip: Distribution;
  html: Distribution;
  overTarget: number;
  /** Pages shipping a <script> that is neither JSON-LD data nor on a page with an island, chart or table tools. */
  scriptPages: number;
  scriptExample: string;
  islandPages: number;
  figures: { label: string; values: Distribution }[];
}

export interface SiteStats {
  pages: number;
  htmlFiles: number;
  searchIndex: { bytes: number; files: number; diskBytes: number };
  siteBytes: number;
  entities: EntityStats[];
}

function walk(dir: string, visit: (path: string, size: number, blocks: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) {
      const stat = statSync(path);
      visit(path, stat.size, stat.blocks);
    }
  }
}

export function distribution(values: { value: number; path: string }[]): Distribution {
  if (values.length === 0) return { count: 0, median: 0, p95: 0, max: 0, maxPath: "" };
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as { value: number }).value;
  const top = sorted[sorted.length - 1] as { value: number; path: string };
  return { count: sorted.length, median: at(0.5), p95: at(0.95), max: top.value, maxPath: top.path };
}

const SCRIPT = /<script\b([^>]*)>/gi;
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;

/** What a page's scripts are for: an island, a chart (tooltips, drawing again) or a table's tools. */
const INTERACTIVE = ["<astro-island", '<figure class="chart"', '<div class="table-tools"'];

/**
 * The first <script> tag of a page that is not JSON-LD, or "" when there is none or the page has
 * something a script is for (an island, a chart, a table's tools).
 */
export function scriptOutsideIslands(html: string): string {
  if (INTERACTIVE.some((mark) => html.includes(mark))) return "";
  for (const match of html.matchAll(SCRIPT)) {
    if (!JSON_LD.test(match[1] ?? "")) return match[0];
  }
  return "";
}

/** Entity type of a site-relative path such as suppliers/acme/index.html, or "" for other pages. */
export function entityType(path: string): string {
  const parts = path.split(sep);
  if (parts.length !== 3 || parts[2] !== "index.html") return "";
  return (ENTITY_TYPES as readonly string[]).includes(parts[0] as string) ? (parts[0] as string) : "";
}

export function siteStats(site: string): SiteStats {
  let pages = 0;
  let htmlFiles = 0;
  let siteBytes = 0;
  const byType = new Map<string, string[]>(ENTITY_TYPES.map((t) => [t, []]));
  walk(site, (path, size) => {
    siteBytes += size;
    if (!path.endsWith(".html")) return;
    htmlFiles++;
    const rel = relative(site, path);
    if (path.endsWith(`${sep}index.html`) || rel === "index.html") pages++;
    byType.get(entityType(rel))?.push(rel);
  });
  const searchIndex = { bytes: 0, files: 0, diskBytes: 0 };
  try {
    walk(join(site, "pagefind"), (_path, size, blocks) => {
      searchIndex.bytes += size;
      searchIndex.files++;
      searchIndex.diskBytes += blocks * 512;
    });
  } catch {
    // no search index built
  }
  const entities = [...byType].map(([type, paths]) => entityStats(site, type, paths));
  return { pages, htmlFiles, searchIndex, siteBytes, entities };
}

function entityStats(site: string, type: string, paths: string[]): EntityStats {
  const gzip: { value: number; path: string }[] = [];
  const html: { value: number; path: string }[] = [];
  const figures = PAGE_FIGURES.map(() => [] as { value: number; path: string }[]);
  let overTarget = 0;
  let scriptPages = 0;
  let scriptExample = "";
  let islandPages = 0;
  for (const path of paths) {
    const bytes = readFileSync(join(site, path));
    const text = bytes.toString("utf8");
    const zipped = gzipSync(bytes).length;
    gzip.push({ value: zipped, path });
    html.push({ value: bytes.length, path });
    if (zipped > GZIP_TARGET_BYTES) overTarget++;
    if (text.includes("<astro-island")) islandPages++;
    const script = scriptOutsideIslands(text);
    if (script) {
      scriptPages++;
      if (!scriptExample) scriptExample = `${path}: ${script.slice(0, 100)}`;
    }
    for (const [i, figure] of PAGE_FIGURES.entries()) {
      const value = figure.measure(text);
      if (value > 0) figures[i]?.push({ value, path });
    }
  }
  return {
    type,
    pages: paths.length,
    gzip: distribution(gzip),
    html: distribution(html),
    overTarget,
    scriptPages,
    scriptExample,
    islandPages,
    figures: PAGE_FIGURES.map((f, i) => ({ label: f.label, values: distribution(figures[i] ?? []) })),
  };
}
