// One council's payment files, ingested on their own (in a worker thread, or inline): overlap
// detection is per council, so councils are independent until supplier ids are resolved. The
// accepted payments stay here, column by column, until format() turns them into payments.csv rows
// once the supplier cell of every published name is known.
import { replacementsOf } from "../../config/replaces.ts";
import type { CouncilConfig } from "../../config/schema.ts";
import type { FileQuality } from "../../model.ts";
import { ByteSink, GrowBytes, put, putAmount, putInt } from "../../tables/byte-writer.ts";
import { FloatColumn, IntColumn, TextIds } from "../../tables/column-store.ts";
import { textCell } from "../../tables/csv-write.ts";
import { financialYearOf } from "../map/values.ts";
import { fileTag } from "../output/payments-csv.ts";
import { normaliseCompanyNumber } from "../suppliers/supplier-names.ts";
import { CouncilLayouts } from "./borrowed-layout.ts";
import { RecordIndex } from "./record-key.ts";
import { ingestSpendFile } from "./spend-file.ts";

/** What a worker needs to ingest one council's payment files. */
export interface CouncilTask {
  slug: string;
  dir: string;
  config: CouncilConfig;
  /** Spend files ("spend/2023-04.csv"), in ingest order. */
  files: string[];
}

/** Progress of an inline ingest (a worker reports nothing until a council is done). */
export interface SpendHooks {
  fileStart(council: string, file: string): void;
  fileProgress(rows: number): void;
}

/** What was published under one supplier name in this council's payment files. */
export interface NameStats {
  name: string;
  count: number;
  total: bigint;
  companyNumbers: [string, number][];
}

export interface CouncilSpendResult {
  qualities: FileQuality[];
  /** Seconds each file took. */
  seconds: number[];
  /** Every published name, in order of first sight. */
  names: NameStats[];
  /** Possible duplicate payments per file (same order as files). */
  duplicates: number[];
  rows: number;
}

const SPILL = 2 ** 52;

/** Per-name accumulators. */
interface NameAcc {
  name: string;
  count: number;
  small: number;
  big: bigint;
  companyNumbers: Map<string, number> | null;
}

const numberCache = new Map<string, string | null>();
function companyNumberOf(text: string): string | null {
  let n = numberCache.get(text);
  if (n === undefined) {
    n = normaliseCompanyNumber(text);
    if (numberCache.size >= 100_000) numberCache.clear();
    numberCache.set(text, n);
  }
  return n;
}

/** Accepted payments of one council, with what each file's accounting needs. */
export class CouncilSpend {
  readonly slug: string;
  readonly dir: string;
  readonly config: CouncilConfig;
  readonly files: string[];
  /** Record hash -> row of its first occurrence in this council's files. */
  readonly overlap = new RecordIndex();
  readonly replacedBy: Map<string, string>;
  /** Distinct texts per column (each with its own last-value memory: consecutive rows share). */
  readonly dateText = new TextIds();
  readonly areaText = new TextIds();
  readonly typeText = new TextIds();
  readonly descriptionText = new TextIds();
  readonly source = new IntColumn();
  readonly lines = new IntColumn();
  readonly dates = new IntColumn();
  readonly amounts = new FloatColumn();
  readonly names = new IntColumn();
  readonly areas = new IntColumn();
  readonly types = new IntColumn();
  readonly descriptions = new IntColumn();
  /** Transaction references, already CSV cells, as UTF-8 (no string per row is kept). */
  readonly refs = new GrowBytes();
  readonly refEnds = new IntColumn();
  readonly duplicate = new Set<number>();
  /** The headers of the council's files, for its files with no header row. */
  readonly layouts: CouncilLayouts;
  private readonly nameIds = new TextIds();
  private readonly nameAcc: NameAcc[] = [];
  private readonly hooks: SpendHooks | undefined;

  constructor(task: CouncilTask, hooks?: SpendHooks) {
    this.slug = task.slug;
    this.dir = task.dir;
    this.config = task.config;
    this.files = task.files;
    this.hooks = hooks;
    this.layouts = new CouncilLayouts("spend", task.config.columns);
    this.replacedBy = replacementsOf(task.config);
  }

  get size(): number {
    return this.lines.length;
  }

  progress(rows: number): void {
    this.hooks?.fileProgress(rows);
  }

  /** "spend/2023-04.csv:13": where a stored row was published. */
  location(row: number): string {
    return `${this.files[this.source.data[row] as number]}:${this.lines.data[row]}`;
  }

  /** Notes one payment to a published supplier name; returns the name's local id. */
  noteName(name: string, amount: number, companyNumber: string): number {
    const id = this.nameIds.id(name);
    if (id === this.nameAcc.length)
      this.nameAcc.push({
        name: this.nameIds.values[id] as string,
        count: 0,
        small: 0,
        big: 0n,
        companyNumbers: null,
      });
    const acc = this.nameAcc[id] as NameAcc;
    acc.count++;
    const next = acc.small + amount;
    if (next >= SPILL || next <= -SPILL) {
      acc.big += BigInt(acc.small) + BigInt(amount);
      acc.small = 0;
    } else acc.small = next;
    if (companyNumber !== "") {
      const number = companyNumberOf(companyNumber);
      if (number) {
        acc.companyNumbers ??= new Map();
        acc.companyNumbers.set(number, (acc.companyNumbers.get(number) ?? 0) + 1);
      }
    }
    return id;
  }

