// flags.csv: one line per flag (one question), so a spreadsheet can sort and filter the questions by
// indicator, council, supplier, year or amount; the payment rows behind each flag are listed on its
// line (payment ids, and published file:line), to be found in payments.csv and the original files,
// as many as a spreadsheet cell holds (CELL_LIMIT); flag_payments.csv (payments-csv.ts) has them all.
import { join } from "node:path";
import { formatDecimal } from "../../money.ts";
import { col, type OutputColumn } from "../../tables/columns-out.ts";
import { csvLine, plain } from "../../tables/csv-write.ts";
import { LineFile } from "../../tables/line-file.ts";
import type { FlagContext } from "../engine/context.ts";
import { type Flag, supplierName } from "../engine/flag.ts";

export const FLAG_COLUMNS: OutputColumn[] = [
  col(
    "flag_id",
    "string",
    "Stable identifier of the flag (indicator.council.subject.key): the same input gives the same ids.",
  ),
  col(
    "indicator",
    "string",
    "The indicator that raised it; definitions, thresholds and counts are in flags.json.",
  ),
  col("council", "string", "The council the question is for (its folder slug)."),
  col("councils", "string", "Every council whose payments are behind the flag, separated by spaces."),
  col(
    "supplier_id",
    "string",
    "The supplier the flag is about (as in payments.csv); empty for a department flag.",
  ),
  col("supplier", "string", "The supplier's name as published on the flag's first payment."),
  col(
    "contract_id",
    "string",
    "The contract the flag is about (contracts.csv id), for spend beyond a contract.",
  ),
  col("department", "string", "The published department, for a year-end spike."),
  col("category", "string", "The comparable service category, for a supplier's concentration."),
  col("financial_year", "string", "The flag's financial year (its own, or that of its latest payment)."),
  col(
    "amount",
    "number",
    "The flag's figure in pounds, exact: the year's spend, the repeated payments, March's spend…",
  ),
  col("threshold", "string", "The threshold passed, with the values used."),
  col("rows", "integer", "Number of payments behind the flag."),
  col("first_date", "date", "Date of the earliest payment behind the flag."),
  col("last_date", "date", "Date of the latest payment behind the flag."),
  col("question", "string", "The question the flag raises, in plain words."),
  col(
    "payment_ids",
    "string",
    "The payments behind the flag (payments.csv ids), by date, separated by spaces; when they would not fit in a spreadsheet cell (32,767 characters), the first ones only, as notes says (flag_payments.csv lists them all).",
  ),
  col(
    "sources",
    "string",
    'Published file and line of each of those payments ("spend/2023-05.csv:234"), same order, separated by " | ".',
  ),
  col(
    "notes",
    "string",
    'Payments that need a word ("id: credit note"), separated by "; ", as many as fit in a spreadsheet cell (flag_payments.csv has each payment\'s note), and whether payment_ids and sources list only the first of the payments.',
  ),
];

/** The most characters a spreadsheet cell holds (Excel, LibreOffice Calc). */
export const CELL_LIMIT = 32_767;

/** The payment ids and sources cells: every payment while both fit in CELL_LIMIT, else the first ones. */
function paymentCells(ctx: FlagContext, flag: Flag): { ids: string; sources: string; listed: number } {
  const p = ctx.payments;
  // Parts joined once at the end (a long chain of += would be flattened later, at a cost).
  const ids: string[] = [];
  const sources: string[] = [];
  let idsLength = -1;
  let sourcesLength = -3;
  let listed = 0;
  for (; listed < flag.rows.length; listed++) {
    const row = flag.rows[listed] as number;
    const id = p.ids.get(row);
    const source = `${p.text.get(p.file[row] as number)}:${p.line[row]}`;
    // With its separator (" ", " | ") after the first; one character to spare: the formula guard may
    // put a quote in front.
    if (idsLength + 1 + id.length >= CELL_LIMIT || sourcesLength + 3 + source.length >= CELL_LIMIT) break;
    ids.push(id);
    sources.push(source);
    idsLength += 1 + id.length;
    sourcesLength += 3 + source.length;
  }
  return { ids: ids.join(" "), sources: sources.join(" | "), listed };
}

/**
 * The notes cell: the payments' notes while they fit in CELL_LIMIT with the closing remarks, then how
 * many more there are; then `closing` (said when payment_ids and sources are cut short).
 */
export function notesCell(ctx: FlagContext, flag: Flag, closing: string): string {
  const notes = [...(flag.notes ?? [])];
  const parts: string[] = [];
  // Room for the count of the notes left out ("; 1,234,567 more …": under 100 characters) and the
  // closing remark, and one character for the formula guard.
  const room = CELL_LIMIT - 1 - 100 - (closing === "" ? 0 : closing.length + 2);
  let length = 0;
  for (const [row, note] of notes) {
    const part = `${ctx.payments.ids.get(row)}: ${note}`;
    const added = (parts.length === 0 ? 0 : 2) + part.length;
    if (length + added > room) break;
    parts.push(part);
    length += added;
  }
  const left = notes.length - parts.length;
  if (left > 0)
    parts.push(
      `${left.toLocaleString("en-GB")} more payment${left === 1 ? "" : "s"} with a note (each in flag_payments.csv)`,
    );
  if (closing !== "") parts.push(closing);
  return parts.join("; ");
}

function flagLine(ctx: FlagContext, flag: Flag): string {
  const p = ctx.payments;
  const t = p.text;
  const first = flag.rows[0];
  const last = flag.rows[flag.rows.length - 1];
  // The councils of its payments, in partnership order (a mark per council, not a set of rows').
  const marked = new Uint8Array(ctx.councils.length + 1);
  for (const row of flag.rows) marked[(ctx.councilOf[row] as number) + 1] = 1;
  const councils: number[] = [];
  for (let c = 0; c < marked.length; c++) if (marked[c] === 1) councils.push(c - 1);
  const { ids, sources, listed } = paymentCells(ctx, flag);
  const closing =
    listed < flag.rows.length
      ? `payment_ids and sources list the first ${listed.toLocaleString("en-GB")} of ${flag.rows.length.toLocaleString("en-GB")} payments ` +
        "(a spreadsheet cell holds 32,767 characters); flag_payments.csv lists them all"
      : "";
  return csvLine([
    flag.id,
    flag.indicator,
    ctx.councils[flag.council]?.slug ?? "",
    councils.map((c) => ctx.councils[c]?.slug ?? "").join(" "),
    flag.supplierId,
    flag.supplierId !== "" && first !== undefined ? supplierName(ctx, first) : "",
    flag.contractId,
    flag.department,
    flag.category,
    flag.financialYear,
    plain(formatDecimal(flag.total)),
    flag.threshold,
    flag.rows.length,
    first === undefined ? "" : t.get(p.date[first]),
    last === undefined ? "" : t.get(p.date[last]),
    flag.question,
    ids,
    sources,
    notesCell(ctx, flag, closing),
  ]);
}

/** Writes outDir/flags.csv (text cells formula-guarded, amounts plain decimals). */
export function writeFlagsCsv(outDir: string, ctx: FlagContext, flags: readonly Flag[]): void {
  const out = new LineFile(join(outDir, "flags.csv"));
  out.write(FLAG_COLUMNS.map((c) => c.name).join(","));
  for (const flag of flags) out.write(flagLine(ctx, flag));
  out.close();
}
