// A published table's declaration, the one place its columns are named: its file, what it holds, and
// per column the name, type and meaning. Writers' headers, readers' column positions, the Table Schemas
// of datapackage.json, docs/dataset.md and the record types that mirror a table derive from it.
import type { Micros } from "../model.ts";

/** A Table Schema field type (Frictionless), as datapackage.json states it. */
export type ColumnType = "string" | "integer" | "number" | "boolean" | "date";

/** Digits of an exact decimal column in the Parquet files (scale 6: amounts are exact to a millionth). */
export type DecimalDigits = 18 | 38;

/** What a column may say besides its name, type and meaning. */
export interface ColumnOptions {
  /** The cell lists values separated by this text (" ", " | "): a string[] in its record type. */
  readonly list?: string;
  /** The cell is empty when not stated (a contract's value, sme): null in its record type. */
  readonly nullable?: true;
  /** A contract-register field: read from the published column mapped to it (see CONTRACT_FIELDS). */
  readonly mapped?: true;
  /** A number column's digits in Parquet: 18 (the default, an INT64) or 38 for a sum of many amounts. */
  readonly digits?: DecimalDigits;
}

export interface Column<N extends string = string> extends ColumnOptions {
  readonly name: N;
  readonly type: ColumnType;
  /** What the column holds, in plain words (datapackage.json, /data/, docs/dataset.md). */
  readonly description: string;
}

/** One column: name, type, meaning and options (the literal types are kept for the record types). */
export const col = <
  const N extends string,
  const T extends ColumnType,
  const O extends ColumnOptions = Record<never, never>,
>(
  name: N,
  type: T,
  description: string,
  options?: O,
): { readonly name: N; readonly type: T; readonly description: string } & O =>
  ({ name, type, description, ...options }) as { name: N; type: T; description: string } & O;

/**
 * Columns whose values are found in another published table (datapackage.json's foreignKeys): by that
 * table's resource name and its columns. An empty cell refers to nothing and is not checked.
 */
export interface ForeignKey<N extends string = string> {
  readonly fields: readonly N[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface TableSpec<C extends readonly Column[]> {
  /** Its resource name in datapackage.json ("payments"). */
  readonly name: string;
  /** Its file name ("payments.csv"), the resource's path in datapackage.json. */
  readonly file: string;
  /** Where the site publishes it, from the site root ("data/payments.csv"). */
  readonly published: string;
  /** A short title (datapackage.json's resource title). */
  readonly title: string;
  /** What one line is, and what else to know (docs/dataset.md). */
  readonly description: string;
  /** The same columns, split one file per value of a column ("data/councils/<slug>/payments.csv"). */
  readonly splitInto?: readonly string[];
  /** The columns whose values identify a line (datapackage.json's primaryKey); [] when none do. */
  readonly key: readonly NoInfer<C[number]["name"]>[];
  /** Columns that join another table (datapackage.json's foreignKeys), when any do. */
  readonly foreignKeys?: readonly ForeignKey<NoInfer<C[number]["name"]>>[];
  readonly columns: C;
}

export interface Table<C extends readonly Column[] = readonly Column[]> extends TableSpec<C> {
  /** The column names, in file order. */
  readonly names: readonly C[number]["name"][];
  /** The header line, as written: the names joined by commas. */
  readonly header: string;
  /** Each column by its name. */
  readonly column: { readonly [K in C[number] as K["name"]]: K };
  /** Each column's position in the file as written (a file read back may differ: find them in its header). */
  readonly at: Positions<C[number]["name"]>;
}

export function defineTable<const C extends readonly Column[]>(spec: TableSpec<C>): Table<C> {
  const names = spec.columns.map((c) => c.name);
  const column = Object.fromEntries(spec.columns.map((c) => [c.name, c])) as Table<C>["column"];
  const at = Object.fromEntries(names.map((name, i) => [name, i])) as Table<C>["at"];
  return { ...spec, names, header: names.join(","), column, at };
}

/** The column names of a table. */
export type ColumnName<T extends Table> = T["columns"][number]["name"];

/** snake_case → camelCase: "supplier_id" → "supplierId". */
export type Camel<S extends string> = S extends `${infer H}_${infer R}` ? `${H}${Capitalize<Camel<R>>}` : S;

/** The camelCase field a column is held in: "supplier_id" → "supplierId". */
export const camel = <S extends string>(name: S): Camel<S> =>
  name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) as Camel<S>;

type ValueOf<C extends Column, Amount> = C extends { list: string }
  ? string[]
  : C["type"] extends "number"
    ? Amount
    : C["type"] extends "integer"
      ? number
      : C["type"] extends "boolean"
        ? boolean
        : string;

/**
 * The record a line of the table is read into or written from: one field per column, camelCased,
 * amounts as exact integer micros (or `Amount`: bigint for a sum), lists as arrays, null for a
 * nullable column's empty cell.
 */
export type RecordOf<T extends Table, Amount = Micros> = {
  [C in T["columns"][number] as Camel<C["name"]>]: C extends { nullable: true }
    ? ValueOf<C, Amount> | null
    : ValueOf<C, Amount>;
};

/** Position of each of some columns in a file's header (resolved once per file, read per line). */
export type Positions<N extends string> = Record<N, number>;

/** Some of a table's columns, by name (checked against the declaration), for a reader that needs only those. */
export const columnsOf = <T extends Table, const K extends ColumnName<T>>(
  _table: T,
  ...names: K[]
): readonly K[] => names;
