// flag_payments.csv: every payment behind every flag, one line each (flag id, payment id, council,
// date, amount, published file and line, and the flag's word about it, such as "credit note"), in
// flags.csv's order and each flag's own. flags.csv lists
// the same payments on the flag's line while they fit a spreadsheet cell; this file always has them
// all, and joins to payments.csv by payment_id.
import { join } from "node:path";
import { col, type OutputColumn } from "../ingest/columns-out.ts";
import { textCell } from "../ingest/csv-write.ts";
import { LineFile } from "../ingest/line-file.ts";
import { formatDecimal } from "../money.ts";
import type { FlagContext } from "./context.ts";
import type { Flag } from "./flag.ts";

export const FLAG_PAYMENT_COLUMNS: OutputColumn[] = [
  col("flag_id", "string", "The flag (flags.csv flag_id)."),
  col("payment_id", "string", "A payment behind it (payments.csv id)."),
  col("council", "string", "The council that made the payment (its folder slug)."),
  col("date", "date", "The payment's date, as in payments.csv."),
  col("amount", "number", "The payment's amount in pounds, exact; negative for a credit."),
  col("source_file", "string", "The published file, relative to the council's folder."),
  col("source_line", "integer", "The physical line of the payment in that file."),
  col("note", "string", 'What the flag says of this payment, if anything ("credit note"); empty for most.'),
];

/** Writes outDir/flag_payments.csv; returns the number of lines after the header. */
export function writeFlagPaymentsCsv(outDir: string, ctx: FlagContext, flags: readonly Flag[]): number {
  const p = ctx.payments;
  // Councils, dates and files repeat on most lines: each text cell is escaped once, by its text id.
  const cells: (string | undefined)[] = [];
  const cell = (id: number): string => {
    let text = cells[id];
    if (text === undefined) {
      text = textCell(p.text.get(id));
      cells[id] = text;
    }
    return text;
  };
  const out = new LineFile(join(outDir, "flag_payments.csv"));
  out.write(FLAG_PAYMENT_COLUMNS.map((c) => c.name).join(","));
  let lines = 0;
  for (const flag of flags) {
    const head = `${textCell(flag.id)},`;
    const notes = flag.notes;
    for (const row of flag.rows) {
      const note = notes?.get(row);
      out.write(
        `${head}${textCell(p.ids.get(row))},${cell(p.council[row] as number)},${cell(p.date[row] as number)},` +
          `${formatDecimal(p.amount[row] as number)},${cell(p.file[row] as number)},${p.line[row]},` +
          (note === undefined ? "" : textCell(note)),
      );
    }
    lines += flag.rows.length;
  }
  out.close();
  return lines;
}
