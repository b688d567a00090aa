import { describe, expect, it } from "vitest";
import {
  councilSetAside,
  setAsideReport,
  totalRowCheck,
} from "../../../../src/lib/ingest/output/set-aside-report.ts";
import { emptyQuality } from "../../../../src/lib/ingest/rows/file-quality.ts";
import { TOTAL_ROW } from "../../../../src/lib/ingest/rows/spend-row.ts";
import type { FileQuality } from "../../../../src/lib/model.ts";
import { totalRowNote } from "../../../../src/lib/views/quality.ts";

/** A read payment file: its kept total and rows, the amounts it set aside per reason. */
function file(name: string, kept: string, setAside: Record<string, string>, rows = 10): FileQuality {
  const quality = emptyQuality("east-vale", "spend", name);
  const rejected = Object.keys(setAside).length;
  return {
    ...quality,
    rows,
    accepted: rows - rejected,
    rejected,
    amount_total: kept,
    set_aside_amounts: setAside,
    rejects: Object.keys(setAside).map((reason, i) => ({ line: 20 + i, reason }) as never),
  };
}

describe("total rows in the set-aside report", () => {
  it("checks each file's total rows against its other records, kept and set aside, to the penny", () => {
    const closing = file("spend/2025-01.csv", "1000.10", {
      [TOTAL_ROW]: "1200.11",
      "duplicate of a record in another file": "200.01",
    });
    expect(totalRowCheck(closing)).toEqual({
      file: "spend/2025-01.csv",
      stated: 1_200_110_000n,
      records: 1_200_110_000n,
    });
    // A file set aside whole, or with no total row, has nothing to check.
    expect(totalRowCheck(file("spend/2025-02.csv", "5.00", {}))).toBeNull();
    expect(totalRowCheck({ ...closing, file_reason: "replaced by x (a corrected re-issue)" })).toBeNull();
  });

  it("does not ask for a look at total rows that all add up, however many pounds they state", () => {
    const files = [
      file("spend/2025-01.csv", "1000.00", { [TOTAL_ROW]: "1000.00" }),
      file("spend/2025-02.csv", "250.50", { [TOTAL_ROW]: "250.50" }),
    ];
    const council = councilSetAside(files, "east-vale");
    const reason = council.reasons.find((r) => r.reason === TOTAL_ROW);
    expect(reason?.amountShare).toBeGreaterThan(0.4);
    expect(reason?.needsALook).toBe(false);
    expect(setAsideReport(files, ["east-vale"])).toContain(
      "total rows: in 2 of 2 files they add up to the file's other records, to the penny",
    );
  });

  it("asks for a look, naming the file, when a total row states more or less than its file holds", () => {
    const files = [
      file("spend/2025-01.csv", "1000.00", { [TOTAL_ROW]: "1000.00" }),
      file("spend/2025-02.csv", "250.50", { [TOTAL_ROW]: "250.49" }),
    ];
    const reason = councilSetAside(files, "east-vale").reasons.find((r) => r.reason === TOTAL_ROW);
    expect(reason?.needsALook).toBe(true);
    const report = setAsideReport(files, ["east-vale"]);
    expect(report).toContain("total rows: in 1 of 2 files they add up");
    expect(report).toContain(
      "total rows of spend/2025-02.csv state £250.49; its other records add up to £250.50",
    );
  });
});

describe("a file's total rows on the data-quality page", () => {
  it("says the total set aside is what the file's records add up to, or what they add up to instead", () => {
    const rejects = [{ line: 30, reason: TOTAL_ROW }] as never;
    const agrees = { ...file("spend/a.csv", "99.99", { [TOTAL_ROW]: "99.99" }), rejects };
    expect(totalRowNote(agrees)).toBe(
      "Its total row states £99.99, what its other records add up to, to the penny. ",
    );
    const differs = { ...file("spend/b.csv", "99.99", { [TOTAL_ROW]: "100.00" }), rejects };
    expect(totalRowNote(differs)).toBe("Its total row states £100.00; its other records add up to £99.99. ");
    expect(totalRowNote(file("spend/c.csv", "5.00", {}))).toBe("");
  });
});
