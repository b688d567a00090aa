// Writes one council's payment files: monthly or quarterly, each through a streaming sink, with the
// quirks of that council's publishing (see month-quirks.ts) and the special rows reported.
import { join } from "node:path";
import type { DemoCouncil } from "./catalogue.ts";
import { ashvaleRow, type Publisher } from "./formats.ts";
import { type Entry, monthEntries } from "./month-quirks.ts";
import { type CouncilPlan, type DemoPayment, MONTHS, monthAt, monthPayments } from "./payments.ts";
import { writePcardFile } from "./pcard.ts";
import type { Random } from "./random.ts";
import type { DemoReport } from "./report.ts";
import { Sink } from "./sink.ts";
import { type Day, daysInMonth, monthLabel, two } from "./text.ts";

export interface SpendContext {
  council: DemoCouncil;
  publisher: Publisher;
  plan: CouncilPlan;
  rng: Random;
  /** The council's folder. */
  dir: string;
  report: DemoReport;
  /** Gives the next payment its published reference. */
  nextRef(p: DemoPayment): void;
}

export interface FileOptions {
  newline?: string;
  /** Empty columns after the last (Ashvale). */
  trailing?: number;
}

export function refGiver(publisher: Publisher): (p: DemoPayment) => void {
  let n = 0;
  let inMonth = 0;
  let month = -1;
  return (p) => {
    if (p.ref) return;
    if (p.date.month !== month) [month, inMonth] = [p.date.month, 0];
    n += 1;
    inMonth += 1;
    p.ref = publisher.ref(n, inMonth, p);
  };
}

/** Writes one payment file from its entries; returns nothing, records into the report. */
export function writeSpendFile(
  ctx: SpendContext,
  name: string,
  from: Day,
  to: Day,
  entries: Entry[],
  opts: FileOptions = {},
) {
  const { council, publisher, report } = ctx;
  const file = `spend/${name}`;
  const sink = new Sink(join(ctx.dir, file), publisher.encoding, opts.newline ?? publisher.newline);
  const trailing = opts.trailing ?? 0;
  const label =
    from.month === to.month
      ? monthLabel(from.year, from.month)
      : `${monthLabel(from.year, from.month)} to ${monthLabel(to.year, to.month)}`;
  for (const line of publisher.preamble(label, from, to)) sink.line(line);
  for (const line of publisher.header) sink.line(line + ",".repeat(trailing));
  let total = 0n;
  let records = 0;
  for (const entry of entries) {
    if ("raw" in entry) {
      const line = sink.line(entry.raw);
      report.specials.push({ council: council.slug, file, line, kind: entry.tag, detail: entry.detail });
      continue;
    }
    const p = entry.p;
    const text =
      council.slug === "ashvale"
        ? ashvaleRow(p, trailing + (entry.extraComma ? 1 : 0))
        : publisher.row(council, p);
    const line = sink.line(text);
    records += 1;
    if (!p.amountText) total += BigInt(p.micros);
    if (entry.tag)
      report.specials.push({
        council: council.slug,
        file,
        line,
        kind: entry.tag,
        detail: entry.detail ?? "",
      });
  }
  const footer = publisher.footer(total, from, to);
  for (const [i, line] of footer.entries()) {
    const at = sink.line(line);
    if (i === footer.length - 1)
      report.specials.push({
        council: council.slug,
        file,
        line: at,
        kind: "footer",
        detail: line.slice(0, 60),
      });
  }
  report.files.push({ council: council.slug, file, bytes: sink.close(), records });
  report.records += records;
}

const firstDay = (i: number): Day => ({ ...monthAt(i), day: 1 });
const lastDay = (i: number): Day => {
  const { year, month } = monthAt(i);
  return { year, month, day: daysInMonth(year, month) };
};

function generate(ctx: SpendContext, index: number): DemoPayment[] {
  const payments = monthPayments(ctx.plan, index, ctx.rng);
  for (const p of payments) ctx.nextRef(p);
  ctx.report.payments += payments.length;
  return payments;
}

/** All of one council's payment files, generated a month at a time. */
export function writeCouncilSpend(ctx: SpendContext): void {
  if (ctx.publisher.period === "quarter") {
    writeQuarters(ctx);
    return;
  }
  let current = generate(ctx, 0);
  for (let i = 0; i < MONTHS; i++) {
    const next = i + 1 < MONTHS ? generate(ctx, i + 1) : [];
    const { year, month } = monthAt(i);
    for (const file of monthEntries(ctx, year, month, current, next)) {
      writeSpendFile(ctx, file.name, firstDay(i), lastDay(i), file.entries, file.options);
    }
    current = next;
  }
}

/** Fenmouth: one Agresso dump per quarter (p-card rows mixed in) and a p-card listing per quarter. */
function writeQuarters(ctx: SpendContext): void {
  for (let q = 0; q < MONTHS / 3; q++) {
    const entries: Entry[] = [];
    for (let i = q * 3; i < q * 3 + 3; i++) {
      const payments = generate(ctx, i);
      const { year, month } = monthAt(i);
      if (year === 2023 && month === 7) entries.push(...pcardTypos(payments));
      else entries.push(...payments.map((p) => ({ p })));
    }
    const { year, month } = monthAt(q * 3);
    const start = month >= 4 ? year : year - 1;
    const fy = `${start}-${two((start + 1) % 100)}`;
    const name = `${fy}-q${(q % 4) + 1}`;
    writeSpendFile(ctx, `${name}.csv`, firstDay(q * 3), lastDay(q * 3 + 2), entries);
    writePcardFile(ctx, `pcard-${name}.csv`, q);
  }
}

/** The typos real p-card rows carry: an impossible date, VARIOUS as a date, a REDACTED amount. */
function pcardTypos(payments: DemoPayment[]): Entry[] {
  const cards = payments.filter((p) => p.kind === "pcard");
  const marks = new Map<DemoPayment, [string, string]>();
  const [a, b, c, d] = cards;
  if (a) marks.set(a, ["impossible-date", "date published as 15/0/72014"]);
  if (b) marks.set(b, ["various-date", "date published as VARIOUS"]);
  if (c) marks.set(c, ["various-date", "date published as VARIOUS"]);
  if (d) marks.set(d, ["redacted-amount", "amount published as REDACTED"]);
  if (a) a.dateText = "15/0/72014";
  if (b) b.dateText = "VARIOUS";
  if (c) c.dateText = "VARIOUS";
  if (d) d.amountText = "REDACTED";
  return payments.map((p) => {
    const mark = marks.get(p);
    return mark ? { p, tag: mark[0], detail: mark[1] } : { p };
  });
}
