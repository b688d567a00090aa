// Cuts the name index into prefix shards that each fit a byte budget once compressed. A name is keyed
// from each of its words to its end ("zurich insurance plc", "insurance plc", "plc"); a shard holds the
// entries with a key starting with its prefix. A prefix whose entries do not fit is split by the next
// character, a space included (a key equal to the prefix gets its own "<prefix>$" shard), keeping a
// preview of its highest-value entries, so a typed prefix costs the manifest and one to three shards
// however many names there are.
import { gzipSync } from "node:zlib";
import type { IndexEntry } from "./entries.ts";
import { INDEX_VERSION, KINDS, MANIFEST_FILE, type Manifest, type Shard, shardFile } from "./format.ts";

export interface ShardOptions {
  /** Most compressed bytes for one shard file. */
  budget?: number;
  /** Most entries in a preview of a prefix too large for one shard. */
  previewSize?: number;
}

export const SHARD_BUDGET = 16 * 1024;
export const PREVIEW_SIZE = 60;
/** A shard whose raw JSON is over this many times the budget is not tried: shards of names compress
 * 3.3 to 4.3 times (measured on 30,000 generated names). */
const MAX_RATIO = 6;

export interface NameIndex {
  manifest: Manifest;
  /** File name → compressed bytes (the manifest included). */
  files: Map<string, Uint8Array>;
  /** Shard key → the shard (for tests and reports). */
  shards: Map<string, Shard>;
}

const compress = (value: unknown): Uint8Array => gzipSync(JSON.stringify(value), { level: 9 });

export function buildNameIndex(
  entries: IndexEntry[],
  councils: string[],
  { budget = SHARD_BUDGET, previewSize = PREVIEW_SIZE }: ShardOptions = {},
): NameIndex {
  // Every (key, entry) pair, sorted by key then entry: the keys under a prefix are a contiguous run.
  const words: string[] = [];
  const owners: number[] = [];
  entries.forEach((e, i) => {
    for (const key of e.suffixes) {
      words.push(key);
      owners.push(i);
    }
  });
  const order = Array.from(words.keys()).sort((a, b) => {
    const x = words[a] as string;
    const y = words[b] as string;
    return x < y ? -1 : x > y ? 1 : (owners[a] as number) - (owners[b] as number);
  });
  const wordAt = (i: number): string => words[order[i] as number] as string;

  const seen = new Int32Array(entries.length).fill(-1);
  let stamp = 0;
  /** Distinct entries of the pairs lo..hi, highest value first (entries come sorted that way). */
  const entriesOf = (lo: number, hi: number): number[] => {
    stamp++;
    const ids: number[] = [];
    for (let i = lo; i < hi; i++) {
      const id = owners[order[i] as number] as number;
      if (seen[id] !== stamp) {
        seen[id] = stamp;
        ids.push(id);
      }
    }
    return ids.sort((a, b) => a - b);
  };
  // A thing's entries (its names) are consecutive: count the things among sorted entry ids.
  const thingOf = new Int32Array(entries.length);
  entries.forEach((e, i) => {
    thingOf[i] =
      i > 0 && (entries[i - 1] as IndexEntry).entry[2] === e.entry[2] ? (thingOf[i - 1] as number) : i;
  });
  const things = (ids: number[]): number => {
    let n = 0;
    for (let i = 0; i < ids.length; i++)
      if (i === 0 || thingOf[ids[i] as number] !== thingOf[ids[i - 1] as number]) n++;
    return n;
  };

  const files = new Map<string, Uint8Array>();
  const shards = new Map<string, Shard>();
  /** Writes the shard if it fits the budget; says whether it did. */
  const tryEmit = (key: string, ids: number[], complete: boolean, total: () => number): boolean => {
    let raw = 60 + key.length * 4;
    for (const id of ids) raw += (entries[id] as IndexEntry).bytes + 1;
    if (raw > budget * MAX_RATIO) return false;
    const shard: Shard = {
      key,
      complete,
      total: total(),
      entries: ids.map((id) => (entries[id] as IndexEntry).entry),
    };
    const bytes = compress(shard);
    if (bytes.length > budget) return false;
    files.set(shardFile(key), bytes);
    shards.set(key, shard);
    return true;
  };
  /** The highest-value entries, one per thing, as many as fit. */
  const emitPreview = (key: string, ids: number[]): void => {
    const paths = new Set<string>();
    const top: number[] = [];
    for (const id of ids) {
      const path = (entries[id] as IndexEntry).entry[2];
      if (paths.has(path)) continue;
      paths.add(path);
      top.push(id);
      if (top.length === previewSize) break;
    }
    const total = things(ids);
    let n = top.length;
    while (!tryEmit(key, top.slice(0, n), false, () => total)) {
      if (n === 0) throw new Error(`name index: the budget of ${budget} bytes cannot hold an empty shard`);
      n = Math.floor(n * 0.8);
    }
  };
  const emitAll = (key: string, lo: number, hi: number): boolean => {
    const ids = entriesOf(lo, hi);
    if (tryEmit(key, ids, true, () => things(ids))) return true;
    emitPreview(key, ids);
    return false;
  };
  /** The pairs lo..hi all have words starting with prefix; they did not fit one shard. */
  /** The first pair from lo (before hi) that does not pass `test`, which holds for a leading run. */
  const runEnd = (lo: number, hi: number, test: (word: string) => boolean): number => {
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (test(wordAt(mid))) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  const split = (prefix: string, lo: number, hi: number): void => {
    let i = runEnd(lo, hi, (word) => word.length === prefix.length);
    if (i > lo) emitAll(`${prefix}$`, lo, i);
    while (i < hi) {
      const word = wordAt(i);
      const code = word.charCodeAt(prefix.length);
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      const next = word.slice(0, prefix.length + width);
      const j = runEnd(i + 1, hi, (w) => w.startsWith(next));
      if (!emitAll(next, i, j)) split(next, i, j);
      i = j;
    }
  };
  split("", 0, order.length);

  const keys = [...shards.keys()].sort();
  const manifest: Manifest = {
    version: INDEX_VERSION,
    kinds: [...KINDS],
    councils,
    budget,
    shards: keys.map((key) => ((shards.get(key) as Shard).complete ? key : `${key}*`)),
  };
  files.set(MANIFEST_FILE, compress(manifest));
  return { manifest, files, shards };
}
