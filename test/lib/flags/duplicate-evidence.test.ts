// The evidence that links possible duplicates, on its own: references as compared, their series, swaps,
// and which payments of a run it links (and which it leaves alone).
import { describe, expect, it } from "vitest";
import {
  isTransposition,
  linkedPayments,
  normalisedRef,
  type RunPayment,
  refSeries,
  typicalGap,
} from "../../../src/lib/flags/indicators/duplicate-evidence.ts";

const pay = (ref: string, day: number, file = 1): RunPayment => ({ ref, day, file });
const kinds = (run: RunPayment[], share: (series: string) => number = () => 0) =>
  linkedPayments(run, 14, share).map((l) => [l.evidence, l.positions]);

describe("references as compared", () => {
  it("set aside case, spaces, punctuation and the leading zeros of numbers", () => {
    expect(normalisedRef(" inv-0042 ")).toBe("INV42");
    expect(normalisedRef("INV 42")).toBe("INV42");
    expect(normalisedRef("A0B007")).toBe("A0B7");
    expect(normalisedRef("000")).toBe("0");
    expect(normalisedRef("--")).toBe("");
  });

  it("have a series: the letters before the first digit", () => {
    expect(refSeries("CFADRES19020798")).toBe("CFADRES");
    expect(refSeries("p2p40337734")).toBe("P");
    expect(refSeries("22056699")).toBe("");
  });

  it("are one swap apart only for two neighbouring different characters", () => {
    expect(isTransposition("40123", "40213")).toBe(true);
    expect(isTransposition("40123", "40132")).toBe(true);
    expect(isTransposition("40123", "40321")).toBe(false);
    expect(isTransposition("40123", "40123")).toBe(false);
    expect(isTransposition("4012", "40123")).toBe(false);
  });

  it("give a run's typical gap, 0 for a run too short to be a schedule", () => {
    expect(typicalGap([pay("a", 0), pay("b", 7)])).toBe(0);
    expect(typicalGap([pay("a", 0), pay("b", 7), pay("c", 14), pay("d", 16)])).toBe(7);
  });
});

describe("linked payments", () => {
  it("link the same reference on another day or in another file, not two lines of one day's file", () => {
    expect(kinds([pay("INV-1", 0), pay("INV-1", 3)])).toEqual([["same-reference", [0, 1]]]);
    expect(kinds([pay("INV-1", 0, 1), pay("INV-1", 0, 2)])).toEqual([["same-reference", [0, 1]]]);
    expect(kinds([pay("INV-1", 0), pay("INV-1", 0)])).toEqual([]);
  });

  it("link padding anywhere in the run, a swap only within the window and off schedule", () => {
    expect(kinds([pay("INV-0042", 0), pay("inv 42", 20)])).toEqual([["padded-reference", [0, 1]]]);
    expect(kinds([pay("40123", 0), pay("40213", 4)])).toEqual([["transposed-reference", [0, 1]]]);
    expect(kinds([pay("40123", 0), pay("40213", 0)])).toEqual([]);
    expect(kinds([pay("40123", 0), pay("40213", 15)])).toEqual([]);
    // Weekly: 1002 and 1020 a week apart are on schedule; 1004 and 1040 two days apart are not.
    const weekly = [pay("1001", 0), pay("1002", 7), pay("1020", 14), pay("1004", 21), pay("1040", 23)];
    expect(kinds(weekly)).toEqual([["transposed-reference", [3, 4]]]);
  });

  it("link one day's payments through an unusual series, not a recurring amount or a usual series", () => {
    const rare = (series: string) => (series === "CHQ" ? 0.05 : 0.95);
    expect(kinds([pay("AP1", 3), pay("CHQ7", 3)], rare)).toEqual([["different-runs", [0, 1]]]);
    expect(kinds([pay("AP1", 3), pay("CHQ7", 3)], () => 0.5)).toEqual([]);
    expect(kinds([pay("AP0", 0), pay("AP1", 3), pay("CHQ7", 3)], rare)).toEqual([]);
    expect(kinds([pay("AP1", 3), pay("", 3)], rare)).toEqual([]);
  });

  it("make one group of a chain of links, with its strongest evidence", () => {
    const run = [pay("40123", 0), pay("40213", 2), pay("40213", 5), pay("X9", 6)];
    expect(linkedPayments(run, 14)).toEqual([
      { positions: [0, 1, 2], evidence: "same-reference", refs: ["40213", "40213"] },
    ]);
  });
});
