// The name index in the browser: the manifest once, then the one to three shards a query needs
// (each fetched once per page view), inflated with the browser's own DecompressionStream.
import { MANIFEST_FILE, type Manifest, NAMES_DIR, type Shard, shardFile } from "../../lib/search/format.ts";
import {
  type ManifestKeys,
  manifestKeys,
  matchEntries,
  type NameMatch,
  planQuery,
} from "../../lib/search/lookup.ts";
import type { SearchState } from "./state.ts";

export interface NameResults {
  matches: NameMatch[];
  /** Every name matching is among `matches` (else only those among the highest values). */
  complete: boolean;
  manifest: Manifest;
}

async function readJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Gzip unless a host has already decoded it (served with Content-Encoding: gzip).
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text()) as T;
  }
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

export function createNameIndex(base: string) {
  const dir = `${base.replace(/\/?$/, "/")}${NAMES_DIR}`;
  let manifest: Promise<{ manifest: Manifest; keys: ManifestKeys }> | null = null;
  const shards = new Map<string, Promise<Shard>>();

  const loadManifest = () => {
    manifest ??= readJson<Manifest>(`${dir}${MANIFEST_FILE}`).then((m) => ({
      manifest: m,
      keys: manifestKeys(m),
    }));
    manifest.catch(() => {
      manifest = null;
    });
    return manifest;
  };
  const loadShard = (key: string): Promise<Shard> => {
    let shard = shards.get(key);
    if (!shard) {
      shard = readJson<Shard>(`${dir}${shardFile(key)}`);
      shards.set(key, shard);
      shard.catch(() => shards.delete(key));
    }
    return shard;
  };

  return {
    /** Loads the manifest ahead of the first key (on focus), so the first names come at once. */
    warm(): void {
      loadManifest().catch(() => undefined);
    },
    /** Names matching the query, with the kind and council filters applied. */
    async search(state: SearchState): Promise<NameResults> {
      const { manifest: m, keys } = await loadManifest();
      const { tokens, plan } = planQuery(keys, state.q);
      if (!plan) return { matches: [], complete: true, manifest: m };
      const loaded = await Promise.all(plan.keys.map(loadShard));
      const kinds = new Set(state.kind.map((k) => m.kinds.indexOf(k)).filter((i) => i >= 0));
      const councils = new Set(state.council.map((c) => m.councils.indexOf(c)).filter((i) => i >= 0));
      const matches = matchEntries(tokens, loaded, { kinds, councils }, state.sort || "match");
      return { matches, complete: plan.complete || loaded.every((s) => s.complete), manifest: m };
    },
  };
}

export type NameIndexClient = ReturnType<typeof createNameIndex>;
