// Columns held in memory: growable typed arrays, and string tables (one that remembers its last
// lookup, for the ingest; one that keeps its own copies, for what is read back from a CSV).

/** A table of distinct strings, each referenced by its index; remembers the last lookup. */
export class TextIds {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  private last = "";
  private lastId = -1;

  id(value: string): number {
    if (value === this.last && this.lastId !== -1) return this.lastId;
    let id = this.ids.get(value);
    if (id === undefined) {
      const own = ownCopy(value);
      id = this.values.push(own) - 1;
      this.ids.set(own, id);
    }
    this.last = value;
    this.lastId = id;
    return id;
  }
}

/**
 * A copy of a string that does not hold on to the text it was cut from. A CSV cell is a slice of the
 * parser's whole chunk (64 kB): kept as it is, one cell would keep the chunk alive.
 */
export const ownCopy = (value: string): string => (value.length < 13 ? value : ` ${value}`.slice(1));

/** Distinct strings numbered in order of first sight (each kept as its own copy). */
export class Strings {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      const own = ownCopy(value);
      id = this.values.push(own) - 1;
      this.ids.set(own, id);
    }
    return id;
  }

  get(id: number): string {
    return this.values[id] as string;
  }

  /** The id of a value already in the table. */
  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }
}

/**
 * A lookup of strings' ids that first compares with the value it was last given: consecutive rows
 * mostly share council, file, date, year and department, so most calls do no hashing at all.
 */
export function lastValueIds(strings: Strings): (value: string) => number {
  let text: string | null = null;
  let id = 0;
  return (value: string): number => {
    if (value !== text) {
      text = value;
      id = strings.id(value);
    }
    return id;
  };
}

/** Growable int column. */
export class IntColumn {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed, as an array of their own. */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class FloatColumn {
  data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed, as an array of their own. */
  done(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