  /**
   * Adds an accepted payment; returns its row number. ids are its date's, area's, type's and
   * description's numbers in dateText, areaText, typeText and descriptionText.
   */
  add(
    source: number,
    line: number,
    amount: number,
    nameId: number,
    ids: readonly number[],
    ref: string,
  ): number {
    this.source.push(source);
    this.lines.push(line);
    this.dates.push(ids[0] as number);
    this.amounts.push(amount);
    this.names.push(nameId);
    this.areas.push(ids[1] as number);
    this.types.push(ids[2] as number);
    this.descriptions.push(ids[3] as number);
    this.refs.text(textCell(ref));
    this.refEnds.push(this.refs.length);
    return this.lines.length - 1;
  }

  /** Reads every payment file of the council; a file whose first row is data is read last, with a sibling's columns. */
  async ingest(): Promise<CouncilSpendResult> {
    const qualities: FileQuality[] = [];
    const seconds: number[] = [];
    for (let i = 0; i < this.files.length; i++) {
      const started = performance.now();
      this.hooks?.fileStart(this.slug, this.files[i] as string);
      qualities.push(await ingestSpendFile(this, this.files[i] as string, i));
      seconds.push((performance.now() - started) / 1000);
    }
    for (const i of this.layouts.headerless.keys()) {
      const layout = this.layouts.nearest(i, this.files);
      if (!layout) {
        const width = this.layouts.widthOf(i);
        const quality = qualities[i] as FileQuality;
        quality.file_reason =
          `no header row: its first row is data (${width} columns), and no other file of the council ` +
          `has a header with ${width} columns that reads its first rows as payments`;
        continue;
      }
      const started = performance.now();
      qualities[i] = await ingestSpendFile(this, this.files[i] as string, i, layout);
      seconds[i] = (seconds[i] as number) + (performance.now() - started) / 1000;
    }
    const duplicates = new Array<number>(this.files.length).fill(0);
    for (const row of this.duplicate) {
      const s = this.source.data[row] as number;
      duplicates[s] = (duplicates[s] as number) + 1;
    }
    return {
      qualities,
      seconds,
      names: this.nameAcc.map((acc) => ({
        name: acc.name,
        count: acc.count,
        total: acc.big + BigInt(acc.small),
        companyNumbers: acc.companyNumbers ? [...acc.companyNumbers] : [],
      })),
      duplicates,
      rows: this.size,
    };
  }

  /**
   * This council's payments.csv rows, their cells in PAYMENTS's column order (tables/payments.ts),
   * given the supplier cells (supplier id, name, redacted, partner payment, already CSV text) of each
   * local name id. Each chunk goes to onChunk as soon as it is full when there is one; otherwise
   * all are returned.
   */
  format(supplierCells: string[], onChunk?: (chunk: Uint8Array) => void): Uint8Array[] {
    const out = new ByteSink(onChunk);
    const enc = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));
    const council = textCell(this.slug);
    const heads = this.files.map((file) => enc(`${fileTag(this.slug, file)}-`));
    const tails = this.files.map((file) => [
      enc(`,false,${textCell(file)},`),
      enc(`,true,${textCell(file)},`),
    ]);
    const cellsOf = (table: TextIds) => table.values.map((value) => enc(`${textCell(value)},`));
    const areaCells = cellsOf(this.areaText);
    const typeCells = cellsOf(this.typeText);
    const descriptionCells = cellsOf(this.descriptionText);
    const dateCells = this.dateText.values.map((value) => {
      const year = /^\d{4}-\d{2}-\d{2}$/.test(value) ? financialYearOf(value) : "";
      return enc(`,${council},${textCell(value)},${year},`);
    });
    const suppliers = supplierCells.map((cell) => enc(`,${cell},`));
    const longest = (list: Uint8Array[]) => list.reduce((n, b) => Math.max(n, b.length), 0);
    // Bytes a row can take besides its reference: two line numbers, an amount, the longest pieces.
    const rowBound =
      longest(heads) +
      longest(dateCells) +
      longest(suppliers) +
      longest(areaCells) +
      longest(typeCells) +
      longest(descriptionCells) +
      longest(tails.flat()) +
      2 * 20 +
      48 +
      1;
    const source = this.source.data;
    const lines = this.lines.data;
    const dates = this.dates.data;
    const amounts = this.amounts.data;
    const names = this.names.data;
    const areas = this.areas.data;
    const types = this.types.data;
    const descriptions = this.descriptions.data;
    const refs = this.refs.data;
    const refEnds = this.refEnds.data;
    const duplicate = this.duplicate;
    const hasDuplicates = duplicate.size > 0;
    let refStart = 0;
    for (let row = 0; row < this.size; row++) {
      const s = source[row] as number;
      const line = lines[row] as number;
      const refEnd = refEnds[row] as number;
      const buf = out.reserve(rowBound + refEnd - refStart);
      let pos = out.pos;
      pos = put(buf, pos, heads[s] as Uint8Array);
      pos = putInt(buf, pos, line);
      pos = put(buf, pos, dateCells[dates[row] as number] as Uint8Array);
      pos = putAmount(buf, pos, amounts[row] as number);
      pos = put(buf, pos, suppliers[names[row] as number] as Uint8Array);
      pos = put(buf, pos, areaCells[areas[row] as number] as Uint8Array);
      pos = put(buf, pos, typeCells[types[row] as number] as Uint8Array);
      pos = put(buf, pos, descriptionCells[descriptions[row] as number] as Uint8Array);
      for (let i = refStart; i < refEnd; i++) buf[pos++] = refs[i] as number;
      refStart = refEnd;
      pos = put(
        buf,
        pos,
        (tails[s] as Uint8Array[])[hasDuplicates && duplicate.has(row) ? 1 : 0] as Uint8Array,
      );
      pos = putInt(buf, pos, line);
      buf[pos++] = 10;
      out.pos = pos;
    }
    return out.finish();
  }
}
