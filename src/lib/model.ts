// Canonical types shared by the ingest (writer) and the dataset module (reader); the published
// tables' fields and record types are declared in tables/ (one declaration per table).
// Money is held as integer millionths of a pound ("micros"): exact for every value councils
// publish (sub-penny values such as 841.4375 included); sums use bigint (see money.ts).

/** Integer number of millionths of a pound (1 pound = 1_000_000). Always an integer. */
export type Micros = number;

/** The canonical payment fields a published column can map to. */
export const SPEND_FIELDS = [
  "date",
  "amount",
  "supplier",
  "supplier_ref",
  "company_number",
  "transaction_ref",
  "invoice_ref",
  "expense_area",
  "expense_type",
  "expense_code",
  "description",
  "body_name",
  "body",
  "vat_number",
  "capital_revenue",
  "merchant_category",
] as const;

/** The canonical contract-register fields a published column can map to: contracts.csv's mapped columns. */
export { CONTRACT_FIELDS } from "./tables/contracts.ts";

export type FileKind = "spend" | "contracts";

export interface RowReject {
  line: number;
  reason: string;
}

export interface FileQuality {
  council: string;
  kind: FileKind;
  file: string;
  sha256: string;
  bytes: number;
  encoding: string;
  header_line: number | null;
  columns: Record<string, string>;
  rows: number;
  accepted: number;
  rejected: number;
  /** Exact decimal string of the accepted amounts (spend) or total values (contracts). */
  amount_total: string;
  first_date: string | null;
  last_date: string | null;
  /** Why the whole file was not used (unreadable, no recognisable columns, replaced). */
  file_reason: string | null;
  replaced_by: string | null;
  possible_duplicates: number;
  warnings: string[];
  rejects: RowReject[];
  /** Amounts published as a binary double's printing (631.1899999999999), read as the decimal each stands for; absent when none. */
  double_amounts?: { count: number; lines: number[]; example: string };
  /** Dates published as a month with no day (Sep 2014), each counted in its month, day unknown; absent when none. */
  month_only_dates?: { count: number; lines: number[]; example: string };
  /** The reader, when not CSV: "workbook", or "zip" for a member of an archive. */
  format?: string;
  /** For a member of an archive (`spend/a.zip!/inner.csv`): the archive as published. */
  archive?: { file: string; sha256: string; bytes: number };
  /** A workbook's sheets: the lines of the file each sheet's rows are, and its header's line (null: not read). */
  sheets?: { name: string; first_line: number; last_line: number; header_line: number | null }[];
  /** Spend files: the published amounts of the records set aside, per reason (as reasonCategory groups them); absent when none had one. */
  set_aside_amounts?: Record<string, string>;
  /** A file with no header row (its first row is data), read with the columns of this file of the council (same number of columns). */
  layout_from?: string;
  /** Published columns no field reads (absent when every column is read). */
  unused_columns?: string[];
  /**
   * Spend files: how the file was read, for tools that read the same bytes again (bench:ingest's
   * DuckDB comparison). Kept in memory and in --read-settings; not written to quality.json.
   */
  read_settings?: ReadSettings;
}

/** How a payment file was read: enough to read its records and amounts again without guessing. */
export interface ReadSettings {
  /** The reader ("csv", "workbook", "zip"…). */
  format: string;
  /** The delimiter of delimited text, or null for other formats. */
  delimiter: string | null;
  /** The physical line of the first record after the header, or null when none was read. */
  data_line: number | null;
  /** The 0-based column of the amount, or null when the file has none. */
  amount_column: number | null;
}
