// Row numbers grouped by a key column (compressed sparse rows): the rows of key k are
// rows[start[k] .. start[k + 1]), in file order.

export interface RowGroups {
  start: Int32Array;
  rows: Int32Array;
}

/** Groups rows 0..keys.length-1 by their key, an integer in 0..keyCount-1. */
export function groupRows(keys: ArrayLike<number>, keyCount: number): RowGroups {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++)
    start[(keys[i] as number) + 1] = (start[(keys[i] as number) + 1] as number) + 1;
  for (let k = 0; k < keyCount; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, keyCount);
  const rows = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as number;
    rows[next[k] as number] = i;
    next[k] = (next[k] as number) + 1;
  }
  return { start, rows };
}

/** The rows of one key. */
export function rowsOf(groups: RowGroups, key: number): Int32Array {
  if (key < 0 || key + 1 >= groups.start.length) return new Int32Array(0);
  return groups.rows.subarray(groups.start[key] as number, groups.start[key + 1] as number);
}
