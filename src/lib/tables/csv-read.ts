// Streams a CSV the project wrote (UTF-8, a header row) and hands each record to the caller with the
// positions of the named columns (found once, in the header) and text cells as published (the formula
// guard undone). Used only for the project's own outputs, the columns named from their declarations.
import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { unguard } from "./csv-write.ts";
import { recordReaderOf } from "./records.ts";
import type { ColumnName, Positions, RecordOf, Table } from "./table.ts";

export async function readCsvRows<const T extends readonly string[]>(
  path: string,
  columns: T,
  onRow: (cells: string[], at: Positions<T[number]>) => void,
): Promise<void> {
  let at: Positions<T[number]> | null = null;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(path, "utf8") as unknown as File, {
      skipEmptyLines: true,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        let i = 0;
        if (!at) {
          const header = results.data[0] ?? [];
          const missing = columns.filter((name) => !header.includes(name));
          if (missing.length > 0) {
            // Reject before aborting: abort() completes the parse, which would resolve.
            reject(new Error(`${path}: columns missing: ${missing.join(", ")} (re-run "npm run ingest")`));
            parser.abort();
            return;
          }
          at = {} as Positions<T[number]>;
          for (const name of columns) at[name as T[number]] = header.indexOf(name);
          i = 1;
        }
        try {
          for (; i < results.data.length; i++) {
            const cells = results.data[i] as string[];
            for (let c = 0; c < cells.length; c++) cells[c] = unguard(cells[c] as string);
            onRow(cells, at);
          }
        } catch (error) {
          reject(error);
          parser.abort();
        }
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
}

/** Every line of a table's file as a record (every declared column must be in its header). */
export async function readRecords<T extends Table>(path: string, table: T): Promise<RecordOf<T>[]> {
  const records: RecordOf<T>[] = [];
  let read: ((cells: readonly string[]) => RecordOf<T>) | null = null;
  await readCsvRows(path, table.names as readonly ColumnName<T>[], (cells, at) => {
    read ??= recordReaderOf(table, at);
    records.push(read(cells));
  });
  return records;
}
