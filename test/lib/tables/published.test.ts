// The dataset as the ingest and the flags step write it (the mini partnership) against the table
// declarations: each file's header is its declaration's, every cell is of its column's declared type
// (so a writer whose cells drift from the declared order fails here), and datapackage.json's Table
// Schemas are the declarations.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { writeColumnarDataset } from "../../../src/lib/columnar/write-dataset.ts";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { runFlags } from "../../../src/lib/flags/run.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import { FLAG_TABLES, INGEST_TABLES } from "../../../src/lib/tables/catalogue.ts";
import { CSV_DIALECT } from "../../../src/lib/tables/datapackage.ts";
import { PAYMENTS } from "../../../src/lib/tables/payments.ts";
import type { Column } from "../../../src/lib/tables/table.ts";

const FIXTURE = join(import.meta.dirname, "../../fixtures/mini");

/** Whether a cell (formula guard included) is of its column's declared type. */
function fits(column: Column, cell: string): boolean {
  if (cell === "") return column.nullable === true || column.type === "string" || column.type === "date";
  switch (column.type) {
    case "integer":
      return /^-?\d+$/.test(cell);
    case "number":
      return /^-?\d+\.\d{2,6}$/.test(cell);
    case "boolean":
      return cell === "true" || cell === "false";
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(cell);
    default:
      return true;
  }
}

let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "ledger-tables-"));
  const config = loadDataConfig(FIXTURE);
  await runIngest(config, out);
  await writeColumnarDataset(out);
  await runFlags(config, out);
});

describe("the dataset against its declarations", () => {
  it.each([...INGEST_TABLES, ...FLAG_TABLES].map((t) => [t.file, t] as const))(
    "%s: the declared header, and every cell of its column's type",
    (_file, table) => {
      const rows = Papa.parse<string[]>(readFileSync(join(out, table.file), "utf8"), {
        skipEmptyLines: true,
      }).data;
      expect((rows[0] as string[]).join(",")).toBe(table.header);
      const wrong: string[] = [];
      for (const [i, row] of rows.slice(1).entries()) {
        expect(row.length).toBe(table.columns.length);
        table.columns.forEach((c, k) => {
          if (!fits(c, row[k] as string)) wrong.push(`line ${i + 2} ${c.name}: ${JSON.stringify(row[k])}`);
        });
      }
      expect(wrong).toEqual([]);
      if (table === INGEST_TABLES[0]) expect(rows.length).toBeGreaterThan(10);
    },
  );

  it("datapackage.json: each table's Table Schema, the ingest's then the flags step's", () => {
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    const tables = [...INGEST_TABLES, ...FLAG_TABLES];
    const csv = pkg.resources.filter((r: { format?: string }) => r.format !== "parquet");
    // payments.csv is published gzip-compressed only.
    const published = (t: (typeof tables)[number]) => (t === PAYMENTS ? "payments.csv.gz" : t.file);
    expect(csv.map((r: { path: string }) => r.path)).toEqual(tables.map(published));
    const parquet = pkg.resources.filter((r: { format?: string }) => r.format === "parquet");
    expect(parquet.map((r: { path: string }) => r.path)).toEqual([
      "payments.parquet",
      "contracts.parquet",
      "suppliers.parquet",
    ]);
    for (const r of parquet) {
      const table = tables.find((t) => `${t.name}-parquet` === r.name);
      expect(r.schema.fields).toEqual(
        table?.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
      );
      expect(r).toMatchObject({ profile: "data-resource", mediatype: "application/vnd.apache.parquet" });
    }
    expect(pkg.profile).toBe("data-package");
    for (const [i, table] of tables.entries()) {
      const resource = csv[i];
      expect(resource.name).toBe(table.name);
      expect(resource.title).toBe(table === PAYMENTS ? `${table.title} (CSV, gzip-compressed)` : table.title);
      expect(resource.schema.fields).toEqual(
        table.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
      );
      if (table.key.length > 0) expect(resource.schema.primaryKey).toEqual(table.key);
      else expect(resource.schema.primaryKey).toBeUndefined();
      // How the file is written, so no reader has to guess (a sniffer took rejects.csv for space-separated).
      expect(resource.dialect).toEqual(CSV_DIALECT);
      expect(resource.schema.foreignKeys ?? []).toEqual(table.foreignKeys ?? []);
    }
    // The originals, where the site publishes them: /sources/, beside /data/.
    expect(pkg.sources.length).toBeGreaterThan(0);
    for (const source of pkg.sources)
      expect(source.path).toMatch(/^\.\.\/sources\/[a-z0-9-]+\/(spend|contracts)\//);
  });
});
