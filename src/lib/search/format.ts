// The name index's files, shared by the builder and the browser. All files are gzip-compressed JSON
// (the browser inflates them with DecompressionStream), so what a search transfers is the file size
// whatever the host does, and the index takes a quarter of the disk.
//
//   search/names/manifest.jsonz   Manifest: kinds, council names, the shard keys
//   search/names/k-<key>.jsonz    Shard: the entries having a word that starts with <key>
//
// A shard key is a token prefix ("zu"), or a whole token followed by "$" ("london$": entries with the
// word "london" itself). A key marked incomplete in the manifest holds only the entries with the
// highest values (a preview), because all of them would not fit a shard's byte budget.

/** Folder of the name index under the site's base path. */
export const NAMES_DIR = "search/names/";
export const MANIFEST_FILE = "manifest.jsonz";
export const INDEX_VERSION = 1;

/** Kinds of entity, in index order (an entry stores the position). */
export const KINDS = ["Council", "Supplier", "Contract"] as const;
export type Kind = (typeof KINDS)[number];

/**
 * One entry: [kind index, display name, url path relative to the base, value as exact pounds ("" when
 * not stated), council indices, the published name matched when it is not the display name].
 */
export type Entry =
  | [kind: number, name: string, path: string, value: string, councils: number[]]
  | [kind: number, name: string, path: string, value: string, councils: number[], variant: string];

export interface Manifest {
  version: number;
  kinds: string[];
  councils: string[];
  /** Most compressed bytes of one shard file. */
  budget: number;
  /** Shard keys in sorted order; an incomplete (preview) key ends with "*". */
  shards: string[];
}

export interface Shard {
  key: string;
  /** Whether every entry under the key is here (else the highest values only). */
  complete: boolean;
  /** How many entries there are under the key in all. */
  total: number;
  entries: Entry[];
}

/** File name of a shard: characters outside a-z 0-9 as hex code points, "$" as "_". */
export function shardFile(key: string): string {
  let name = "k-";
  for (const c of key) {
    if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) name += c;
    else if (c === "$") name += "_";
    else name += `-${(c.codePointAt(0) as number).toString(16)}-`;
  }
  return `${name}.jsonz`;
}

/** The name an entry was matched on: the published variant, else the display name. */
export const matchedName = (entry: Entry): string => (entry.length === 6 ? entry[5] : entry[1]);
