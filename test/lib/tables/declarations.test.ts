// The table declarations: names, headers and positions derived from the columns, keys and list
// columns that name real columns, and the contract-register fields taken from the mapped columns.
import { describe, expect, it } from "vitest";
import { CONTRACT_FIELDS } from "../../../src/lib/model.ts";
import { PUBLISHED_TABLES } from "../../../src/lib/tables/catalogue.ts";
import { CONTRACTS } from "../../../src/lib/tables/contracts.ts";
import { camel, col, columnsOf, defineTable } from "../../../src/lib/tables/table.ts";

describe("defineTable", () => {
  const t = defineTable({
    name: "t",
    file: "t.csv",
    published: "data/t.csv",
    title: "T",
    description: "A test table.",
    key: ["a_b"],
    columns: [col("a_b", "string", "A."), col("c", "integer", "C.", { nullable: true })],
  });

  it("derives the names, the header, each column by name and its position", () => {
    expect(t.names).toEqual(["a_b", "c"]);
    expect(t.header).toBe("a_b,c");
    expect(t.column.c).toEqual({ name: "c", type: "integer", description: "C.", nullable: true });
    expect(t.at).toEqual({ a_b: 0, c: 1 });
    expect(columnsOf(t, "c")).toEqual(["c"]);
  });

  it("holds each column's field in camelCase", () => {
    expect(camel("supplier_id")).toBe("supplierId");
    expect(camel("share_of_value_percent")).toBe("shareOfValuePercent");
    expect(camel("id")).toBe("id");
  });
});

describe("every published table", () => {
  it("has distinct files, distinct column names, and a key of its own columns", () => {
    expect(new Set(PUBLISHED_TABLES.map((t) => t.file)).size).toBe(PUBLISHED_TABLES.length);
    for (const table of PUBLISHED_TABLES) {
      expect(new Set(table.names).size, table.file).toBe(table.names.length);
      for (const k of table.key) expect(table.names, table.file).toContain(k);
      for (const c of table.columns) {
        expect(c.description.length, `${table.file} ${c.name}`).toBeGreaterThan(0);
        if (c.list !== undefined) expect(c.type, `${table.file} ${c.name}`).toBe("string");
      }
    }
  });
});

describe("foreign keys", () => {
  it("join a table's own columns to columns of another published table", () => {
    const byName = new Map(PUBLISHED_TABLES.map((t) => [t.name, t]));
    const keys = PUBLISHED_TABLES.flatMap((t) => (t.foreignKeys ?? []).map((k) => ({ table: t, key: k })));
    expect(keys.length).toBeGreaterThanOrEqual(6);
    for (const { table, key } of keys) {
      for (const f of key.fields) expect(table.names, table.file).toContain(f);
      const referred = byName.get(key.reference.resource);
      expect(referred, `${table.file} → ${key.reference.resource}`).toBeDefined();
      for (const f of key.reference.fields) expect(referred?.names).toContain(f);
      expect(key.reference.fields.length).toBe(key.fields.length);
    }
  });
});

describe("CONTRACT_FIELDS", () => {
  it("are contracts.csv's mapped columns, in file order, none of them made by the ingest", () => {
    expect(CONTRACT_FIELDS).toEqual(CONTRACTS.columns.filter((c) => "mapped" in c).map((c) => c.name));
    expect(CONTRACT_FIELDS).toContain("reference");
    for (const made of ["id", "council", "supplier_id", "notes", "source_file", "source_line"])
      expect(CONTRACT_FIELDS).not.toContain(made);
  });
});
