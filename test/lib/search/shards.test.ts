// The name index at scale: every shard within its budget at 300,000 generated names (10× the target
// site), complete shards really complete, the same bytes from the same names, and names findable.
import { describe, expect, it } from "vitest";
import { SYNTHETIC_COUNCILS, syntheticSuppliers } from "../../../src/lib/bench/search-names.ts";
import { type IndexEntry, indexEntries } from "../../../src/lib/search/entries.ts";
import { type Shard, shardFile } from "../../../src/lib/search/format.ts";
import { manifestKeys, matchEntries, planQuery } from "../../../src/lib/search/lookup.ts";
import { buildNameIndex, type NameIndex, SHARD_BUDGET } from "../../../src/lib/search/shards.ts";

function build(count: number): { entries: IndexEntry[]; index: NameIndex } {
  const entries = indexEntries(syntheticSuppliers(count), SYNTHETIC_COUNCILS);
  return { entries, index: buildNameIndex(entries, SYNTHETIC_COUNCILS) };
}

/** Share of names found by their full display name, and by the first four letters of their first word. */
function findable(index: NameIndex, entries: IndexEntry[], sample: number) {
  const keys = manifestKeys(index.manifest);
  let byName = 0;
  let byPrefix = 0;
  const step = Math.max(1, Math.floor(entries.length / sample));
  let tried = 0;
  for (let i = 0; i < entries.length; i += step) {
    const entry = (entries[i] as IndexEntry).entry;
    const found = (query: string) => {
      const { tokens, plan } = planQuery(keys, query);
      if (!plan) return false;
      const shards = plan.keys.map((k) => index.shards.get(k) as Shard);
      return matchEntries(tokens, shards).some((m) => m.entry[2] === entry[2]);
    };
    tried++;
    if (found(entry[1])) byName++;
    if (found(entry[1].slice(0, 4))) byPrefix++;
  }
  return { byName: byName / tried, byPrefix: byPrefix / tried };
}

describe("the name index at 300,000 names", () => {
  it("keeps every shard and the manifest small, and finds nearly every name by its full name", () => {
    const { entries, index } = build(300_000);
    let largest = 0;
    for (const [file, bytes] of index.files) {
      if (file === "manifest.jsonz") continue;
      largest = Math.max(largest, bytes.length);
      expect(bytes.length, file).toBeLessThanOrEqual(SHARD_BUDGET);
    }
    expect(largest).toBeGreaterThan(SHARD_BUDGET / 2);
    expect((index.files.get("manifest.jsonz") as Uint8Array).length).toBeLessThan(32 * 1024);
    const { byName } = findable(index, entries, 500);
    expect(byName).toBeGreaterThan(0.98);
  }, 300_000);
});

describe("the name index at 30,000 names", () => {
  const { entries, index } = build(30_000);

  it("puts in each complete shard every entry with a word run starting with its key", () => {
    const under = new Map<string, Set<string>>();
    for (const key of index.shards.keys()) under.set(key, new Set());
    const exact = (key: string) => key.endsWith("$");
    for (const e of entries) {
      for (const suffix of e.suffixes) {
        for (let n = 1; n <= suffix.length; n++) under.get(suffix.slice(0, n))?.add(e.entry[2]);
        under.get(`${suffix}$`)?.add(e.entry[2]);
      }
    }
    for (const [key, shard] of index.shards) {
      const paths = new Set(shard.entries.map((e) => e[2]));
      const expected = under.get(key) as Set<string>;
      if (shard.complete) expect(paths, key).toEqual(expected);
      else expect(expected.size, key).toBeGreaterThan(paths.size);
      if (!exact(key)) expect(shard.total, key).toBe(expected.size);
    }
  });

  it("finds every name by its full name and by its first four letters", () => {
    const { byName, byPrefix } = findable(index, entries, 800);
    expect(byName).toBeGreaterThan(0.99);
    expect(byPrefix).toBeGreaterThan(0.3);
  });

  it("writes the same bytes from the same names, shards named from their keys", () => {
    const again = buildNameIndex(
      indexEntries(syntheticSuppliers(30_000), SYNTHETIC_COUNCILS),
      SYNTHETIC_COUNCILS,
    );
    expect([...again.files.keys()]).toEqual([...index.files.keys()]);
    for (const [file, bytes] of index.files)
      expect(Buffer.from(again.files.get(file) as Uint8Array).equals(bytes)).toBe(true);
    expect(shardFile("zu")).toBe("k-zu.jsonz");
    expect(shardFile("green m")).toBe("k-green-20-m.jsonz");
    expect(shardFile("ltd$")).toBe("k-ltd_.jsonz");
  });
});
