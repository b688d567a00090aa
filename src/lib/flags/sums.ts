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

  /** Back to zero. */
  reset(group: number): void {
    this.small[group] = 0;
    this.big.delete(group);
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

/** Exact totals for the few keys one group touches out of many: cleared in the time of those keys. */
export class TouchedSums {
  private readonly sums: GroupSums;
  private readonly seen: Uint8Array;
  private touched: number[] = [];

  constructor(keys: number) {
    this.sums = new GroupSums(keys);
    this.seen = new Uint8Array(keys);
  }

  add(key: number, micros: number): void {
    if (this.seen[key] === 0) {
      this.seen[key] = 1;
      this.touched.push(key);
    }
    this.sums.add(key, micros);
  }

  /** The keys added to since the last clear, ascending. */
  keys(): number[] {
    return this.touched.sort((a, b) => a - b);
  }

  above(key: number, micros: number): boolean {
    return this.sums.above(key, micros);
  }

  value(key: number): bigint {
    return this.sums.value(key);
  }

  clear(): void {
    for (const key of this.touched) {
      this.sums.reset(key);
      this.seen[key] = 0;
    }
    this.touched = [];
  }
}
