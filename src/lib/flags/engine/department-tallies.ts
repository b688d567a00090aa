// What the department indicators add up, in one pass over the rows. By council: the months published
// each year and the first dated day (year-end spikes, new suppliers). By department (council ×
// published expense area): net spend by year and month (year-end spikes, and category totals for
// concentration), recharges between partners left out, and the March rows. Only numeric columns are
// read, so that the pass can run on another thread (flags-thread.ts) beside the pair tallies.
import type { FlagContext } from "./context.ts";
import { PARTNER } from "./payments.ts";
import { NO_DAY } from "./row-pass.ts";
import { GroupSums, type GroupSumsParts } from "./sums.ts";

/** No dated row: after any day. */
export const NO_FIRST = 2_147_483_647;

/** What the pass reads: typed arrays and numbers only (shared with a thread, not copied). */
export interface DepartmentInput {
  councilOf: Int16Array | Int32Array;
  yearOf: Int16Array | Int32Array;
  day: Int32Array;
  month: Uint8Array;
  marks: Uint8Array;
  /** Text id of each row's published expense area. */
  area: Int32Array;
  amount: Float64Array;
  councils: number;
  years: number;
  /** Number of texts in the payments' string table (area ids are below it). */
  texts: number;
}

export interface DepartmentTallies {
  deptCouncil: number[];
  /** Text id of each department's published area. */
  deptArea: number[];
  /** 1 for a department whose published area is blank. */
  deptBlank: number[];
  /** Months published by council × year (bit m for month m, 1 to 12). */
  published: Uint16Array;
  /** Each council's first dated day (NO_FIRST when none). */
  councilFirst: Int32Array;
  /**
   * Net spend by department × year × month (slot (dept × years + year) × 13 + month, month 0 for a
   * row without a date), recharges between partners left out.
   */
  sums: GroupSums;
  /** The departments' March rows, in payments.csv order, and the department of each. */
  inMarch: Int32Array;
  inMarchDept: Int32Array;
}

/** The tallies as posted between threads: the sums as plain parts, no blank marks yet. */
export type DepartmentCounts = Omit<DepartmentTallies, "sums" | "deptBlank"> & { sums: GroupSumsParts };

export function departmentInput(ctx: FlagContext): DepartmentInput {
  return {
    councilOf: ctx.councilOf,
    yearOf: ctx.yearOf,
    day: ctx.day,
    month: ctx.month,
    marks: ctx.payments.marks,
    area: ctx.payments.area,
    amount: ctx.payments.amount,
    councils: ctx.councils.length,
    years: ctx.years.length,
    texts: ctx.payments.text.values.length,
  };
}

/** The department tallies of the rows (the blank marks need the text: see withBlankMarks). */
export function departmentCounts(input: DepartmentInput): DepartmentCounts {
  const { councils, years } = input;
  const n = input.councilOf.length;
  const counts = {
    deptCouncil: [] as number[],
    deptArea: [] as number[],
    published: new Uint16Array(Math.max(1, councils * years)),
    councilFirst: new Int32Array(councils).fill(NO_FIRST),
    sums: new GroupSums(Math.max(1, 16 * years * 13)),
    inMarch: new Int32Array(n),
    inMarchDept: new Int32Array(n),
  };
  const deptTable = new Int32Array(input.texts * Math.max(1, councils)).fill(-1);
  const march = departmentRows(input, counts, deptTable);
  return {
    ...counts,
    sums: counts.sums.parts(),
    inMarch: counts.inMarch.slice(0, march),
    inMarchDept: counts.inMarchDept.slice(0, march),
  };
}

/** The counts with each department's blank mark, read from the text of its area. */
export function withBlankMarks(
  counts: DepartmentCounts,
  areaText: (id: number) => string,
): DepartmentTallies {
  return {
    ...counts,
    sums: GroupSums.fromParts(counts.sums),
    deptBlank: counts.deptArea.map((area) => (areaText(area).trim() === "" ? 1 : 0)),
  };
}

type Counting = Omit<DepartmentTallies, "deptBlank">;

/** Adds up the rows; returns the number of March rows. */
function departmentRows(input: DepartmentInput, out: Counting, deptTable: Int32Array): number {
  const { councilOf, yearOf, day, month, marks, area, amount: amounts, councils, years } = input;
  const { published, councilFirst, sums, inMarch, inMarchDept } = out;
  let march = 0;
  for (let row = 0; row < councilOf.length; row++) {
    const council = councilOf[row] as number;
    if (council < 0) continue;
    // An undated row (NO_DAY) is later than any day here.
    const d = (day[row] as number) === NO_DAY ? NO_FIRST : (day[row] as number);
    councilFirst[council] = Math.min(councilFirst[council] as number, d);
    const year = yearOf[row] as number;
    if (year < 0) continue;
    const m = month[row] as number;
    published[council * years + year] = (published[council * years + year] as number) | ((1 << m) & ~1);
    if (((marks[row] as number) & PARTNER) !== 0) continue;
    const slot = (area[row] as number) * councils + council;
    let dept = deptTable[slot] as number;
    if (dept < 0) dept = newDepartment(out, deptTable, slot, area[row] as number, council, years);
    sums.add((dept * years + year) * 13 + m, amounts[row] as number);
    // Written for every row, kept (the count moves on) for March rows: no rare branch.
    inMarch[march] = row;
    inMarchDept[march] = dept;
    march += +(m === 3);
  }
  return march;
}

/** Numbers the department of a new area × council slot. */
function newDepartment(
  out: Counting,
  deptTable: Int32Array,
  slot: number,
  area: number,
  council: number,
  years: number,
): number {
  const dept = out.deptCouncil.length;
  deptTable[slot] = dept;
  out.deptCouncil.push(council);
  out.deptArea.push(area);
  out.sums.ensure((dept + 1) * Math.max(1, years) * 13);
  return dept;
}
