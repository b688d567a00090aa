// payments.parquet as the browser reads it: the footer once, then per row group only the columns a
// query needs (each column chunk one range request, cached). Amounts are exact: the DECIMAL column is
// read as its stored integers (never hyparquet's float conversion) and scaled to micros; dates are
// day numbers whether the file holds DATE or ISO text.
import type { AsyncBuffer, FileMetaData, SchemaElement } from "hyparquet";
import { parquetMetadataAsync, parquetRead } from "hyparquet";
import { hashParquetValue, readBloomFilter, sbbfContains } from "hyparquet/src/bloom.js";
import { decompressZstd } from "hyparquet-compressors";
import type { PaymentColumn } from "../tables/payments.ts";
import { dayOf } from "./filter.ts";
import type { GroupStats } from "./plan.ts";

const compressors = { ZSTD: (input: Uint8Array) => decompressZstd(input) };
/** Dates stay day numbers (the default makes Date objects). */
const parsers = { dateFromDays: (days: number) => days };

type Column = ArrayLike<unknown>;

/** The stored integer of a DECIMAL (INT32, INT64 or big-endian two's complement bytes) as micros. */
function decimalMicros(raw: unknown, scale: number): number | bigint {
  let unscaled: bigint;
  if (typeof raw === "bigint") unscaled = raw;
  else if (typeof raw === "number") unscaled = BigInt(raw);
  else if (raw instanceof Uint8Array) {
    unscaled = 0n;
    for (const byte of raw) unscaled = (unscaled << 8n) | BigInt(byte);
    if (raw.length > 0 && (raw[0] as number) >= 0x80) unscaled -= 1n << BigInt(raw.length * 8);
  } else throw new Error(`payments.parquet: an amount is not a decimal (${String(raw)})`);
  const micros = scale <= 6 ? unscaled * 10n ** BigInt(6 - scale) : unscaled / 10n ** BigInt(scale - 6);
  return micros >= BigInt(Number.MIN_SAFE_INTEGER) && micros <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(micros)
    : micros;
}

export class PaymentsParquet {
  private readonly cache = new Map<string, Promise<Column>>();
  private readonly blooms = new Map<number, Promise<Uint32Array | null>>();
  private readonly starts: number[] = [];
  private readonly amountScale: number;
  private readonly textDates: boolean;
  private readonly elements = new Map<string, SchemaElement>();

  private readonly file: AsyncBuffer;
  private readonly metadata: FileMetaData;

  private constructor(file: AsyncBuffer, metadata: FileMetaData) {
    this.file = file;
    this.metadata = metadata;
    let start = 0;
    for (const group of metadata.row_groups) {
      this.starts.push(start);
      start += Number(group.num_rows);
    }
    for (const element of metadata.schema) this.elements.set(element.name, element);
    const amount = this.elements.get("amount");
    if (!amount || (amount.converted_type !== "DECIMAL" && amount.logical_type?.type !== "DECIMAL"))
      throw new Error("payments.parquet: the amount column is not a DECIMAL");
    this.amountScale = amount.scale ?? 0;
    // Read the stored integers: hyparquet would divide them into floats.
    delete amount.converted_type;
    delete amount.logical_type;
    this.textDates = this.elements.get("date")?.type === "BYTE_ARRAY";
  }

  static async open(file: AsyncBuffer): Promise<PaymentsParquet> {
    return new PaymentsParquet(
      file,
      await parquetMetadataAsync(file, { parsers, initialFetchSize: 1 << 16 }),
    );
  }

  get rows(): number {
    return Number(this.metadata.num_rows);
  }

  get groupCount(): number {
    return this.metadata.row_groups.length;
  }

  groupRows(group: number): number {
    return Number(this.metadata.row_groups[group]?.num_rows ?? 0);
  }

  private chunk(group: number, column: string) {
    return this.metadata.row_groups[group]?.columns.find((c) => c.meta_data?.path_in_schema[0] === column);
  }

