// Runs in a worker thread of its own (workbook-reader.ts starts one per workbook): parses an .xlsx or
// .xls workbook with SheetJS and posts back each sheet's rows as plain strings. The parser runs here,
// in a V8 isolate of its own, because the SheetJS build on npm (0.18.5) can be made to write to
// Object.prototype by a crafted file (CVE-2023-30533): whatever a workbook does to this isolate's
// objects dies with the thread, and what crosses back is a structured clone of arrays of strings.
import { parentPort, workerData } from "node:worker_threads";
import XLSX from "xlsx";
import { cellText } from "./workbook-cells.ts";

export interface WorkbookJob {
  bytes: Uint8Array;
  /** Cells read in all (not counting blank ones) before the workbook is set aside as too large. */
  maxCells: number;
}

/** One sheet's non-blank rows, each with its row number as the spreadsheet shows it (1-based). */
export interface SheetRows {
  name: string;
  rows: string[][];
  lines: number[];
}

/** The sheets read, and the names of any that could not be (a name the parser cannot hold). */
export type WorkbookReply = { sheets: SheetRows[]; unread: string[] } | { problem: string };

type Cell = XLSX.CellObject & { z?: string | number };

/** The rows of a sheet parsed densely (an array of rows of cells), whatever range it claims. */
function sheetRows(name: string, sheet: unknown[], date1904: boolean, budget: { cells: number }): SheetRows {
  const rows: string[][] = [];
  const lines: number[] = [];
  // Only the rows the file holds are visited: a claimed range of a million rows costs nothing.
  for (let r = 0; r < sheet.length; r++) {
    const row = sheet[r] as (Cell | undefined)[] | undefined;
    if (!Array.isArray(row)) continue;
    const cells: string[] = [];
    let last = -1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const text = cell && typeof cell === "object" ? cellText(cell, date1904) : "";
      cells.push(text);
      if (text !== "") {
        last = c;
        budget.cells--;
      }
    }
    if (budget.cells < 0) throw new RangeError("too many cells");
    if (last === -1) continue;
    cells.length = last + 1;
    rows.push(cells);
    lines.push(r + 1);
  }
  return { name: String(name), rows, lines };
}

function readWorkbook(job: WorkbookJob): WorkbookReply {
  const book = XLSX.read(job.bytes, {
    type: "buffer",
    dense: true,
    cellNF: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    bookVBA: false,
    WTF: false,
  });
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const budget = { cells: job.maxCells };
  const sheets: SheetRows[] = [];
  const unread: string[] = [];
  for (const name of book.SheetNames) {
    const sheet = sheetNamed(book.Sheets, name);
    if (sheet === undefined) {
      unread.push(String(name));
      continue;
    }
    try {
      sheets.push(sheetRows(name, sheet, date1904, budget));
    } catch (error) {
      if (error instanceof RangeError) {
        return { problem: `it holds more than ${job.maxCells.toLocaleString("en-GB")} filled cells` };
      }
      throw error;
    }
  }
  return { sheets, unread };
}

/**
 * The sheet of this name, looked up as the workbook's own entry, never an inherited one (a sheet
 * named constructor). The parser files a sheet named __proto__ as its sheets' prototype: it is
 * taken from there when it is a sheet (an array of rows), else the sheet is not read.
 */
function sheetNamed(sheets: Record<string, unknown>, name: string): unknown[] | undefined {
  if (Object.hasOwn(sheets, name))
    return Array.isArray(sheets[name]) ? (sheets[name] as unknown[]) : undefined;
  if (name !== "__proto__") return undefined;
  const filed = Object.getPrototypeOf(sheets) as unknown;
  return Array.isArray(filed) ? filed : undefined;
}

if (parentPort) {
  let reply: WorkbookReply;
  try {
    reply = readWorkbook(workerData as WorkbookJob);
  } catch (error) {
    reply = {
      problem: `the workbook could not be parsed (${String((error as Error)?.message ?? error).slice(0, 200)})`,
    };
  }
  parentPort.postMessage(reply);
}
