// The ingest's unavoidable steps on their own, each stage adding one to the last (identity instead
// of characters: it shows what hashing costs beyond reading each character once), run on as many
// threads as the ingest uses: how much of the ingest/raw-parse ratio is spent before anything is
// stored, matched or written. bench:ingest times each stage in its own process (stages-main.ts).
import { readPublishedFile } from "../ingest/read/published-file.ts";
import { RecordHash, RecordIndex } from "../ingest/rows/record-key.ts";
import {
  emptySpendRow,
  readSpendRowInto,
  type SpendColumns,
  spendColumns,
} from "../ingest/rows/spend-row.ts";
import { rawParseFiles } from "./raw-parse.ts";

export const STAGES = ["parse", "read", "values", "characters", "identity"] as const;
export type Stage = (typeof STAGES)[number];

/** What each stage does, cumulatively, for bench:ingest's report. */
export const STAGE_LABELS: Record<Stage, string> = {
  parse: "papaparse only (the raw parse, files shared out)",
  read: "+ reading as the ingest does (sha256, encoding, lines, header)",
  values: "+ each record's date and amount",
  characters: "+ each character of each record read once (a sum, no hash)",
  identity: "values + each record's identity instead (overlap detection)",
};

export interface StageCounts {
  /** Records papaparse gave (parse) or non-blank records after the header (the other stages). */
  records: number;
  /** Records with a valid date and amount (values, characters and identity). */
  payments: number;
  /** Payments whose record was seen before on the same thread (identity). */
  repeated: number;
  /** The character sums of the payments' records, added up (characters), so the loop is not skipped. */
  characters: number;
}

/** The sum of every character code of the record: the least any hash of its text must do. */
export function characterSum(cells: string[]): number {
  let sum = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as string;
    for (let i = 0; i < cell.length; i++) sum = (sum + cell.charCodeAt(i)) | 0;
  }
  return sum;
}

/**
 * Shares files out between n threads, largest first, each to the thread with the fewest bytes so
 * far (the ingest hands out whole councils; this is at least as even).
 */
export function shareOut(files: { path: string; bytes: number }[], n: number): string[][] {
  const shares = Array.from({ length: Math.max(1, n) }, () => ({ paths: [] as string[], bytes: 0 }));
  const largestFirst = [...files].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  for (const file of largestFirst) {
    const least = shares.reduce((min, share) => (share.bytes < min.bytes ? share : min));
    least.paths.push(file.path);
    least.bytes += file.bytes;
  }
  return shares.map((share) => share.paths);
}

/** Runs one stage over the files, in order, on this thread. */
export async function runStage(stage: Stage, paths: string[]): Promise<StageCounts> {
  const counts: StageCounts = { records: 0, payments: 0, repeated: 0, characters: 0 };
  if (stage === "parse") {
    counts.records = await rawParseFiles(paths);
    return counts;
  }
  const index = new RecordIndex();
  const hash = new RecordHash();
  const row = emptySpendRow();
  for (const path of paths) {
    let columns: SpendColumns | null = null;
    await readPublishedFile({
      path,
      kind: "spend",
      onHeader: (mapping) => {
        columns = spendColumns(mapping);
      },
      onRecord: (cells) => {
        counts.records++;
        if (stage === "read" || !columns || readSpendRowInto(cells, columns, row) !== null) return;
        counts.payments++;
        if (stage === "values") return;
        if (stage === "characters") {
          counts.characters = (counts.characters + characterSum(cells)) | 0;
          return;
        }
        if (index.get(hash.of(cells)) === -1) index.add(hash, counts.payments);
        else counts.repeated++;
      },
    });
  }
  return counts;
}
