// Fenmouth's procurement-card listings: one per quarter, small payments, card suffixes masked into
// the merchant name (`Zurich Insurance Plc (****6799)`), in the council's DOS code page.
import { join } from "node:path";
import { merchant, monthAt } from "./payments.ts";
import { Sink } from "./sink.ts";
import type { SpendContext } from "./spend-files.ts";
import { daysInMonth, dmyDate, plainAmount, q } from "./text.ts";

const DEPARTMENTS = [
  "Corporate",
  "Leisure & Culture",
  "Housing",
  "Parks & Open Spaces",
  "Environmental Health",
];

/** Writes the p-card file of quarter `quarter` (0 = April–June 2022). */
export function writePcardFile(ctx: SpendContext, name: string, quarter: number): void {
  const { rng, publisher, report, council } = ctx;
  const file = `spend/${name}`;
  const sink = new Sink(join(ctx.dir, file), publisher.encoding, publisher.newline);
  sink.line(
    "Card Holder Department,Transaction Date,Merchant Name,Merchant Category,Amount £,Transaction Reference",
  );
  const rows = Array.from({ length: ctx.plan.pcardFileRows }, () => {
    const { year, month } = monthAt(quarter * 3 + rng.int(0, 2));
    const date = { year, month, day: rng.int(1, daysInMonth(year, month)) };
    const [merchantName, category] = merchant(rng);
    const micros = (rng.int(3, 480) * 100 + rng.int(0, 99)) * 10_000 * (rng.chance(0.04) ? -1 : 1);
    return { date, merchantName, category, micros, department: rng.pick(DEPARTMENTS) };
  });
  rows.sort((a, b) => a.date.month - b.date.month || a.date.day - b.date.day);
  for (const [i, r] of rows.entries()) {
    const amount = `${r.micros < 0 ? "-" : ""}${plainAmount(r.micros)}`;
    const ref = `PC${quarter + 1}-${String(i + 1).padStart(4, "0")}`;
    sink.line([q(r.department), dmyDate(r.date), q(r.merchantName), q(r.category), amount, ref].join(","));
  }
  report.files.push({ council: council.slug, file, bytes: sink.close(), records: rows.length });
  report.records += rows.length;
  report.payments += rows.length;
}
