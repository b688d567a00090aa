// The payments of one row group that match a filter, from the group's columns as read (only the
// columns a filter needs are read: a column left out is not checked).
import { rowMatches } from "../table/row-filter.ts";
import type { FilterBounds } from "./filter.ts";

/** Some of a row group's columns, one value per row: dates as day numbers, amounts as exact micros. */
export interface FilterColumns {
  council?: ArrayLike<string>;
  date?: ArrayLike<number>;
  amount?: ArrayLike<number>;
  supplier_id?: ArrayLike<string>;
  expense_area?: ArrayLike<string>;
  expense_type?: ArrayLike<string>;
}

export interface MatchRules {
  council: string;
  /** Supplier ids, null for any supplier. */
  supplierIds: ReadonlySet<string> | null;
  bounds: FilterBounds;
  department: string;
  type: string;
}

/** Which columns a filter needs to read (date always: results are sorted by it or listed with it). */
export function columnsFor(rules: MatchRules, sortByAmount: boolean): (keyof FilterColumns)[] {
  const columns: (keyof FilterColumns)[] = ["date"];
  if (rules.council !== "") columns.push("council");
  if (rules.supplierIds) columns.push("supplier_id");
  if (sortByAmount || rules.bounds.minMicros !== null || rules.bounds.maxMicros !== null)
    columns.push("amount");
  if (rules.department.trim() !== "") columns.push("expense_area");
  if (rules.type.trim() !== "") columns.push("expense_type");
  return columns;
}

/** Positions (within the group) of the rows matching every rule. */
export function matchingRows(columns: FilterColumns, rows: number, rules: MatchRules): number[] {
  const { bounds } = rules;
  const out: number[] = [];
  const department = rules.department.trim();
  const type = rules.type.trim();
  // Department and expense type repeat: each distinct text is matched once.
  const seen = new Map<string, boolean>();
  const words = (value: string, filter: string, key: string): boolean => {
    const cacheKey = `${key}\u0000${value}`;
    let hit = seen.get(cacheKey);
    if (hit === undefined) {
      hit = rowMatches(value, filter);
      seen.set(cacheKey, hit);
    }
    return hit;
  };
  for (let i = 0; i < rows; i++) {
    if (rules.council !== "" && columns.council && columns.council[i] !== rules.council) continue;
    if (rules.supplierIds && columns.supplier_id && !rules.supplierIds.has(columns.supplier_id[i] as string))
      continue;
    const day = columns.date?.[i];
    if (day !== undefined) {
      if (bounds.fromDay !== null && day < bounds.fromDay) continue;
      if (bounds.toDay !== null && day > bounds.toDay) continue;
    }
    const amount = columns.amount?.[i];
    if (amount !== undefined) {
      if (bounds.minMicros !== null && amount < bounds.minMicros) continue;
      if (bounds.maxMicros !== null && amount > bounds.maxMicros) continue;
    }
    if (
      department !== "" &&
      columns.expense_area &&
      !words(columns.expense_area[i] as string, department, "a")
    )
      continue;
    if (type !== "" && columns.expense_type && !words(columns.expense_type[i] as string, type, "t")) continue;
    out.push(i);
  }
  return out;
}
