import { describe, expect, it } from "vitest";
import { RecordHash, RecordIndex } from "../../../../src/lib/ingest/rows/record-key.ts";

const hashOf = (cells: string[]) => {
  const h = new RecordHash().of(cells);
  return `${h.h1}/${h.h2}`;
};

describe("RecordHash", () => {
  it("ignores surrounding spaces in cells and trailing empty cells", () => {
    expect(hashOf(["  01/04/2024", "ACME LTD\u00a0", "12.50 ", "", "  "])).toBe(
      hashOf(["01/04/2024", "ACME LTD", "12.50"]),
    );
  });

  it("tells apart records whose cells only differ in where they split", () => {
    expect(hashOf(["ab", "c"])).not.toBe(hashOf(["a", "bc"]));
    expect(hashOf(["a", "", "b"])).not.toBe(hashOf(["a", "b"]));
  });

  it("keeps inner spaces and case", () => {
    expect(hashOf(["ACME  LTD"])).not.toBe(hashOf(["ACME LTD"]));
    expect(hashOf(["Acme"])).not.toBe(hashOf(["ACME"]));
  });
});

describe("RecordHash of a record's values", () => {
  const valuesHash = (amount: number, texts: string[]) => {
    const h = new RecordHash().ofValues(amount, texts);
    return `${h.h1}/${h.h2}`;
  };

  it("depends on the amount to the micro, negative amounts included", () => {
    expect(valuesHash(1_185_100_000, ["2013-08-07", "Acme"])).toBe(
      valuesHash(1_185_100_000, ["2013-08-07", "Acme"]),
    );
    expect(valuesHash(1_185_100_000, ["2013-08-07", "Acme"])).not.toBe(
      valuesHash(1_185_110_000, ["2013-08-07", "Acme"]),
    );
    expect(valuesHash(-45_350_000, ["x"])).not.toBe(valuesHash(45_350_000, ["x"]));
    expect(valuesHash(2 ** 40, ["x"])).not.toBe(valuesHash(2 ** 40 + 2 ** 32, ["x"]));
  });

  it("tells apart values that only differ in which field holds them", () => {
    expect(valuesHash(1, ["ab", "c"])).not.toBe(valuesHash(1, ["a", "bc"]));
    expect(valuesHash(1, ["R1", ""])).not.toBe(valuesHash(1, ["", "R1"]));
  });

  it("depends on each numbered value and its place, as the texts do", () => {
    const withIds = (ids: number[], texts = ["Acme"]) => {
      const h = new RecordHash().ofValues(1_000_000, texts, ids);
      return `${h.h1}/${h.h2}`;
    };
    expect(withIds([3, 0, 7, 2])).toBe(withIds([3, 0, 7, 2]));
    expect(withIds([3, 0, 7, 2])).not.toBe(withIds([3, 0, 7, 1]));
    expect(withIds([3, 0, 7, 2])).not.toBe(withIds([0, 3, 7, 2]));
    expect(withIds([3, 0, 7, 2])).not.toBe(withIds([3, 0, 7, 2], ["Acme Ltd"]));
    expect(withIds([3, 0, 7, 2])).not.toBe(valuesHash(1_000_000, ["Acme"]));
  });
});

describe("RecordIndex", () => {
  it("returns the first row stored for a record, through many resizes", () => {
    const index = new RecordIndex();
    const hash = new RecordHash();
    for (let row = 0; row < 50_000; row++) index.add(hash.of([`r${row}`, "x"]), row);
    index.add(hash.of(["r7", "x"]), 99_999);
    expect(index.size).toBe(50_000);
    expect(index.get(hash.of(["r7", "x"]))).toBe(7);
    expect(index.get(hash.of(["r49999", "x"]))).toBe(49_999);
    expect(index.get(hash.of(["r50000", "x"]))).toBe(-1);
  });

  it("stores each record under its own hash whatever was looked up last, as the ingest looks up then adds", () => {
    const index = new RecordIndex();
    const a = new RecordHash().of(["a"]);
    const b = new RecordHash().of(["b"]);
    expect(index.get(a)).toBe(-1);
    index.add(b, 1);
    index.add(a, 2);
    expect(index.get(b)).toBe(1);
    index.add(b, 3);
    expect(index.get(a)).toBe(2);
    expect(index.get(b)).toBe(1);
    expect(index.size).toBe(2);
    const hash = new RecordHash();
    for (let row = 0; row < 5_000; row++) {
      expect(index.get(hash.of([`r${row}`]))).toBe(-1);
      index.add(hash, 10 + row);
    }
    expect(index.get(hash.of(["r4321"]))).toBe(4331);
    expect(index.size).toBe(5_002);
  });
});

describe("RecordHash over similar records", () => {
  it("gives distinct hashes to a hundred thousand records that differ in one character or one split", () => {
    const seen = new Set<string>();
    for (let n = 0; n < 25_000; n++) {
      const ref = String(n).padStart(6, "0");
      for (const cells of [
        ["01/04/2024", `ACME ${ref}`, "12.50"],
        ["01/04/2024", `ACME ${ref}`, "12.5"],
        ["01/04/2024", "ACME", `${ref}`, "12.50"],
        ["01/04/2024", `ACME ${ref}`, "", "12.50"],
      ]) {
        seen.add(hashOf(cells));
      }
    }
    expect(seen.size).toBe(100_000);
  });

  it("tells apart cells of odd and even length and non-ASCII text", () => {
    expect(hashOf(["abc"])).not.toBe(hashOf(["ab"]));
    expect(hashOf(["ab\u0000"])).not.toBe(hashOf(["ab"]));
    expect(hashOf(["£12.50", "Café"])).not.toBe(hashOf(["£12.50", "Cafe"]));
    expect(hashOf(["£12.50", "Café"])).toBe(hashOf([" £12.50 ", "Café\u00a0"]));
  });
});
