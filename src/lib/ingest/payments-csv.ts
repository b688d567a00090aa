// payments.csv from the payment store: text repeated across rows (councils, files, departments,
// supplier names and ids) is escaped once; each row only formats its amount and reference.
import { join } from "node:path";
import type { FileQuality } from "../model.ts";
import { formatDecimal } from "../money.ts";
import { headerLine, PAYMENT_COLUMNS } from "./columns-out.ts";
import { textCell } from "./csv-write.ts";
import { LineFile } from "./line-file.ts";
import type { PaymentStore } from "./payment-store.ts";
import type { SupplierRegistry } from "./supplier-registry.ts";
import { financialYearOf } from "./values.ts";

/** A short stable prefix for payment ids from council and file. */
export function fileTag(council: string, file: string): string {
  let h = 0x811c9dc5;
  const text = `${council}/${file}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, "0");
}

/** Writes payments.csv; fills each file's possible_duplicates count. Returns the row count. */
export function writePaymentsCsv(
  outDir: string,
  store: PaymentStore,
  registry: SupplierRegistry,
  files: FileQuality[],
): number {
  const out = new LineFile(join(outDir, "payments.csv"));
  out.write(headerLine(PAYMENT_COLUMNS));
  const text = store.text.values.map(textCell);
  const years = store.text.values.map((value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? financialYearOf(value) : "",
  );
  const sources = store.sources.map((s) => ({
    tag: `${fileTag(s.council, s.file)}-`,
    council: textCell(s.council),
    file: textCell(s.file),
  }));
  // Per published name: supplier id, name, redacted, partner payment — already CSV text.
  const supplierCells = registry.entries.map((entry, id) => {
    const supplier = registry.supplierOf(id);
    if (!supplier) return "";
    return `${textCell(supplier.id)},${textCell(entry.name)},${entry.redacted},${supplier.partnerCouncil !== ""}`;
  });
  const duplicates = new Map<number, number>();
  for (let row = 0; row < store.size; row++) {
    const source = sources[store.source[row] as number] as { tag: string; council: string; file: string };
    const line = store.lines[row] as number;
    const date = store.dates[row] as number;
    const duplicate = store.isPossibleDuplicate(row);
    if (duplicate)
      duplicates.set(store.source[row] as number, (duplicates.get(store.source[row] as number) ?? 0) + 1);
    out.write(
      `${source.tag}${line},${source.council},${text[date]},${years[date]},${formatDecimal(store.amounts[row] as number)},` +
        `${supplierCells[store.names[row] as number]},${text[store.areas[row] as number]},${text[store.types[row] as number]},` +
        `${text[store.descriptions[row] as number]},${textCell(store.refs[row] as string)},${duplicate},${source.file},${line}`,
    );
  }
  out.close();
  const counts = new Map(store.sources.map((s, id) => [`${s.council}/${s.file}`, duplicates.get(id) ?? 0]));
  for (const quality of files)
    quality.possible_duplicates = counts.get(`${quality.council}/${quality.file}`) ?? 0;
  return store.size;
}
