// flags.csv: one line per flag (one question), so a spreadsheet can sort and filter the questions by
// indicator, council, supplier, year or amount; the payment rows behind each flag are listed on its
// line (payment ids, and published file:line), to be found in payments.csv and the original files,
// as many as a spreadsheet cell holds (CELL_LIMIT); flag_payments.csv (payments-csv.ts) has them all.
import { join } from "node:path";
import { formatDecimal } from "../../money.ts";
import { type CellsOf, csvLineOf, plain } from "../../tables/csv-write.ts";
import { FLAGS } from "../../tables/flags.ts";
import { LineFile } from "../../tables/line-file.ts";
import type { FlagContext } from "../engine/context.ts";
import { type Flag, supplierName } from "../engine/flag.ts";

/** The most characters a spreadsheet cell holds (Excel, LibreOffice Calc). */
export const CELL_LIMIT = 32_767;

const ID_SEPARATOR = FLAGS.column.payment_ids.list;
const SOURCE_SEPARATOR = FLAGS.column.sources.list;

/** The payment ids and sources cells: every payment while both fit in CELL_LIMIT, else the first ones. */
function paymentCells(ctx: FlagContext, flag: Flag): { ids: string; sources: string; listed: number } {
  const p = ctx.payments;
  // Parts joined once at the end (a long chain of += would be flattened later, at a cost).
  const ids: string[] = [];
  const sources: string[] = [];
  let idsLength = -ID_SEPARATOR.length;
  let sourcesLength = -SOURCE_SEPARATOR.length;
  let listed = 0;
  for (; listed < flag.rows.length; listed++) {
    const row = flag.rows[listed] as number;
    const id = p.ids.get(row);
    const source = `${p.text.get(p.file[row] as number)}:${p.line[row]}`;
    const idsNext = idsLength + ID_SEPARATOR.length + id.length;
    const sourcesNext = sourcesLength + SOURCE_SEPARATOR.length + source.length;
    // With its separator after the first; one character to spare: the formula guard may put a quote
    // in front.
    if (idsNext >= CELL_LIMIT || sourcesNext >= CELL_LIMIT) break;
    ids.push(id);
    sources.push(source);
    idsLength = idsNext;
    sourcesLength = sourcesNext;
  }
  return { ids: ids.join(ID_SEPARATOR), sources: sources.join(SOURCE_SEPARATOR), listed };
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

/** What a flag's line is written from: the flag, its context and what its cells share. */
interface FlagFacts {
  ctx: FlagContext;
  flag: Flag;
  first: number | undefined;
  last: number | undefined;
  payments: { ids: string; sources: string; listed: number };
}

/** The councils of a flag's payments, in partnership order (a mark per council, not a set of rows'). */
function councilsCell({ ctx, flag }: FlagFacts): string {
  const marked = new Uint8Array(ctx.councils.length + 1);
  for (const row of flag.rows) marked[(ctx.councilOf[row] as number) + 1] = 1;
  const slugs: string[] = [];
  for (let c = 0; c < marked.length; c++) if (marked[c] === 1) slugs.push(ctx.councils[c - 1]?.slug ?? "");
  return slugs.join(FLAGS.column.councils.list);
}

/** The closing remark of the notes when payment_ids and sources list only the first payments. */
function closingRemark({ flag, payments: { listed } }: FlagFacts): string {
  if (listed === flag.rows.length) return "";
  return (
    `payment_ids and sources list the first ${listed.toLocaleString("en-GB")} of ${flag.rows.length.toLocaleString("en-GB")} payments ` +
    "(a spreadsheet cell holds 32,767 characters); flag_payments.csv lists them all"
  );
}

const dateOf = ({ ctx }: FlagFacts, row: number | undefined): string =>
  row === undefined ? "" : ctx.payments.text.get(ctx.payments.date[row] as number);

const flagCells: CellsOf<typeof FLAGS, FlagFacts> = {
  flag_id: ({ flag }) => flag.id,
  indicator: ({ flag }) => flag.indicator,
  council: ({ ctx, flag }) => ctx.councils[flag.council]?.slug ?? "",
  councils: councilsCell,
  supplier_id: ({ flag }) => flag.supplierId,
  supplier: ({ ctx, flag, first }) =>
    flag.supplierId !== "" && first !== undefined ? supplierName(ctx, first) : "",
  contract_id: ({ flag }) => flag.contractId,
  department: ({ flag }) => flag.department,
  category: ({ flag }) => flag.category,
  financial_year: ({ flag }) => flag.financialYear,
  amount: ({ flag }) => plain(formatDecimal(flag.total)),
  score: ({ flag }) => flag.score,
  evidence: ({ flag }) => flag.evidence,
  threshold: ({ flag }) => flag.threshold,
  rows: ({ flag }) => flag.rows.length,
  first_date: (facts) => dateOf(facts, facts.first),
  last_date: (facts) => dateOf(facts, facts.last),
  question: ({ flag }) => flag.question,
  payment_ids: ({ payments }) => payments.ids,
  sources: ({ payments }) => payments.sources,
  notes: (facts) => notesCell(facts.ctx, facts.flag, closingRemark(facts)),
};
const flagLine = csvLineOf(FLAGS, flagCells);

/**
 * Writes outDir/flags.csv (text cells formula-guarded, amounts plain decimals); returns, by flag, 1
 * when its line lists only the first of its payments (flag_payments.csv must then list them all).
 */
export function writeFlagsCsv(outDir: string, ctx: FlagContext, flags: readonly Flag[]): Uint8Array {
  const out = new LineFile(join(outDir, FLAGS.file));
  const cut = new Uint8Array(flags.length);
  out.write(FLAGS.header);
  flags.forEach((flag, i) => {
    const first = flag.rows[0];
    const last = flag.rows[flag.rows.length - 1];
    const payments = paymentCells(ctx, flag);
    cut[i] = payments.listed < flag.rows.length ? 1 : 0;
    out.write(flagLine({ ctx, flag, first, last, payments }));
  });
  out.close();
  return cut;
}
