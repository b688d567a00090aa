// Exact totals of integer micros for many groups at once: a float64 per group while it is exact,
// spilling into a bigint for the rare group that grows past 2^52 micros (about £4.5bn).
const SPILL = 2 ** 52;

export class GroupSums {
  private readonly small: Float64Array;
  private readonly big = new Map<number, bigint>();

  constructor(groups: number) {
    this.small = new Float64Array(groups);
  }

  add(group: number, micros: number): void {
    const next = this.small[group] + micros;
    if (next >= SPILL || next <= -SPILL) {
      this.big.set(group, (this.big.get(group) ?? 0n) + BigInt(this.small[group]) + BigInt(micros));
      this.small[group] = 0;
    } else {
      this.small[group] = next;
    }
  }

  value(group: number): bigint {
    const big = this.big.get(group);
    return big === undefined ? BigInt(this.small[group]) : big + BigInt(this.small[group]);
  }

  /** True when the group's total is more than `micros` (compared exactly). */
  above(group: number, micros: number): boolean {
    return this.big.has(group) ? this.value(group) > BigInt(micros) : this.small[group] > micros;
  }
}

/** Exact totals by integer key, for a few keys at a time (cleared and reused). */
export class KeyedSums {
  private readonly small = new Map<number, number>();
  private readonly big = new Map<number, bigint>();

  clear(): void {
    this.small.clear();
    this.big.clear();
  }

  add(key: number, micros: number): void {
    const before = this.small.get(key) ?? 0;
    const next = before + micros;
    if (next >= SPILL || next <= -SPILL) {
      this.big.set(key, (this.big.get(key) ?? 0n) + BigInt(before) + BigInt(micros));
      this.small.set(key, 0);
    } else {
      this.small.set(key, next);
    }
  }

  keys(): IterableIterator<number> {
    return this.small.keys();
  }

  value(key: number): bigint {
    return (this.big.get(key) ?? 0n) + BigInt(this.small.get(key) ?? 0);
  }
}
