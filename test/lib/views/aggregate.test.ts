import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPayments, type PaymentTable } from "../../../src/lib/dataset/payments.ts";
import { largestRows, matrixOf, totalOf, totalsBy } from "../../../src/lib/views/aggregate.ts";
import { allRows } from "../../../src/lib/views/home.ts";
import { missingMonths } from "../../../src/lib/views/months.ts";

const HEADER =
  "id,council,date,financial_year,amount,supplier_id,supplier,redacted,partner_payment,expense_area,expense_type,description,transaction_ref,possible_duplicate,source_file,source_line";
const row = (
  council: string,
  date: string,
  year: string,
  amount: string,
  supplier: string,
  flags = "false,false",
) =>
  `x-${Math.random().toString(36).slice(2)},${council},${date},${year},${amount},${supplier},${supplier} Ltd,${flags},Waste,Hire,,R1,false,spend/a.csv,2`;

let table: PaymentTable;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "agg-"));
  const path = join(dir, "payments.csv");
  writeFileSync(
    path,
    [
      HEADER,
      row("alpha", "2023-04-01", "2023-24", "0.1", "acme"),
      row("alpha", "2023-04-02", "2023-24", "0.2", "acme"),
      row("alpha", "2024-04-02", "2024-25", "4503599627.370497", "acme"),
      row("alpha", "2024-04-03", "2024-25", "4503599627.370497", "acme"),
      row("beta", "2024-03-31", "2023-24", "-50.00", "bolt"),
      row("beta", "2024-05-01", "2024-25", "600.0001", "bolt", "true,false"),
    ].join("\n"),
  );
  table = await loadPayments(path);
});

describe("exact totals", () => {
  it("adds without binary floating point (0.1 + 0.2 is 0.3, and beyond 2^53 micros)", () => {
    const acme = totalsBy(table, allRows(table.size), table.supplierId).find((t) => t.key === "acme");
    // 2 × (2^52 + 1) micros + 0.3 pounds: past 2^53, where float64 addition would round.
    expect(acme).toEqual({ key: "acme", total: 9_007_199_255_040_994n, count: 4 });
    expect(totalOf(table, [0, 1]).total).toBe(300_000n);
  });

  it("builds a council × year matrix whose totals agree", () => {
    const m = matrixOf(table, allRows(table.size), table.council, table.year, {
      rows: ["beta", "alpha", "gamma"],
      columns: ["2023-24", "2024-25"],
    });
    expect(m.rowKeys).toEqual(["beta", "alpha"]);
    expect(m.cells).toEqual([
      [-50_000_000n, 600_000_100n],
      [300_000n, 9_007_199_254_740_994n],
    ]);
    expect(m.columnTotals).toEqual([-49_700_000n, 9_007_199_854_741_094n]);
    expect(m.total).toBe(m.rowTotals.reduce((a, v) => a + v, 0n));
  });

  it("filters rows (redacted left out) and picks the largest payments", () => {
    expect(totalOf(table, allRows(table.size), (r) => !table.isRedacted(r)).count).toBe(5);
    expect(largestRows(table, allRows(table.size), 3)).toEqual([2, 3, 5]);
  });
});

describe("missingMonths", () => {
  it("lists gaps between the first and last month, across a year end", () => {
    expect(missingMonths(["2023-11", "2024-02", "2024-03"])).toEqual(["2023-12", "2024-01"]);
    expect(missingMonths(["2023-04"])).toEqual([]);
    expect(missingMonths([])).toEqual([]);
  });
});

describe("category mapping input", () => {
  it("groups payments by council, department and expense type with exact totals", async () => {
    const { mappingInputRows } = await import("../../../src/lib/views/categories.ts");
    const rows = mappingInputRows(table);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(table.size);
    const alpha = rows.find((r) => r.council === "alpha");
    expect(alpha).toEqual({
      council: "alpha",
      department: "Waste",
      expenseType: "Hire",
      count: 4,
      total: 9_007_199_255_040_994n,
    });
  });
});

describe("council monthly totals", () => {
  it("list every month from first to last, with null where nothing was published", async () => {
    const { councilView } = await import("../../../src/lib/views/council.ts");
    const { groupRows } = await import("../../../src/lib/dataset/row-groups.ts");
    const view = councilView("alpha", {
      payments: table,
      rowsByCouncil: groupRows(table.council, table.text.values.length),
      contracts: [],
      files: [],
      supplierName: (id) => id,
    });
    expect(view.monthly.months[0]).toBe("2023-04");
    expect(view.monthly.months.at(-1)).toBe("2024-04");
    expect(view.monthly.months).toHaveLength(13);
    expect(view.monthly.totals[0]).toBe(300_000n);
    expect(view.monthly.totals[1]).toBeNull();
    expect(view.monthly.totals[12]).toBe(9_007_199_254_740_994n);
    expect(view.missingMonths).toHaveLength(11);
  });

  it("leave out, and count apart, payments dated outside the months the council's files cover", async () => {
    const { councilView } = await import("../../../src/lib/views/council.ts");
    const { groupRows } = await import("../../../src/lib/dataset/row-groups.ts");
    const { emptyQuality } = await import("../../../src/lib/ingest/rows/file-quality.ts");
    // The files cover April 2023 to April 2024 (their dates leave out a mistyped year: the ingest's
    // date-outliers.ts); here that is all of alpha's payments, so a file that covers only April 2023
    // leaves the two April 2024 payments outside.
    const file = (first: string, last: string) => ({
      ...emptyQuality("alpha", "spend", "spend/a.csv"),
      accepted: 2,
      first_date: first,
      last_date: last,
    });
    const context = (files: ReturnType<typeof file>[]) => ({
      payments: table,
      rowsByCouncil: groupRows(table.council, table.text.values.length),
      contracts: [],
      files,
      supplierName: (id: string) => id,
    });
    const covered = councilView("alpha", context([file("2023-04-01", "2024-04-30")]));
    expect(covered.outsideMonths).toEqual({ total: 0n, count: 0 });
    expect(covered.lastMonth).toBe("2024-04");
    const april = councilView("alpha", context([file("2023-04-01", "2023-04-30")]));
    expect(april.outsideMonths).toEqual({ total: 9_007_199_254_740_994n, count: 2 });
    expect([april.firstMonth, april.lastMonth, april.missingMonths]).toEqual(["2023-04", "2023-04", []]);
    expect(april.monthly.months).toEqual(["2023-04"]);
    // Still every payment in the council's total.
    expect(april.total).toBe(9_007_199_255_040_994n);
  });
});
