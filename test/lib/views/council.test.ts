import { describe, expect, it } from "vitest";
import { emptyQuality } from "../../../src/lib/ingest/rows/file-quality.ts";
import type { FileKind } from "../../../src/lib/model.ts";
import { councilHasRows, noPaymentsNote } from "../../../src/lib/views/council.ts";

const file = (kind: FileKind, name: string, rows: number) => ({
  ...emptyQuality("gamma", kind, name),
  rows,
  rejected: rows,
});

describe("a council page with no payments kept", () => {
  it("says when the council has no payment files yet (a contract register alone does not count)", () => {
    expect(noPaymentsNote("Gamma Council", [])).toBe(
      "Gamma Council has no payment files in this dataset yet.",
    );
    expect(noPaymentsNote("Gamma Council", [file("contracts", "contracts/register.csv", 4)])).toBe(
      "Gamma Council has no payment files in this dataset yet.",
    );
  });

  it("says when its files hold no records", () => {
    expect(noPaymentsNote("Gamma Council", [file("spend", "spend/empty.csv", 0)])).toBe(
      "Gamma Council's 1 payment file holds no payment records.",
    );
  });

  it("says every record was set aside, counting the records of its payment files only", () => {
    const files = [
      file("spend", "spend/a.csv", 2),
      file("spend", "spend/b.csv", 1234),
      file("contracts", "contracts/c.csv", 9),
    ];
    expect(noPaymentsNote("Gamma Council", files)).toBe(
      "No payments could be read from Gamma Council's 2 payment files: all 1,236 records were set aside, each with its reason.",
    );
    expect(noPaymentsNote("Gamma Council", [file("spend", "spend/a.csv", 1)])).toBe(
      "No payments could be read from Gamma Council's 1 payment file: its one record was set aside, with the reason.",
    );
  });
});

describe("which of a council's downloads have rows", () => {
  it("counts only records kept, kind by kind", () => {
    const kept = (kind: FileKind, council: string, accepted: number) => ({
      ...emptyQuality(council, kind, "f.csv"),
      accepted,
    });
    const files = [kept("spend", "gamma", 0), kept("contracts", "gamma", 3), kept("spend", "alpha", 5)];
    expect(councilHasRows("gamma", files)).toEqual({ payments: false, contracts: true });
    expect(councilHasRows("alpha", files)).toEqual({ payments: true, contracts: false });
    expect(councilHasRows("delta", files)).toEqual({ payments: false, contracts: false });
  });
});
