// Columns of accepted payments: growable typed arrays and a string table that remembers its last lookup.

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
      id = this.values.push(value) - 1;
      this.ids.set(value, id);
    }
    this.last = value;
    this.lastId = id;
    return id;
  }
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
}
