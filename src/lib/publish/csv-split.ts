// Splits a CSV download into one file per value of a column (per supplier, per council), copying the
// header and each record's bytes verbatim. The source is read once, a window of bytes at a time, so
// memory stays bounded by the window whatever the file's size; each output file is written once per
// window that holds its rows (created on first sight, appended to after).
import { closeSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { cellBounds, decodeCell, forEachRecord } from "./csv-records.ts";

export interface CsvSplit {
  /** The column whose value picks a record's file. */
  column: string;
  /** The file for a value (its folder is created). */
  fileFor: (value: string) => string;
}

/** The record being read: cells are decoded only when asked for. */
export interface CsvRecord {
  cell(column: string): string;
}

export interface SplitOptions {
  /** Bytes read at a time (default 64 MiB); a longer record grows the window. */
  windowBytes?: number;
  /** Sees every record, in file order. */
  onRecord?: (record: CsvRecord) => void;
}

export interface SplitResult {
  /** The header line, with its line ending, as in the source (empty for an empty file). */
  header: Buffer;
  columns: string[];
  rows: number;
  /** Per split: the number of records written to each value's file. */
  counts: Map<string, number>[];
}

const DEFAULT_WINDOW = 64 * 1024 * 1024;
const LF = 0x0a;

function writeAll(path: string, flag: "w" | "a", data: Buffer): void {
  const fd = openSync(path, flag);
  try {
    let done = 0;
    while (done < data.length) done += writeSync(fd, data, done, data.length - done);
  } finally {
    closeSync(fd);
  }
}

/** One split's values (numbered on first sight) and the current window's value of each record. */
interface SplitState {
  split: CsvSplit;
  column: number;
  ids: Map<string, number>;
  names: string[];
  files: string[];
  counts: number[];
  windowIds: number[];
}

/** Reads the header and splits the records of `source` into the splits' files. */
export function splitCsvFile(source: string, splits: CsvSplit[], options: SplitOptions = {}): SplitResult {
  const fd = openSync(source, "r");
  try {
    return new CsvSplitter(source, splits, options).run(fd);
  } finally {
    closeSync(fd);
  }
}

class CsvSplitter {
  private readonly source: string;
  private readonly options: SplitOptions;
  private readonly states: SplitState[];
  private readonly madeDirs = new Set<string>();
  private header = Buffer.alloc(0);
  private columns: string[] | null = null;
  private columnIndex = new Map<string, number>();
  private rows = 0;
  private view = Buffer.alloc(0);
  private scratch = Buffer.alloc(0);
  private bounds = new Int32Array(64);
  /** Cells found in the current record, and how many were looked for (the splits' columns first). */
  private found = 0;
  private scanned = 0;
  private splitCells = 0;
  private current = 0;
  private currentEnd = 0;
  // The current window's records.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly record: CsvRecord;

  constructor(source: string, splits: CsvSplit[], options: SplitOptions) {
    this.source = source;
    this.options = options;
    this.states = splits.map((split) => ({
      split,
      column: -1,
      ids: new Map(),
      names: [],
      files: [],
      counts: [],
      windowIds: [],
    }));
    this.record = {
      cell: (column) => {
        const index = this.columnIndex.get(column);
        if (index === undefined) throw new Error(`${this.source}: no column "${column}"`);
        if (index >= this.found && this.found === this.scanned) this.scanCells(this.columns?.length ?? 0);
        return index < this.found ? this.cellText(index) : "";
      },
    };
  }

  run(fd: number): SplitResult {
    let buf = Buffer.allocUnsafe(Math.max(16, this.options.windowBytes ?? DEFAULT_WINDOW));
    let filled = 0;
    let eof = false;
    const onRecord = (start: number, end: number) => this.take(start, end);
    while (!eof) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const read = readSync(fd, buf, filled, buf.length - filled, null);
      if (read === 0) eof = true;
      filled += read;
      this.view = buf.subarray(0, filled);
      const used = forEachRecord(this.view, 0, eof, onRecord);
      this.flush();
      buf.copy(buf, 0, used, filled);
      filled -= used;
    }
    const counts = this.states.map((s) => new Map(s.names.map((name, id) => [name, s.counts[id] as number])));
    return { header: this.header, columns: this.columns ?? [], rows: this.rows, counts };
  }

  private scanCells(max: number): void {
    this.scanned = max;
    this.found = cellBounds(this.view, this.current, this.currentEnd, this.bounds, max);
  }

  private cellText(index: number): string {
    return decodeCell(this.view, this.bounds[2 * index] as number, this.bounds[2 * index + 1] as number);
  }

  private readHeader(start: number, end: number): void {
    const header = this.view.subarray(start, end);
    this.header = Buffer.concat(header[header.length - 1] === LF ? [header] : [header, Buffer.from("\n")]);
    this.bounds = new Int32Array(2 * (end - start + 1));
    this.found = cellBounds(this.view, start, end, this.bounds, end - start + 1);
    this.columns = [];
    for (let c = 0; c < this.found; c++) this.columns.push(this.cellText(c));
    this.columnIndex = new Map(this.columns.map((name, i) => [name, i]));
    this.bounds = new Int32Array(2 * this.columns.length);
    for (const state of this.states) {
      const index = this.columnIndex.get(state.split.column);
      if (index === undefined)
        throw new Error(`${this.source}: no column "${state.split.column}" to split by`);
      state.column = index;
      this.splitCells = Math.max(this.splitCells, index + 1);
    }
  }

  private take(start: number, end: number): void {
    if (!this.columns) {
      this.readHeader(start, end);
      return;
    }
    this.rows++;
    this.starts.push(start);
    this.ends.push(end);
    this.current = start;
    this.currentEnd = end;
    this.scanCells(this.splitCells);
    for (const state of this.states) {
      const value = state.column < this.found ? this.cellText(state.column) : "";
      let id = state.ids.get(value);
      if (id === undefined) {
        id = state.names.push(value) - 1;
        state.ids.set(value, id);
        state.files.push(state.split.fileFor(value));
        state.counts.push(0);
      }
      state.windowIds.push(id);
    }
    this.options.onRecord?.(this.record);
  }

  /** Writes the window's records of each value to its file, in file order. */
  private flush(): void {
    const records = this.starts.length;
    if (records === 0) return;
    const need = this.view.length + this.header.length + records;
    if (this.scratch.length < need) this.scratch = Buffer.allocUnsafe(need);
    for (const state of this.states) {
      // Counting sort of the window's records by value id.
      const values = state.names.length;
      const first = new Int32Array(values + 1);
      for (const id of state.windowIds) first[id + 1] = (first[id + 1] as number) + 1;
      for (let v = 0; v < values; v++) first[v + 1] = (first[v + 1] as number) + (first[v] as number);
      const next = first.slice(0, values);
      const order = new Int32Array(records);
      for (let r = 0; r < records; r++) {
        const id = state.windowIds[r] as number;
        order[next[id] as number] = r;
        next[id] = (next[id] as number) + 1;
      }
      for (let v = 0; v < values; v++) {
        const from = first[v] as number;
        const to = first[v + 1] as number;
        if (from < to) this.writeValue(state, v, order.subarray(from, to));
      }
      state.windowIds.length = 0;
    }
    this.starts.length = 0;
    this.ends.length = 0;
  }

  private writeValue(state: SplitState, id: number, rows: Int32Array): void {
    const out = this.scratch;
    let size = 0;
    const fresh = state.counts[id] === 0;
    if (fresh) size += this.header.copy(out, 0);
    // Adjacent records are copied as one range.
    let runStart = -1;
    let runEnd = -1;
    for (const r of rows) {
      const start = this.starts[r] as number;
      const end = this.ends[r] as number;
      if (start !== runEnd) {
        if (runStart >= 0) size += this.view.copy(out, size, runStart, runEnd);
        runStart = start;
      }
      runEnd = end;
      if (this.view[end - 1] !== LF) {
        size += this.view.copy(out, size, runStart, runEnd);
        out[size++] = LF;
        runStart = -1;
        runEnd = -1;
      }
    }
    if (runStart >= 0) size += this.view.copy(out, size, runStart, runEnd);
    const file = state.files[id] as string;
    if (fresh) {
      const dir = dirname(file);
      if (!this.madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
    }
    writeAll(file, fresh ? "w" : "a", out.subarray(0, size));
    state.counts[id] = (state.counts[id] as number) + rows.length;
  }
}
