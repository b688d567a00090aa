// DuckDB embedded in the build: one in-memory database per step, the SQL kept in files beside this
// module (sql/*.sql, standard SQL unless a file says otherwise), and the few helpers the steps share.
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/**
 * An in-memory database and its connection. Its memory is bounded (DUCKDB_MEMORY, default 1 GB; DUCKDB_THREADS threads, default 2): a sort
 * larger than that spills to a temporary folder instead of growing the build's peak memory.
 */
export async function openDuckDb(
  memory = process.env.DUCKDB_MEMORY ?? "1GB",
  threads = process.env.DUCKDB_THREADS ?? "2",
): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: memory,
    threads,
    temp_directory: join(tmpdir(), `shared-ledger-duckdb-${process.pid}`),
    preserve_insertion_order: "true",
  });
  const connection = await instance.connect();
  opened.set(connection, instance);
  return connection;
}

const opened = new WeakMap<DuckDBConnection, DuckDBInstance>();

/** Closes a connection of openDuckDb and its database, releasing DuckDB's memory at once. */
export function closeDuckDb(connection: DuckDBConnection): void {
  connection.closeSync();
  opened.get(connection)?.closeSync();
}

/** The SQL folder: beside this module, or from the project's root when this module is bundled (Astro). */
const SQL_DIR = [
  fileURLToPath(new URL("./sql/", import.meta.url)),
  join(process.cwd(), "src/lib/columnar/sql"),
].find((dir) => existsSync(dir));

/** The text of src/lib/columnar/sql/<name>.sql. */
export function sqlFile(name: string): string {
  if (!SQL_DIR) throw new Error("src/lib/columnar/sql/ not found: run from the project's folder");
  return readFileSync(join(SQL_DIR, `${name}.sql`), "utf8");
}

/** A SQL template with its {name} placeholders filled in (names it is not given are left as they are). */
export const fillSql = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);

/** A SQL string literal ('it''s'). */
export const sqlText = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** A SQL identifier ("supplier_id"). */
export const sqlName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Runs a query and returns its rows as objects of JSON values: text as strings, exact decimals and
 * 64-bit integers as their digits (strings, never binary floats), dates in ISO form, booleans.
 */
export async function rowsOf(db: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}
