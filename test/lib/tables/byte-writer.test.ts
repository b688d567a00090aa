// Digits and amounts written straight into bytes read exactly as String() and formatDecimal write them.
import { describe, expect, it } from "vitest";
import { formatDecimal } from "../../../src/lib/money.ts";
import { putAmount, putInt } from "../../../src/lib/tables/byte-writer.ts";

const buf = new Uint8Array(64);
const text = (end: number) => Buffer.from(buf.subarray(0, end)).toString("latin1");

const edges = (n: number) => [n - 1, n, n + 1];

describe("putInt", () => {
  it("writes every size of integer, up to and past 2^31 and the largest safe integer", () => {
    const values = [0, 1, 9, 10, 11, 99, 100, 101, 7_000, 65_535];
    for (let p = 10; p <= 1e15; p *= 10) values.push(...edges(p));
    values.push(...edges(2 ** 31), ...edges(2 ** 32), Number.MAX_SAFE_INTEGER);
    for (const value of values) expect(text(putInt(buf, 0, value))).toBe(String(value));
  });
});

describe("putAmount", () => {
  it("writes micros as formatDecimal does: two decimals at least, trailing zeros cut", () => {
    const values = [
      0, 1, 10, 100, 10_000, 999_999, 1_000_000, 1_000_001, 1_230_000, 1_234_567, -5, -1_000_000,
    ];
    for (let p = 1e6; p <= 1e15; p *= 10) values.push(...edges(p), ...edges(p).map((v) => -v));
    values.push(
      999_999_999_999_999,
      -999_999_999_999_999,
      2 ** 31 * 1_000_000 - 1,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
    );
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      const scale = 10 ** (i % 16);
      values.push(Math.floor((seed / 2 ** 32) * scale) * (i % 2 === 0 ? 1 : -1));
    }
    for (const value of values)
      expect(text(putAmount(buf, 0, value)), String(value)).toBe(formatDecimal(value));
  });

  it("writes an amount past the safe integers through a bigint", () => {
    expect(text(putAmount(buf, 0, 2 ** 60))).toBe(formatDecimal(BigInt(2 ** 60)));
  });
});
