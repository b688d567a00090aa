// The ingest's --read-settings file: per payment file, how it was read and what it counted, so that a
// tool reading the same bytes again (bench:ingest's DuckDB comparison) need not guess any of it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DataConfig } from "../../config/load.ts";
import type { FileQuality, ReadSettings } from "../../model.ts";

export interface FileReadSettings extends ReadSettings {
  council: string;
  /** The file as published, relative to its council's folder (`spend/2024-04.csv`). */
  file: string;
  /** Where it is on disk (a member of an archive keeps its `!/inner.csv`). */
  path: string;
  /** The text encoding the ingest read it with. */
  encoding: string;
  /** Why the whole file was not used, or null. */
  file_reason: string | null;
  /** Records after the header, and those accepted. */
  rows: number;
  accepted: number;
  /** The exact total of the accepted amounts, and the published amounts set aside, per reason. */
  amount_total: string;
  set_aside_amounts: Record<string, string>;
}

/** The read settings of the payment files of an ingest's results. */
export function readSettingsOf(config: DataConfig, files: readonly FileQuality[]): FileReadSettings[] {
  const dirs = new Map(config.councils.map((c) => [c.slug, c.dir]));
  return files
    .filter((f) => f.kind === "spend")
    .map((f) => ({
      council: f.council,
      file: f.file,
      path: join(dirs.get(f.council) ?? "", f.file),
      encoding: f.encoding,
      format: f.read_settings?.format ?? f.format ?? "csv",
      delimiter: f.read_settings?.delimiter ?? null,
      data_line: f.read_settings?.data_line ?? null,
      amount_column: f.read_settings?.amount_column ?? null,
      file_reason: f.file_reason,
      rows: f.rows,
      accepted: f.accepted,
      amount_total: f.amount_total,
      set_aside_amounts: f.set_aside_amounts ?? {},
    }));
}

export function writeReadSettings(path: string, config: DataConfig, files: readonly FileQuality[]): void {
  writeFileSync(path, `${JSON.stringify(readSettingsOf(config, files), null, 1)}\n`);
}
