// Which pages Pagefind's full text covers: every council and contract page, and the suppliers paid
// most. Every supplier, however small, is still found at once by each name it was published under
// (the name index, search/names/); what full text adds for a supplier (its summary, council and year
// filters, sorting by value) matters for the large ones. Pagefind holds every page it reads in memory
// (about 40 kB each: 2.8 GB for 70,000 supplier pages), so the pages it reads are chosen here and
// handed to it as a folder of hard links to the built pages, not found by a glob over the whole site.
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { toBigMicros } from "../money.ts";

/** Supplier pages in the full-text index: the largest by the absolute value paid to them. */
export const FULL_TEXT_SUPPLIERS = 10_000;

/** Pagefind bundles its per-page result files into shared files above this many pages. */
export const MAX_FRAGMENT_FILES = 2_000;

/** Page folders indexed whole: each council and contract page. */
const WHOLE_FOLDERS = ["councils", "contracts"] as const;

/** The ids of the `limit` suppliers paid most (absolute net value; then by id, a stable order). */
export function fullTextSupplierIds(
  suppliers: readonly { id: string /** Exact micros. */; total: number | bigint }[],
  limit: number = FULL_TEXT_SUPPLIERS,
): string[] {
  const size = (v: bigint) => (v < 0n ? -v : v);
  return suppliers
    .map((s) => ({ id: s.id, value: size(toBigMicros(s.total)) }))
    .sort((a, b) =>
      a.value === b.value ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.value > b.value ? -1 : 1,
    )
    .slice(0, Math.max(0, limit))
    .map((s) => s.id);
}

/** A supplier page's file, from the site root (Astro writes the route's id as it is). */
const supplierPage = (id: string) => join("suppliers", id, "index.html");

export interface StagedPages {
  /** Pages linked into the staging folder. */
  pages: number;
  /** Supplier pages chosen but not found in the site (none in a complete build). */
  missing: string[];
}

/**
 * Fills `staging` (emptied first; on the site's file system) with hard links to the pages full text
 * covers, at the same paths as in `site`, so that Pagefind run over it gives each result its real
 * address. Councils and contracts: every page folder found; suppliers: those in `supplierIds`.
 */
export function stageFullTextPages(
  site: string,
  staging: string,
  supplierIds: readonly string[],
): StagedPages {
  rmSync(staging, { recursive: true, force: true });
  const paths: string[] = [];
  for (const folder of WHOLE_FOLDERS) {
    const dir = join(site, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(join(dir, entry.name, "index.html")))
        paths.push(join(folder, entry.name, "index.html"));
    }
  }
  const missing: string[] = [];
  for (const id of supplierIds) {
    const path = supplierPage(id);
    if (existsSync(join(site, path))) paths.push(path);
    else missing.push(id);
  }
  for (const path of paths) {
    const target = join(staging, path);
    mkdirSync(join(target, ".."), { recursive: true });
    linkSync(join(site, path), target);
  }
  return { pages: paths.length, missing };
}
