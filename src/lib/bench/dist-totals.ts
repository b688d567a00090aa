// Files and bytes of a built site, in all and by top-level folder: what a static host counts
// (file bytes, not the file system's blocks), and the blocks too, which `du` shows.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface FolderTotals {
  /** Top-level folder ("suppliers"), or "" for files at the site's root. */
  folder: string;
  files: number;
  bytes: number;
}

export interface DistTotals {
  files: number;
  bytes: number;
  /** HTML files (pages). */
  pages: number;
  /** Bytes of the blocks the files take on disk (512-byte blocks, as stat reports them). */
  diskBytes: number;
  /** Largest folders first. */
  folders: FolderTotals[];
}

export function distTotals(site: string): DistTotals {
  const byFolder = new Map<string, FolderTotals>();
  let diskBytes = 0;
  let pages = 0;
  const visit = (dir: string, folder: string | null) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(path, folder ?? entry.name);
        continue;
      }
      const stat = statSync(path);
      const key = folder ?? "";
      const totals = byFolder.get(key) ?? { folder: key, files: 0, bytes: 0 };
      totals.files++;
      totals.bytes += stat.size;
      byFolder.set(key, totals);
      diskBytes += stat.blocks * 512;
      if (entry.name.endsWith(".html")) pages++;
    }
  };
  visit(site, null);
  const folders = [...byFolder.values()].sort(
    (a, b) => b.bytes - a.bytes || a.folder.localeCompare(b.folder),
  );
  return {
    files: folders.reduce((sum, f) => sum + f.files, 0),
    bytes: folders.reduce((sum, f) => sum + f.bytes, 0),
    pages,
    diskBytes,
    folders,
  };
}
