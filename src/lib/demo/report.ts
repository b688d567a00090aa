// What a generation run wrote: files, counts and the special rows a reviewer can check the
// ingest against (totals, impossible dates, redacted amounts, duplicates, overlaps).

export interface SpecialRow {
  council: string;
  /** Relative to the council folder, e.g. spend/2023-07.csv */
  file: string;
  /** 1-based physical line. */
  line: number;
  kind: string;
  detail: string;
}

export interface WrittenFile {
  council: string;
  file: string;
  bytes: number;
  /** Payment (or contract) records in the file. */
  records: number;
}

export interface DemoReport {
  /** Distinct payments generated (a row repeated in two files counts once). */
  payments: number;
  /** Payment rows written, repeats and re-issues included. */
  records: number;
  contracts: number;
  files: WrittenFile[];
  specials: SpecialRow[];
}

export const emptyReport = (): DemoReport => ({
  payments: 0,
  records: 0,
  contracts: 0,
  files: [],
  specials: [],
});
