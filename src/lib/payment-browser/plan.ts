// Which row groups of payments.parquet can hold a match, from each group's min/max statistics
// (the file is sorted by council then date, so a council and a date range select a few groups).
import type { FilterBounds } from "./filter.ts";

/** A row group's statistics for the columns the plan looks at (undefined when not written). */
export interface GroupStats {
  rows: number;
  council?: { min: string; max: string };
  /** Day numbers (days since 1970-01-01). */
  date?: { min: number; max: number };
}

/** Positions of the row groups that may hold a payment of `council` (or any) within the dates. */
export function groupsToRead(groups: readonly GroupStats[], council: string, bounds: FilterBounds): number[] {
  const kept: number[] = [];
  groups.forEach((group, i) => {
    if (group.rows === 0) return;
    if (council !== "" && group.council && (council < group.council.min || council > group.council.max))
      return;
    if (group.date) {
      if (bounds.fromDay !== null && group.date.max < bounds.fromDay) return;
      if (bounds.toDay !== null && group.date.min > bounds.toDay) return;
    }
    kept.push(i);
  });
  return kept;
}
