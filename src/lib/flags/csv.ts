// flags.csv: one line per flag and payment row behind it, so a spreadsheet can filter by indicator,
// council, supplier or year and still see every payment with its file and line. Flag-level cells
// (indicator, contract, figure, threshold, question) repeat on each of the flag's lines.
import { join } from "node:path";
import type { OutputColumn } from "../ingest/columns-out.ts";
import { csvLine, plain } from "../ingest/csv-write.ts";
import { LineFile } from "../ingest/line-file.ts";
import { formatDecimal } from "../money.ts";
import type { FlagContext } from "./context.ts";
import type { Flag } from "./flag.ts";

const col = (name: string, type: OutputColumn["type"], description: string): OutputColumn => ({
  name,
  type,
  description,
});

export const FLAG_COLUMNS: OutputColumn[] = [
  col(
    "flag_id",
    "string",
    "Stable identifier of the flag: indicator.council.subject.key (one flag, several rows).",
  ),
  col(
    "indicator",
    "string",
    "The indicator that raised the flag (definitions and thresholds in flags.json).",
  ),
  col("council", "string", "The council that made this payment."),
  col("supplier_id", "string", "Supplier identifier of this payment (as in payments.csv)."),
  col("supplier", "string", "Supplier name as published on this payment."),
  col("department", "string", "Department / service area of this payment as published."),
  col(
    "contract_id",
    "string",
    "The contract the flag is about (contracts.csv id), for spend beyond a contract.",
  ),
  col("financial_year", "string", "Financial year of this payment."),
  col("date", "date", "Date of this payment."),
  col("amount", "number", "Amount of this payment in pounds, exactly as in payments.csv."),
  col("flag_total", "number", "The flag's figure in pounds, exact (e.g. the year's spend, the March spend)."),
  col("threshold", "string", "The threshold the flag passed, with the values used."),
  col("payment_id", "string", "The payment (payments.csv id)."),
  col("source_file", "string", "The published file of this payment, relative to the council's folder."),
  col("source_line", "integer", "Physical line of this payment in the published file."),
  col("row_note", "string", "What this row is in the flag, when it needs saying (e.g. credit note)."),
  col("question", "string", "The question the flag raises, in plain words."),
];

/** Writes outDir/flags.csv (text cells formula-guarded, amounts plain decimals); returns its lines. */
export function writeFlagsCsv(outDir: string, ctx: FlagContext, flags: readonly Flag[]): number {
  const p = ctx.payments;
  const t = p.text;
  const out = new LineFile(join(outDir, "flags.csv"));
  out.write(FLAG_COLUMNS.map((c) => c.name).join(","));
  let lines = 0;
  for (const flag of flags) {
    const total = plain(formatDecimal(flag.total));
    for (const { row, note } of flag.rows) {
      out.write(
        csvLine([
          flag.id,
          flag.indicator,
          t.get(p.council[row]),
          t.get(p.supplierId[row]),
          t.get(p.supplier[row]),
          t.get(p.area[row]),
          flag.contractId,
          t.get(p.year[row]),
          t.get(p.date[row]),
          plain(formatDecimal(p.amount[row])),
          total,
          flag.threshold,
          p.ids[row] as string,
          t.get(p.file[row]),
          p.line[row],
          note,
          flag.question,
        ]),
      );
      lines++;
    }
  }
  out.close();
  return lines;
}
