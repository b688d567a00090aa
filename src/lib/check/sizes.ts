// Page sizes by page type: count, total bytes and the largest page with its gzipped size, and the
// entity pages over the gzipped budget. Only pages larger than the budget before compression are
// gzipped (a page cannot grow when compressed by more than gzip's few bytes of framing), so a site of
// small pages costs no compression at all.
import { gzipSync } from "node:zlib";
import { ENTITY_TYPES, PAGE_TYPES, type PageType, pageType } from "./site-files.ts";

/** Target for one council, supplier or contract page: 30 kB gzipped. */
export const GZIP_BUDGET = 30 * 1024;

export interface TypeSizes {
  pages: number;
  bytes: number;
  largest: { file: string; bytes: number; gzip: number } | null;
}

export interface SizeReport {
  byType: Record<PageType, TypeSizes>;
  budget: number;
  /** Entity pages whose gzipped size is over the budget, largest first. */
  overBudget: { file: string; gzip: number }[];
}

export interface SizeTally {
  add(file: string, content: Uint8Array): void;
  finish(): SizeReport;
}

export function createSizeTally(budget = GZIP_BUDGET): SizeTally {
  const byType = Object.fromEntries(
    PAGE_TYPES.map((t) => [t, { pages: 0, bytes: 0, largest: null }]),
  ) as unknown as Record<PageType, TypeSizes>;
  const largestContent = new Map<PageType, Uint8Array>();
  const overBudget: { file: string; gzip: number }[] = [];
  return {
    add(file, content) {
      const type = pageType(file);
      const sizes = byType[type];
      sizes.pages++;
      sizes.bytes += content.length;
      if (!sizes.largest || content.length > sizes.largest.bytes) {
        sizes.largest = { file, bytes: content.length, gzip: 0 };
        largestContent.set(type, content);
      }
      if (ENTITY_TYPES.has(type) && content.length > budget) {
        const gzip = gzipSync(content).length;
        if (gzip > budget) overBudget.push({ file, gzip });
      }
    },
    finish() {
      for (const [type, content] of largestContent) {
        const largest = byType[type].largest;
        if (largest) largest.gzip = gzipSync(content).length;
      }
      overBudget.sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
      return { byType, budget, overBudget };
    },
  };
}
