// Exact totals of integer micros for many groups at once: a float64 per group while it is exact,
// spilling into a bigint for the rare group that grows past 2^52 micros (about £4.5bn).
const SPILL = 2 ** 52;

/** A GroupSums as plain data, to post between threads. */
export interface GroupSumsParts {
  small: Float64Array;
  big: [number, bigint][];
}

export class GroupSums {
  private small: Float64Array;
  private readonly big = new Map<number, bigint>();

  constructor(groups: number) {
    this.small = new Float64Array(groups);
  }

  /** The sums as plain data (GroupSums.fromParts gives them back). */
  parts(): GroupSumsParts {
    return { small: this.small, big: [...this.big] };
  }

  static fromParts(parts: GroupSumsParts): GroupSums {
    const sums = new GroupSums(0);
    sums.small = parts.small;
    for (const [group, value] of parts.big) sums.big.set(group, value);
    return sums;
  }

  /** Room for at least `groups` groups (new ones at zero). */
  ensure(groups: number): void {
    if (groups <= this.small.length) return;
    const grown = new Float64Array(Math.max(groups, this.small.length * 2));
    grown.set(this.small);
    this.small = grown;
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

  /** Adds another GroupSums' group (exactly, however large). */
  addSum(group: number, from: GroupSums, fromGroup: number): void {
    const plain = from.plain(fromGroup);
    if (Number.isNaN(plain)) {
      this.big.set(group, (this.big.get(group) ?? 0n) + from.value(fromGroup));
    } else if (plain !== 0) {
      this.add(group, plain);
    }
  }

  /** Back to zero. */
  reset(group: number): void {
    this.small[group] = 0;
    this.big.delete(group);
  }

  /** The group's total when the float64 alone holds it (exact), else NaN. */
  plain(group: number): number {
    return this.big.has(group) ? Number.NaN : (this.small[group] as number);
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
