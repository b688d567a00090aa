// Index entries from named things: one entry per distinct (normalised) name a thing is known by, so a
// supplier is found by every name it was published under and the result can say which one matched.
// An entry is keyed by its name from each word on, so a shard key can run past the end of a common
// word into the next ("green m") when one word alone has too many names for a shard.
import { decimalMicros } from "./decimal-text.ts";
import { type Entry, KINDS, type Kind } from "./format.ts";
import { nameTokens, normalizeName } from "./normalize.ts";

/** A council, supplier or contract with the names it is found by. */
export interface NamedThing {
  kind: Kind;
  /** The name shown. */
  name: string;
  /** Other names it is found by (published variants, a contract's reference). */
  variants: string[];
  /** Page path relative to the site's base path ("suppliers/01234567/"). */
  path: string;
  /** Exact pounds as a plain decimal ("1841.4375"), "" when not stated. */
  value: string;
  /** Council names. */
  councils: string[];
}

export interface IndexEntry {
  entry: Entry;
  /** The matched name from each of its words to the end ("zurich insurance plc", "insurance plc", "plc"), distinct. */
  suffixes: string[];
  /** Raw JSON length in bytes. */
  bytes: number;
}

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * Entries for the things, highest value first (then kind, name, path: a stable order). `councils`
 * lists council names in partnership order; an entry stores positions in it.
 */
export function indexEntries(things: NamedThing[], councils: string[]): IndexEntry[] {
  const councilIndex = new Map(councils.map((name, i) => [name, i]));
  const values = things.map((t) => ({ t, v: decimalMicros(t.value) }));
  const sorted = values
    .sort(
      (a, b) =>
        (a.v === b.v ? 0 : a.v === null ? 1 : b.v === null ? -1 : a.v > b.v ? -1 : 1) ||
        KINDS.indexOf(a.t.kind) - KINDS.indexOf(b.t.kind) ||
        (a.t.name < b.t.name ? -1 : a.t.name > b.t.name ? 1 : 0) ||
        (a.t.path < b.t.path ? -1 : a.t.path > b.t.path ? 1 : 0),
    )
    .map((x) => x.t);
  const out: IndexEntry[] = [];
  for (const thing of sorted) {
    const kind = KINDS.indexOf(thing.kind);
    const places = thing.councils.map((name) => councilIndex.get(name) ?? -1).filter((i) => i >= 0);
    const seen = new Set<string>();
    for (const [i, name] of [thing.name, ...thing.variants].entries()) {
      const normal = normalizeName(name);
      if (normal === "" || seen.has(normal)) continue;
      seen.add(normal);
      const entry: Entry =
        i === 0
          ? [kind, thing.name, thing.path, thing.value, places]
          : [kind, thing.name, thing.path, thing.value, places, name];
      const words = nameTokens(name);
      const suffixes = [...new Set(words.map((_, w) => words.slice(w).join(" ")))];
      out.push({ entry, suffixes, bytes: byteLength(JSON.stringify(entry)) });
    }
  }
  return out;
}
