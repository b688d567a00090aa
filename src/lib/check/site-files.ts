// Every file of a built site, as paths relative to the site folder with "/" separators, and the kind
// of page an HTML file is (for the size summary).
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** All files under `dir` (sorted, so reports are stable). */
export function listSiteFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${rel}/`);
      else files.push(rel);
    }
  };
  walk(dir, "");
  return files.sort();
}

export const PAGE_TYPES = ["home", "council", "supplier", "contract", "browse", "other"] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Entity pages: one per council, supplier or contract. */
export const ENTITY_TYPES: ReadonlySet<PageType> = new Set(["council", "supplier", "contract"]);

const ENTITY_FOLDERS: Record<string, PageType> = {
  councils: "council",
  suppliers: "supplier",
  contracts: "contract",
};

/** "index.html" → home; "suppliers/<id>/…" → supplier (the listing "suppliers/index.html" is other). */
export function pageType(file: string): PageType {
  if (file === "index.html") return "home";
  const slash = file.indexOf("/");
  const top = slash === -1 ? "" : file.slice(0, slash);
  if (top === "browse") return "browse";
  const entity = ENTITY_FOLDERS[top];
  if (entity && file.indexOf("/", slash + 1) !== -1) return entity;
  return "other";
}
