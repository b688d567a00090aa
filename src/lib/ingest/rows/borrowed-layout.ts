// Files with no header row of their own (the first row is already a payment) are read with the header
// of the council's nearest file (in file order) that has as many columns and reads their first rows
// as payments: a sibling's layout is only borrowed when it fits.
import type { FileKind } from "../../model.ts";
import { ownCopy } from "../../tables/column-store.ts";
import { mapColumns } from "../map/columns.ts";
import { dataRowsWidth } from "../read/header.ts";
import { readSpendRow, spendColumns } from "./spend-row.ts";

/** Another file's header, for a file whose first row is data. */
export interface BorrowedLayout {
  file: string;
  cells: string[];
}

type Overrides = Partial<Record<string, string | string[]>> | undefined;

export class CouncilLayouts {
  /** File index -> its header cells. */
  private readonly headers = new Map<number, string[]>();
  /** File index -> the first rows of a file with no header row whose first row is data. */
  readonly headerless = new Map<number, string[][]>();
  private readonly kind: FileKind;
  private readonly overrides: Overrides;

  constructor(kind: FileKind, overrides: Overrides) {
    this.kind = kind;
    this.overrides = overrides;
  }

  /**
   * Notes what a file's read found: its header, or first rows that are data. Each cell is kept as a
   * copy of its own: a cell read from a file is a slice of the text it was parsed from (a megabyte),
   * which would otherwise stay in memory for as long as the council is read, for every file.
   */
  note(file: number, header: string[] | null, leadingRows: string[][]): void {
    if (header) this.headers.set(file, header.map(ownCopy));
    else if (dataRowsWidth(leadingRows) !== null) {
      this.headerless.set(
        file,
        leadingRows.map((row) => row.map(ownCopy)),
      );
    }
  }

  /** The width of the rows of a file with no header row. */
  widthOf(file: number): number {
    return dataRowsWidth(this.headerless.get(file) ?? []) ?? 0;
  }

  /** Whether this header reads most of the rows (and at least one) as payments. */
  private fits(cells: string[], rows: string[][]): boolean {
    const columns = spendColumns(
      mapColumns(cells, this.kind, this.overrides as Record<string, string | string[]> | undefined),
    );
    const filled = rows.filter((row) => row.some((c) => c.trim() !== ""));
    const read = filled.filter((row) => readSpendRow(row, columns).ok).length;
    return read > 0 && read * 2 > filled.length;
  }

  /** The header to read file i with: the nearest file's with as many columns that fits its first rows. */
  nearest(file: number, names: readonly string[]): BorrowedLayout | null {
    const rows = (this.headerless.get(file) ?? []).slice(0, 3);
    const width = this.widthOf(file);
    let best: number | null = null;
    for (const [j, cells] of this.headers) {
      if (cells.length !== width || (best !== null && Math.abs(j - file) >= Math.abs(best - file))) continue;
      if (this.fits(cells, rows)) best = j;
    }
    return best === null ? null : { file: names[best] as string, cells: this.headers.get(best) as string[] };
  }
}
