// payments.csv → payments.parquet (the build's writer) → the browser's reader and query: the matches
// are the lines of payments.csv the filter selects, and "download what I see" writes those lines
// byte for byte (formula guards, quoting, exact amounts to the micro).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asyncBufferFromFile } from "hyparquet";
import { beforeAll, describe, expect, it } from "vitest";
import { writePaymentsParquet } from "../../../src/lib/columnar/parquet-tables.ts";
import { paymentsCsv } from "../../../src/lib/payment-browser/csv.ts";
import { paymentsCsvPieces } from "../../../src/lib/payment-browser/download.ts";
import { EMPTY_FILTER, filterBounds, type PaymentFilter } from "../../../src/lib/payment-browser/filter.ts";
import { PaymentsParquet } from "../../../src/lib/payment-browser/parquet.ts";
import { paymentsAt, runQuery, SHOWN_COLUMNS } from "../../../src/lib/payment-browser/query.ts";
import { PAYMENTS } from "../../../src/lib/tables/payments.ts";

// Lines as the ingest writes them: council, then file order (not date order).
const LINES = [
  "a-2,ashvale,2023-05-02,2023-24,100.00,acme,ACME LTD,false,false,Waste & Recycling,Fuel,,T1,false,spend/a.csv,2",
  "a-3,ashvale,2023-04-01,2023-24,-40.50,acme,Acme Limited,false,false,Highways,Road Salt,,T2,false,spend/a.csv,3",
  'a-4,ashvale,2024-01-15,2023-24,0.000001,zeta,"Zeta, Holdings",false,false,Waste & Recycling,Vehicle Fuel,"says ""hi""",T3,true,spend/a.csv,4',
  "a-5,ashvale,2024-03-31,2023-24,999999999.99,redacted,Redacted,true,false,'=SUM(A1),'+Cash,'-dash,'@ref,false,spend/a.csv,5",
  "b-2,bexley,2023-04-01,2023-24,25000.00,acme,ACME LTD,false,true,Corporate,Fuel,,B1,false,spend/b.csv,2",
  "b-3,bexley,2022-06-30,2022-23,12.3456,zeta,Zeta Holdings,false,false,Schools,Books,,B2,false,spend/b.csv,3",
  "b-4,bexley,2024-02-29,2023-24,1841.4375,kappa,KAPPA & CO,false,false,Schools,Fuel Cards,,B3,false,spend/b.csv,4",
];
/** Payments of another council, all in 2020, filling the first row groups (DuckDB's are 2,048 rows or more). */
const FILLER = Array.from(
  { length: 4096 },
  (_, i) =>
    `f-${i},aardvark,2020-01-${String((i % 28) + 1).padStart(2, "0")},2019-20,${i}.00,filler,FILLER LTD,false,false,Parks,Mowing,,F${i},false,spend/f.csv,${i + 2}`,
);
type Line = string;
const cell = (line: Line, name: string): string => {
  // The fixture's lines that matter here have no quoted commas before the asked column but one (a-4).
  const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, "")) ?? [];
  return cells[PAYMENTS.at[name as keyof typeof PAYMENTS.at]] ?? "";
};

let file: PaymentsParquet;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "payments-parquet-"));
  const csv = join(dir, "payments.csv");
  writeFileSync(csv, `${PAYMENTS.header}\n${[...LINES, ...FILLER].join("\n")}\n`);
  // Row groups of 2,048 rows: the filler's groups are there to be skipped.
  expect(await writePaymentsParquet(csv, join(dir, "payments.parquet"), 2048)).toBe(
    LINES.length + FILLER.length,
  );
  file = await PaymentsParquet.open(await asyncBufferFromFile(join(dir, "payments.parquet")));
});

const query = async (asked: Partial<PaymentFilter>, supplierIds: Set<string> | null = null) => {
  const filter = { ...EMPTY_FILTER, ...asked };
  const { bounds, problems } = filterBounds(filter);
  expect(problems).toEqual(new Map());
  const result = await runQuery(file, filter, bounds, supplierIds);
  const csv = (await paymentsCsvPieces(file, result)).join("");
  return { result, lines: csv.trimEnd().split("\n").slice(1), csv };
};
const ids = (lines: string[]) => lines.map((l) => l.split(",")[0]);

