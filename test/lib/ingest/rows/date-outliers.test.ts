import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../../src/lib/config/load.ts";
import { farDatesWarning } from "../../../../src/lib/ingest/rows/date-outliers.ts";
import { runIngest } from "../../../../src/lib/ingest/run.ts";
import { dataDir } from "../../config/helpers.ts";

/** Date texts, each row's date id and line, for rows given as ISO dates. */
function rowsOf(dates: string[]) {
  const texts = [...new Set(dates)];
  return {
    texts,
    ids: Int32Array.from(dates, (d) => texts.indexOf(d)),
    lines: Int32Array.from(dates, (_, i) => i + 2),
  };
}

describe("payments dated far from the rest of their file", () => {
  it("are named with their lines, against the file's median date", () => {
    const { texts, ids, lines } = rowsOf([
      "2024-04-02",
      "2024-04-03",
      "2042-04-01",
      "2024-04-15",
      "2024-04-30",
      "2004-04-20",
    ]);
    expect(farDatesWarning(texts, ids, lines, 0, ids.length)).toBe(
      "2 payments dated more than a year from the file's median date (3 Apr 2024), perhaps mistyped: " +
        "line 4 (1 Apr 2042), line 7 (20 Apr 2004)",
    );
  });

  it("are none in a file spanning a year, or whose rows are few", () => {
    const year = rowsOf(["2023-04-01", "2023-10-01", "2024-03-31", "2024-03-31"]);
    expect(farDatesWarning(year.texts, year.ids, year.lines, 0, 4)).toBeNull();
    const two = rowsOf(["2024-04-01", "2042-04-01"]);
    expect(farDatesWarning(two.texts, two.ids, two.lines, 0, 2)).toBeNull();
  });

  it("look only at the file's own rows (from, to) of the council's columns", () => {
    const { texts, ids, lines } = rowsOf(["2010-01-01", "2024-04-02", "2024-04-03", "2024-04-04"]);
    expect(farDatesWarning(texts, ids, lines, 1, 4)).toBeNull();
    expect(farDatesWarning(texts, ids, lines, 0, 4)).toMatch(
      /^1 payment dated more than a year .*line 2 \(1 Jan 2010\)$/,
    );
  });
});

describe("the ingest", () => {
  it("keeps a payment with a mistyped year, warns about it in quality.json and leaves it out of the file's dates", async () => {
    const dir = dataDir(
      { name: "P", description: "d", councils: ["alpha"] },
      { alpha: { name: "Alpha District Council" } },
    );
    writeFileSync(
      join(dir, "councils", "alpha", "spend", "2024-04.csv"),
      [
        "Date,Supplier,Amount",
        "01/04/2024,Acme Ltd,600.00",
        "02/04/2024,Bolt Ltd,700.00",
        "01/04/2042,Cole Ltd,800.00",
        "03/04/2024,Dent Ltd,900.00",
      ].join("\n"),
    );
    const result = await runIngest(
      loadDataConfig(dir),
      mkdtempSync(join(tmpdir(), "ledger-far-")),
      undefined,
      {
        workers: 0,
      },
    );
    const file = result.files.find((f) => f.file === "spend/2024-04.csv");
    expect(file?.accepted).toBe(4);
    expect(file?.warnings).toContain(
      "1 payment dated more than a year from the file's median date (2 Apr 2024), perhaps mistyped: line 4 (1 Apr 2042)",
    );
    // The months the file covers are April 2024 only: the 2042 payment neither stretches them to 2042
    // (hiding any month missing between) nor is lost (it is kept and counted above).
    expect([file?.first_date, file?.last_date]).toEqual(["2024-04-01", "2024-04-03"]);
    expect(file?.amount_total).toBe("3000.00");
  });
});
