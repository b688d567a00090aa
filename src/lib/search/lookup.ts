// Answers a typed query from the name index: which shards to fetch (the manifest says, without
// fetching anything else) and which of their entries match. Shared by the browser and the tests.
import { compareDecimal } from "./decimal-text.ts";
import { type Entry, type Manifest, matchedName, type Shard } from "./format.ts";
import { distinctTokens, nameTokens, normalizeName } from "./normalize.ts";

export interface ManifestKeys {
  keys: Set<string>;
  incomplete: Set<string>;
}

export function manifestKeys(manifest: Manifest): ManifestKeys {
  const keys = new Set<string>();
  const incomplete = new Set<string>();
  for (const mark of manifest.shards) {
    const key = mark.endsWith("*") ? mark.slice(0, -1) : mark;
    keys.add(key);
    if (key !== mark) incomplete.add(key);
  }
  return { keys, incomplete };
}

/** A typed word on its way to "limited", which names store as "ltd". */
const toward = (t: string): string => (t.length >= 4 && "limited".startsWith(t) ? "ltd" : t);

/** The words of a query in order; each may be the start of a word. */
export function queryTokens(query: string): string[] {
  return nameTokens(query).map(toward);
}

export interface Plan {
  /** Words in order, matched as the start of a run of words in a name. */
  phrase: string;
  /** Shard keys to fetch. */
  keys: string[];
  /** Every entry with a name containing a run of words starting with the phrase is in those shards. */
  complete: boolean;
  /** Every entry with the phrase as whole words is (when not complete). */
  wholeWords: boolean;
}

/** Where to find the entries whose names have a run of words starting with `phrase`; null when none do. */
export function planPhrase(index: ManifestKeys, phrase: string): Plan | null {
  for (let i = phrase.length; i > 0; i--) {
    const key = phrase.slice(0, i);
    if (!index.keys.has(key)) continue;
    if (!index.incomplete.has(key)) return { phrase, keys: [key], complete: true, wholeWords: true };
    // A split prefix: the next character's shard would exist if any name continued this way.
    if (key !== phrase) return null;
    // The preview of the prefix, and the whole word: names ending with it and names going on after it.
    const whole = [`${key}$`, `${key} `].filter((k) => index.keys.has(k));
    const full = whole.filter((k) => !index.incomplete.has(k));
    return { phrase, keys: [key, ...full], complete: false, wholeWords: full.length === whole.length };
  }
  return null;
}

export interface QueryPlan {
  tokens: string[];
  /** The shards to fetch, null when no name can match (nothing to fetch). */
  plan: Plan | null;
}

/**
 * Picks the shards that answer the query most completely: a single word's when they hold every name
 * with that word (then matches in any order are all found), else the whole phrase's (names with the
 * words in that order), else a preview of the highest values. Ties go to the longer, rarer key.
 */
export function planQuery(index: ManifestKeys, query: string): QueryPlan {
  const tokens = queryTokens(query);
  let best: Plan | null = null;
  let bestScore = -1;
  const phrases = tokens.length > 1 ? [...tokens, tokens.join(" ")] : tokens;
  for (const [i, phrase] of phrases.entries()) {
    const plan = planPhrase(index, phrase);
    if (plan === null) {
      if (i < tokens.length) return { tokens, plan: null };
      continue;
    }
    const single = i < tokens.length;
    const score = plan.complete ? (single ? 4 : 3) : plan.wholeWords ? (single ? 1 : 2) : 0;
    if (score > bestScore || (score === bestScore && phrase.length > (best?.phrase.length ?? 0))) {
      best = plan;
      bestScore = score;
    }
  }
  return { tokens, plan: best };
}

export interface NameMatch {
  entry: Entry;
  /** The published name that matched, when it is not the name shown. */
  variant: string | null;
}

export interface MatchFilter {
  kinds?: ReadonlySet<number>;
  councils?: ReadonlySet<number>;
}

/** "match": names starting with the whole query first, then by value; or by value only. */
export type MatchOrder = "match" | "value-desc" | "value-asc";

/**
 * The entries of the fetched shards matching every query word (as the start of a word), one per page,
 * in the given order (value ties by name); a value not stated comes last.
 */
export function matchEntries(
  tokens: string[],
  shards: Shard[],
  filter: MatchFilter = {},
  order: MatchOrder = "match",
): NameMatch[] {
  if (tokens.length === 0) return [];
  const phrase = tokens.join(" ");
  const byPath = new Map<string, { match: NameMatch; starts: boolean; preference: number }>();
  for (const shard of shards) {
    for (const entry of shard.entries) {
      if (filter.kinds && filter.kinds.size > 0 && !filter.kinds.has(entry[0])) continue;
      if (filter.councils && filter.councils.size > 0 && !entry[4].some((c) => filter.councils?.has(c)))
        continue;
      const name = matchedName(entry);
      const words = distinctTokens(name);
      if (!tokens.every((t) => words.some((w) => w.startsWith(t)))) continue;
      const variant = entry.length === 6 ? entry[5] : null;
      const starts = normalizeName(name).startsWith(phrase);
      const preference = (starts ? 2 : 0) + (variant === null ? 1 : 0);
      const known = byPath.get(entry[2]);
      // One result per page: a name starting with the query first, then the display name over a variant.
      if (known && known.preference >= preference) continue;
      byPath.set(entry[2], { match: { entry, variant }, starts, preference });
    }
  }
  const direction = order === "value-asc" ? 1 : -1;
  const first = order === "match";
  return [...byPath.values()]
    .sort(
      (a, b) =>
        (first ? Number(b.starts) - Number(a.starts) : 0) ||
        Number(a.match.entry[3] === "") - Number(b.match.entry[3] === "") ||
        direction * compareDecimal(a.match.entry[3], b.match.entry[3]) ||
        (a.match.entry[1] < b.match.entry[1] ? -1 : a.match.entry[1] > b.match.entry[1] ? 1 : 0),
    )
    .map((m) => m.match);
}
