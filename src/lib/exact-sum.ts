// Exact running total of integer micros: adds in a float64 while it is exact, spills into a bigint.
const SPILL = 2 ** 52;

export class ExactSum {
  private small = 0;
  private big = 0n;

  add(micros: number): void {
    const next = this.small + micros;
    if (next >= SPILL || next <= -SPILL) {
      this.big += BigInt(this.small) + BigInt(micros);
      this.small = 0;
    } else {
      this.small = next;
    }
  }

  value(): bigint {
    return this.big + BigInt(this.small);
  }
}
