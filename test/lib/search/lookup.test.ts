import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { indexEntries, type NamedThing } from "../../../src/lib/search/entries.ts";
import { MANIFEST_FILE, type Shard } from "../../../src/lib/search/format.ts";
import {
  type MatchOrder,
  manifestKeys,
  matchEntries,
  planPhrase,
  planQuery,
} from "../../../src/lib/search/lookup.ts";
import { buildNameIndex, type NameIndex } from "../../../src/lib/search/shards.ts";

const COUNCILS = ["Alpha District Council", "Beta Borough Council"];
const thing = (kind: NamedThing["kind"], name: string, value: string, extra: Partial<NamedThing> = {}) => ({
  kind,
  name,
  variants: [],
  path: `${kind.toLowerCase()}s/${name.toLowerCase().replace(/\W+/g, "-")}/`,
  value,
  councils: [COUNCILS[0] as string],
  ...extra,
});

const THINGS: NamedThing[] = [
  thing("Council", "Alpha District Council", "7986.69", { path: "councils/alpha/", variants: ["Alpha DC"] }),
  thing("Supplier", "Northern Leisure Trust", "1841.4375", {
    variants: ["NLT (Leisure)", "NORTHERN LEISURE TRUST"],
  }),
  thing("Supplier", "Acme Supplies Ltd", "5515.25", {
    variants: ["ACME SUPPLIES LIMITED", "Acme Supplies Limited"],
    councils: COUNCILS,
  }),
  thing("Supplier", "Zurich Insurance Plc", "25.00", { councils: [COUNCILS[1] as string] }),
  thing("Contract", "Waste collection (joint)", "1200000.00", { variants: ["C-001"], councils: COUNCILS }),
  thing("Contract", "Leisure grant", "", { variants: ["C-002"] }),
];

/** Searches an in-memory index as the browser does. */
function search(index: NameIndex, query: string, filter = {}, order: MatchOrder = "match") {
  const { tokens, plan } = planQuery(manifestKeys(index.manifest), query);
  if (!plan) return [];
  const shards = plan.keys.map((k) => index.shards.get(k) as Shard);
  return matchEntries(tokens, shards, filter, order).map((m) =>
    m.variant ? `${m.entry[1]} [${m.variant}]` : m.entry[1],
  );
}

describe("the name index on a few names", () => {
  const index = buildNameIndex(indexEntries(THINGS, COUNCILS), COUNCILS);

  it("finds a supplier by any word of any published name, once", () => {
    expect(search(index, "zur")).toEqual(["Zurich Insurance Plc"]);
    expect(search(index, "insurance")).toEqual(["Zurich Insurance Plc"]);
    expect(search(index, "nlt")).toEqual(["Northern Leisure Trust [NLT (Leisure)]"]);
    expect(search(index, "acme limited")).toEqual(["Acme Supplies Ltd"]);
    expect(search(index, "ACMÉ  supp")).toEqual(["Acme Supplies Ltd"]);
  });

  it("puts names starting with the query first, then the highest value; a value not stated last", () => {
    expect(search(index, "leisure")).toEqual(["Leisure grant", "Northern Leisure Trust"]);
    expect(search(index, "l")).toEqual(["Leisure grant", "Acme Supplies Ltd", "Northern Leisure Trust"]);
    expect(search(index, "c")).toEqual([
      "Waste collection (joint) [C-001]",
      "Leisure grant [C-002]",
      "Alpha District Council",
    ]);
  });

  it("finds contracts by reference and councils by other names", () => {
    expect(search(index, "C-002")).toEqual(["Leisure grant [C-002]"]);
    expect(search(index, "alpha dc")).toEqual(["Alpha District Council [Alpha DC]"]);
  });

  it("filters by kind and council, and sorts by value either way", () => {
    expect(search(index, "l", { kinds: new Set([2]) })).toEqual(["Leisure grant"]);
    expect(search(index, "s", { councils: new Set([1]) })).toEqual(["Acme Supplies Ltd"]);
    expect(search(index, "le", {}, "value-asc")).toEqual(["Northern Leisure Trust", "Leisure grant"]);
    expect(search(index, "c", {}, "value-desc")).toEqual([
      "Waste collection (joint) [C-001]",
      "Alpha District Council",
      "Leisure grant [C-002]",
    ]);
    expect(search(index, "supplies insurance")).toEqual([]);
  });

  it("writes a manifest and shards that are gzip-compressed JSON", () => {
    const manifest = JSON.parse(gunzipSync(index.files.get(MANIFEST_FILE) as Uint8Array).toString());
    expect(manifest).toEqual(index.manifest);
    expect(manifest.kinds).toEqual(["Council", "Supplier", "Contract"]);
    expect(manifest.councils).toEqual(COUNCILS);
    expect(index.files.size).toBe(index.shards.size + 1);
  });
});

describe("planning a lookup", () => {
  const names = Array.from({ length: 400 }, (_, i) =>
    thing(
      "Supplier",
      `${["Green", "Greenway", "Grey"][i % 3]} ${i % 2 ? "Meadow" : "Garden"} ${i}`,
      `${i}.00`,
    ),
  );
  // A budget so small that "green" must be split into "green$", "green " and "greenway".
  const index = buildNameIndex(indexEntries(names, COUNCILS), COUNCILS, { budget: 1200, previewSize: 5 });
  const keys = manifestKeys(index.manifest);

  it("splits a prefix that does not fit and keeps a preview of its highest values", () => {
    expect(keys.incomplete.has("g")).toBe(true);
    const preview = index.shards.get("g") as Shard;
    expect(preview.complete).toBe(false);
    expect(preview.total).toBe(400);
    expect(preview.entries.map((e) => e[3])).toEqual(["399.00", "398.00", "397.00", "396.00", "395.00"]);
  });

  it("holds every shard to the budget", () => {
    for (const [file, bytes] of index.files) expect(bytes.length, file).toBeLessThanOrEqual(1200);
  });

  it("fetches nothing when no name can match", () => {
    expect(planPhrase(keys, "gx")).toBeNull();
    expect(planQuery(keys, "green qqq").plan).toBeNull();
  });

  it("answers a whole word with its preview and the word's own shards", () => {
    const plan = planPhrase(keys, "green");
    expect(plan?.keys[0]).toBe("green");
    expect(plan?.complete).toBe(false);
  });

  it("prefers the rarer, complete key of a query of several words", () => {
    const { plan } = planQuery(keys, "meadow 137");
    expect(plan?.complete).toBe(true);
    expect(plan?.phrase).toBe("137");
    expect(search(index, "meadow 137")).toEqual(["Grey Meadow 137"]);
    // Every word is the start of a word: "green" also finds "Greenway", after names starting with the query.
    expect(search(index, "green garden 12")).toEqual([
      "Green Garden 126",
      "Green Garden 120",
      "Green Garden 12",
      "Greenway Garden 124",
    ]);
  });
});
