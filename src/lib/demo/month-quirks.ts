// The files of one council's month, with the quirks its real-world model has: body-only records
// (Harrowmere), a corrected re-issue (Kestwick), overlapping months, duplicates, CR-only line ends
// and trailing empty columns (Ashvale), one invoice paid twice (Brackenridge).

import type { DemoPayment } from "./payments.ts";
import type { FileOptions, SpendContext } from "./spend-files.ts";
import { two } from "./text.ts";

export type Entry =
  | { p: DemoPayment; tag?: string; detail?: string; extraComma?: boolean }
  | { raw: string; tag: string; detail: string };

export interface MonthFile {
  name: string;
  entries: Entry[];
  options?: FileOptions;
}

const plain = (payments: DemoPayment[]): Entry[] => payments.map((p) => ({ p }));

/** Harrowmere: months whose files carry records holding only the body name. */
const BODY_ONLY: Record<string, number> = { "2022-06": 5, "2024-01": 2, "2024-11": 1 };
/** Ashvale: months whose file repeats the first days of the next month. */
export const OVERLAP_MONTHS = ["2022-09", "2023-12", "2024-06"];
/** Ashvale: months whose file holds identical records twice (pairs). */
export const DUPLICATE_MONTHS: Record<string, number> = { "2022-11": 2, "2024-02": 1 };
export const CR_ONLY_MONTH = "2023-02";
export const EXTRA_COMMA_MONTH = "2023-05";
export const CORRECTED_MONTH = "2023-07";
/** Brackenridge: the month in which one payment is made again a week later under the same reference. */
export const PAID_TWICE_MONTH = "2024-03";

export function monthEntries(
  ctx: SpendContext,
  year: number,
  month: number,
  payments: DemoPayment[],
  next: DemoPayment[],
): MonthFile[] {
  const key = `${year}-${two(month)}`;
  const name = `${key}.csv`;
  switch (ctx.council.slug) {
    case "harrowmere":
      return [{ name, entries: withBodyOnly(ctx, payments, BODY_ONLY[key] ?? 0) }];
    case "kestwick":
      return key === CORRECTED_MONTH ? corrected(ctx, name, payments) : [{ name, entries: plain(payments) }];
    case "ashvale":
      return [ashvaleMonth(key, payments, next)];
    case "brackenridge":
      return [{ name, entries: key === PAID_TWICE_MONTH ? paidTwice(ctx, payments) : plain(payments) }];
    default:
      return [{ name, entries: plain(payments) }];
  }
}

function withBodyOnly(ctx: SpendContext, payments: DemoPayment[], count: number): Entry[] {
  const entries = plain(payments);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(((i + 1) * entries.length) / (count + 1));
    const raw = `18,${ctx.council.name},,,,,,,,,,,`;
    entries.splice(at, 0, {
      raw,
      tag: "body-only",
      detail: "record holding only the body (no date, amount or supplier)",
    });
  }
  return entries;
}

/** One invoice paid twice: an ordinary payment made again seven days later, same supplier, amount and reference. */
function paidTwice(ctx: SpendContext, payments: DemoPayment[]): Entry[] {
  const entries = plain(payments);
  const at = payments.findIndex(
    (p) => p.kind === "ordinary" && p.date.day <= 20 && p.micros >= 2_000_000_000,
  );
  const first = payments[at];
  if (!first) return entries;
  ctx.report.payments += 1;
  const again: DemoPayment = { ...first, date: { ...first.date, day: first.date.day + 7 } };
  const later = payments.findIndex((p) => p.date.day >= again.date.day);
  entries.splice(later === -1 ? entries.length : later, 0, {
    p: again,
    tag: "paid-twice",
    detail: `paid again seven days later under the same reference (${first.ref})`,
  });
  return entries;
}

/** The month as first published and its corrected re-issue: one amount restated, one payment added. */
function corrected(ctx: SpendContext, name: string, payments: DemoPayment[]): MonthFile[] {
  const ordinary = payments.filter((p) => p.kind === "ordinary");
  const restate = ordinary[Math.min(4, ordinary.length - 1)] as DemoPayment;
  const template = ordinary[Math.min(7, ordinary.length - 1)] as DemoPayment;
  const added: DemoPayment = {
    ...template,
    date: { ...template.date, day: 31 },
    micros: 5_000_000_000,
    ref: "",
  };
  ctx.nextRef(added);
  ctx.report.payments += 1;
  const reissued: Entry[] = payments.map((p) =>
    p === restate
      ? {
          p: { ...p, micros: p.micros + 123_450_000 },
          tag: "restated",
          detail: `amount restated (+123.45) for ${p.ref}`,
        }
      : { p },
  );
  reissued.push({ p: added, tag: "added", detail: `payment missing from the first issue (${added.ref})` });
  const original = payments.map(
    (p): Entry => (p === restate ? { p, tag: "replaced", detail: `first-issue amount of ${p.ref}` } : { p }),
  );
  return [
    { name, entries: original },
    { name: name.replace(".csv", "-corrected.csv"), entries: reissued },
  ];
}

const trailingColumns = (key: string) =>
  1 + (((Number(key.replace("-", "")) * 2_654_435_761) % 4_294_967_296) % 20);
const nextKey = (key: string) => {
  const [y, m] = key.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${two(m + 1)}`;
};

function ashvaleMonth(key: string, payments: DemoPayment[], next: DemoPayment[]): MonthFile {
  // 1–20 empty columns, fixed per month; an overlapping file takes the next month's, so the
  // repeated records are byte-identical lines in both files.
  const trailing = trailingColumns(OVERLAP_MONTHS.includes(key) ? nextKey(key) : key);
  const entries: Entry[] = plain(payments);
  if (OVERLAP_MONTHS.includes(key)) {
    const repeated = next.filter((p) => p.date.day <= 3);
    const detail = "record repeated from the next month's file";
    entries.push(...repeated.map((p) => ({ p, tag: "overlap", detail: `${detail} (${p.ref})` })));
  }
  const pairs = DUPLICATE_MONTHS[key] ?? 0;
  for (let i = 0; i < pairs; i++) {
    const at = Math.floor(((i + 1) * entries.length) / (pairs + 2));
    const original = entries[at] as { p: DemoPayment };
    entries.splice(at + 1, 0, {
      p: original.p,
      tag: "duplicate",
      detail: `identical to the line above (${original.p.ref})`,
    });
  }
  if (key === EXTRA_COMMA_MONTH) {
    for (const [i, e] of entries.entries()) if (i % 25 === 10 && "p" in e) e.extraComma = true;
  }
  const options: FileOptions = { trailing, ...(key === CR_ONLY_MONTH ? { newline: "\r" } : {}) };
  return { name: `${key}.csv`, entries, options };
}
