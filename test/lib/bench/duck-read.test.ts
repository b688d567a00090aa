import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import {
  AMOUNT_MACRO,
  duckEncoding,
  ingestMicros,
  microsOf,
  poundsText,
  readCsvSum,
} from "../../../src/lib/bench/duck-read.ts";
import type { FileReadSettings } from "../../../src/lib/ingest/output/read-settings.ts";
import { parseAmount } from "../../../src/lib/money.ts";

const settings = (over: Partial<FileReadSettings>): FileReadSettings => ({
  council: "c",
  file: "spend/a.csv",
  path: "/data/c/spend/a.csv",
  encoding: "utf-8",
  format: "csv",
  delimiter: ",",
  data_line: 2,
  amount_column: 1,
  file_reason: null,
  rows: 0,
  accepted: 0,
  amount_total: "0.00",
  set_aside_amounts: {},
  ...over,
});

const dir = mkdtempSync(join(tmpdir(), "duck-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function duckSum(file: FileReadSettings): Promise<string | null> {
  const query = readCsvSum(file);
  if (!("sql" in query)) throw new Error(query.excluded);
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const db = await instance.connect();
  await db.run(AMOUNT_MACRO);
  const rows = (await db.runAndReadAll(query.sql)).getRowObjectsJson();
  db.closeSync();
  instance.closeSync();
  return rows[0]?.total as string | null;
}

describe("readCsvSum", () => {
  it("sums the amount column as the ingest reads each amount, after a title line, in latin-1", async () => {
    const amounts = [
      "£1,058.54",
      " 387.62 ",
      "(264,795.53)",
      "540.00-",
      "540.00 CR",
      "12.50 DR",
      "-£5.00",
      "redacted",
    ];
    const lines = [
      "Payments over £500 - April",
      "Supplier;Amount;Date",
      ...amounts.map((a, i) => `S${i};${a};01/04/2024`),
    ];
    const path = join(dir, "title-latin1.csv");
    writeFileSync(path, Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1"));
    const total = await duckSum(
      settings({ path, encoding: "windows-1252", delimiter: ";", data_line: 3, amount_column: 1 }),
    );
    const expected = amounts
      .map((a) => parseAmount(a))
      .reduce((n, r) => n + (r.ok ? BigInt(r.micros) : 0n), 0n);
    expect(microsOf(total)).toBe(expected);
  });

  it("reads quoted cells holding the delimiter, and a tab-delimited file", async () => {
    const path = join(dir, "tabs.tsv");
    writeFileSync(path, 'Supplier\tAmount\n"A, Ltd"\t"1,000.10"\nB\t2.05\n');
    const total = await duckSum(settings({ path, delimiter: "\t", amount_column: 1 }));
    expect(microsOf(total)).toBe(1_002_150_000n);
  });

  it("leaves out what DuckDB cannot read as the ingest did, with the reason", () => {
    const reason = (over: Partial<FileReadSettings>) => {
      const query = readCsvSum(settings(over));
      return "excluded" in query ? query.excluded : null;
    };
    expect(reason({ format: "workbook", delimiter: null })).toMatch(/workbook/);
    expect(reason({ path: "/d/spend/a.zip!/in.csv", format: "zip" })).toMatch(/zip|archive/);
    expect(reason({ encoding: "cp850" })).toMatch(/cp850/);
    expect(reason({ amount_column: null })).toBe("no amount column");
    expect(reason({ file_reason: "file could not be read: x" })).toMatch(/not used/);
    expect(reason({ file_reason: "replaced by spend/a-corrected.csv" })).toBeNull();
  });

  it("quotes the path and the delimiter as SQL text", () => {
    const query = readCsvSum(settings({ path: "/d/o'brien.csv", delimiter: "'" }));
    expect("sql" in query && query.sql).toContain("'/d/o''brien.csv'");
    expect("sql" in query && query.sql).toContain("delim=''''");
  });
});

describe("duckEncoding", () => {
  it("names DuckDB's built-in encodings and none for others", () => {
    expect(duckEncoding("utf-8")).toBe("utf-8");
    expect(duckEncoding("windows-1252")).toBe("latin-1");
    expect(duckEncoding("utf-16le")).toBe("utf-16");
    expect(duckEncoding("cp850")).toBeNull();
  });
});

describe("exact totals", () => {
  it("reads decimals to micros and adds what was set aside", () => {
    expect(microsOf("-1253.5")).toBe(-1_253_500_000n);
    expect(microsOf("995880.610000")).toBe(995_880_610_000n);
    expect(microsOf(null)).toBe(0n);
    expect(microsOf("12abc")).toBeNull();
    const file = settings({
      amount_total: "100.25",
      set_aside_amounts: { "date not valid": "-0.25", x: "10" },
    });
    expect(ingestMicros(file)).toEqual({ accepted: 100_250_000n, withSetAside: 110_000_000n });
    expect(poundsText(-1_234_567_890_000n)).toBe("-1,234,567.89");
    expect(poundsText(17_193_820_800n)).toBe("17,193.8208");
  });
});