  /** Each row group's council and date bounds, from the footer's statistics. */
  groupStats(): GroupStats[] {
    return this.metadata.row_groups.map((_, i) => {
      const stats: GroupStats = { rows: this.groupRows(i) };
      const council = this.chunk(i, "council")?.meta_data?.statistics;
      const councilMin = council?.min_value ?? council?.min;
      const councilMax = council?.max_value ?? council?.max;
      if (typeof councilMin === "string" && typeof councilMax === "string")
        stats.council = { min: councilMin, max: councilMax };
      const date = this.chunk(i, "date")?.meta_data?.statistics;
      const dateMin = this.dayValue(date?.min_value ?? date?.min);
      const dateMax = this.dayValue(date?.max_value ?? date?.max);
      if (!Number.isNaN(dateMin) && !Number.isNaN(dateMax)) stats.date = { min: dateMin, max: dateMax };
      return stats;
    });
  }

  private dayValue(value: unknown): number {
    if (typeof value === "number") return value;
    if (typeof value === "string") return dayOf(value);
    return Number.NaN;
  }

  /** Whether a row group may pay any of these supplier ids (its bloom filter says no for certain). */
  async groupMayHold(group: number, supplierIds: ReadonlySet<string>): Promise<boolean> {
    let bloom = this.blooms.get(group);
    if (!bloom) {
      const meta = this.chunk(group, "supplier_id")?.meta_data;
      const offset = meta?.bloom_filter_offset;
      const length = meta?.bloom_filter_length;
      bloom =
        offset !== undefined && length
          ? Promise.resolve(this.file.slice(Number(offset), Number(offset) + length)).then(
              (bytes) => readBloomFilter({ view: new DataView(bytes), offset: 0 })?.blocks ?? null,
            )
          : Promise.resolve(null);
      this.blooms.set(group, bloom);
    }
    const blocks = await bloom;
    const element = this.elements.get("supplier_id");
    if (!blocks || !element) return true;
    for (const id of supplierIds) {
      const hash = hashParquetValue(id, element);
      if (hash === undefined || sbbfContains(blocks, hash)) return true;
    }
    return false;
  }

  /** Lets go of the columns of one row group read so far (a download reads each group once). */
  forget(group: number, names: readonly PaymentColumn[]): void {
    for (const name of names) this.cache.delete(`${group}:${name}`);
  }

  /** Whether this column of this row group has been read (or is being read). */
  holds(group: number, name: PaymentColumn): boolean {
    return this.cache.has(`${group}:${name}`);
  }

  /** Some columns of one row group, one value per row (amounts in micros, dates as day numbers). */
  async columns(group: number, names: readonly PaymentColumn[]): Promise<Record<string, Column>> {
    const missing = names.filter((name) => !this.cache.has(`${group}:${name}`));
    if (missing.length > 0) {
      const read = this.read(group, missing);
      for (const name of missing) {
        this.cache.set(
          `${group}:${name}`,
          read.then((columns) => columns[name] as Column),
        );
      }
      read.catch(() => {
        for (const name of missing) this.cache.delete(`${group}:${name}`);
      });
    }
    const entries = await Promise.all(
      names.map(async (name) => [name, (await this.cache.get(`${group}:${name}`)) as Column] as const),
    );
    return Object.fromEntries(entries);
  }

  private async read(group: number, names: readonly string[]): Promise<Record<string, Column>> {
    const groupStart = this.starts[group] as number;
    const rows = this.groupRows(group);
    const out: Record<string, unknown[]> = {};
    for (const name of names) out[name] = new Array(rows);
    await parquetRead({
      file: this.file,
      metadata: this.metadata,
      columns: [...names],
      rowStart: groupStart,
      rowEnd: groupStart + rows,
      compressors,
      parsers,
      onChunk: ({ columnName, columnData, rowStart }) => {
        const target = out[columnName];
        if (!target) return;
        for (let i = 0; i < columnData.length; i++) {
          const at = rowStart - groupStart + i;
          if (at >= 0 && at < rows) target[at] = columnData[i];
        }
      },
    });
    if (out.amount) out.amount = out.amount.map((raw) => decimalMicros(raw, this.amountScale));
    if (out.date && this.textDates) out.date = out.date.map((text) => dayOf(String(text)));
    return out;
  }
}
