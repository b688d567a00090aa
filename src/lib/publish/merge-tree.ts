// Moves a folder's contents into another folder: a folder missing from the target is moved whole (one
// rename), one present in both is merged entry by entry. A file present in both is a clash between
// two build steps writing the same path: it stops the merge naming both, before anything is moved.
import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Paths (relative to `from`) that exist as files, or as a file on one side and a folder on the other, in both. */
export function clashes(from: string, into: string, under = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(from, under), { withFileTypes: true })) {
    const path = join(under, entry.name);
    const target = join(into, path);
    if (!existsSync(target)) continue;
    if (entry.isDirectory() && lstatSync(target).isDirectory()) found.push(...clashes(from, into, path));
    else found.push(path);
  }
  return found;
}

function moveEntries(from: string, into: string): number {
  let moves = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(into, entry.name);
    if (entry.isDirectory() && existsSync(target)) moves += moveEntries(source, target);
    else {
      renameSync(source, target);
      moves++;
    }
  }
  return moves;
}

/** Moves everything in `from` into `into` (which must exist) and removes `from`; returns the renames. */
export function mergeTree(from: string, into: string): number {
  const clashing = clashes(from, into);
  if (clashing.length > 0) {
    const shown = clashing.slice(0, 5).join(", ");
    const more = clashing.length > 5 ? ` and ${clashing.length - 5} more` : "";
    throw new Error(`${from} and ${into} both hold ${shown}${more}: two build steps wrote the same path`);
  }
  const moves = moveEntries(from, into);
  rmSync(from, { recursive: true, force: true });
  return moves;
}