describe("the payments browser's query over payments.parquet", () => {
  it("keeps every payment, in row groups sorted by council then date", async () => {
    expect(file.rows).toBe(LINES.length + FILLER.length);
    expect(file.groupCount).toBeGreaterThanOrEqual(3);
    const { lines } = await query({ sort: "date-asc", from: "2021-01-01" });
    expect(ids(lines)).toEqual(["b-3", "a-3", "b-2", "a-2", "a-4", "b-4", "a-5"]);
  });

  it("writes each payment as payments.csv's own line, byte for byte", async () => {
    const { lines, csv } = await query({});
    expect(csv.startsWith(`${PAYMENTS.header}\n`)).toBe(true);
    expect([...lines].sort()).toEqual([...LINES, ...FILLER].sort());
  });

  it("filters by council, dates, amounts, department and type, reading only the groups that can match", async () => {
    const ashvale = await query({ council: "ashvale" });
    expect(ids(ashvale.lines).sort()).toEqual(["a-2", "a-3", "a-4", "a-5"]);
    expect(ashvale.result.groupsRead).toBeLessThan(file.groupCount);
    const dated = await query({ from: "2023-04-01", to: "2023-12-31" });
    expect(ids(dated.lines).sort()).toEqual(["a-2", "a-3", "b-2"]);
    expect(dated.result.groupsRead).toBeLessThan(file.groupCount);
    const amounts = await query({ min: "-40.50", max: "£1,841.4375", from: "2021-01-01" });
    expect(ids(amounts.lines).sort()).toEqual(["a-2", "a-3", "a-4", "b-3", "b-4"]);
    const tiny = await query({ min: "0.000001", max: "0.000001" });
    expect(ids(tiny.lines)).toEqual(["a-4"]);
    const fuel = await query({ type: "fuel", department: "waste" });
    expect(ids(fuel.lines).sort()).toEqual(["a-2", "a-4"]);
    const formula = await query({ department: "=sum" });
    expect(ids(formula.lines)).toEqual(["a-5"]);
  });

  it("filters by supplier ids, skipping groups whose bloom filter rules them out", async () => {
    const { lines, result } = await query({}, new Set(["kappa"]));
    expect(ids(lines)).toEqual(["b-4"]);
    expect(result.groupsRead).toBeLessThan(file.groupCount);
    expect((await query({}, new Set())).lines).toEqual([]);
    expect(ids((await query({ sort: "date-asc" }, new Set(["acme", "zeta"]))).lines)).toEqual([
      "b-3",
      "a-3",
      "b-2",
      "a-2",
      "a-4",
    ]);
  });

  it("sorts by exact amount either way, ties in file order", async () => {
    const { lines } = await query({ sort: "amount-desc", from: "2021-01-01" });
    expect(lines.map((l) => cell(l, "amount"))).toEqual([
      "999999999.99",
      "25000.00",
      "1841.4375",
      "100.00",
      "12.3456",
      "0.000001",
      "-40.50",
    ]);
    expect(ids((await query({ sort: "amount-asc" })).lines)[0]).toBe("a-3");
    expect(ids((await query({ sort: "amount-asc" })).lines)[1]).toBe("f-0");
  });

  it("downloads in pieces, group by group, the same lines in the same order, letting go of what it read", async () => {
    const filter = { ...EMPTY_FILTER, sort: "amount-desc" as const };
    const result = await runQuery(file, filter, filterBounds(filter).bounds, null);
    expect(result.groupsRead).toBeGreaterThanOrEqual(3);
    const whole = paymentsCsv(await paymentsAt(file, result.matches, result.order, PAYMENTS.names));
    for (let g = 0; g < file.groupCount; g++) file.forget(g, PAYMENTS.names);
    await file.columns(0, ["council"]);
    const heard: number[] = [];
    const pieces = await paymentsCsvPieces(file, result, (done, groups) => heard.push(done / groups), 1000);
    expect(pieces.join("")).toBe(whole);
    expect(pieces[0]).toBe(`${PAYMENTS.header}\n`);
    expect(pieces.length).toBe(1 + Math.ceil(result.order.length / 1000));
    expect(pieces.slice(1).every((p) => p.split("\n").length - 1 <= 1000)).toBe(true);
    expect(heard.at(-1)).toBe(1);
    expect(file.holds(0, "council")).toBe(true);
    expect(file.holds(0, "description")).toBe(false);
    expect(file.holds(file.groupCount - 1, "amount")).toBe(false);
  });

  it("reads a page's payments with the shown columns only", async () => {
    const { result } = await query({ council: "bexley" });
    const shown = await paymentsAt(file, result.matches, result.order.subarray(0, 2), SHOWN_COLUMNS);
    expect(shown.map((p) => [p.supplier, p.amount, p.source_line])).toEqual([
      ["KAPPA & CO", 1_841_437_500, 4],
      ["ACME LTD", 25_000_000_000, 2],
    ]);
    expect(Object.keys(shown[0] ?? {}).sort()).toEqual([...SHOWN_COLUMNS].sort());
  });
});

it("the fixture's own line reader finds the cells it compares", () => {
  expect(cell(LINES[2] as string, "amount")).toBe("0.000001");
  expect(cell(LINES[2] as string, "possible_duplicate")).toBe("true");
});
