// The workbook reader: .xlsx and .xls workbooks (made here with SheetJS's writer, or part by part for
// the hostile ones), read in a thread of their own into the text a CSV of them would hold.
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { type ReadResult, readPublishedFile } from "../../../../src/lib/ingest/read/published-file.ts";
import { isMonthOnlyFormat } from "../../../../src/lib/ingest/read/workbook-cells.ts";
import { WORKBOOK_LIMITS } from "../../../../src/lib/ingest/read/workbook-reader.ts";
import { handMadeXlsx, numberCell, textCell, zipOf } from "../../../helpers/zip-file.ts";

const dir = mkdtempSync(join(tmpdir(), "workbook-reader-"));

/** A cell: text, a number, or [a number, the format it is shown in]. */
type Cell = string | number | [number, string];

/** A workbook of these sheets (rows of cells). */
function workbook(bookType: "xlsx" | "biff8", sheets: Record<string, Cell[][]>) {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const plain = rows.map((row) => row.map((cell) => (Array.isArray(cell) ? cell[0] : cell)));
    const sheet = XLSX.utils.aoa_to_sheet(plain);
    for (const [r, row] of rows.entries()) {
      for (const [c, cell] of row.entries()) {
        if (Array.isArray(cell)) (sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject).z = cell[1];
      }
    }
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return XLSX.write(book, { type: "buffer", bookType }) as Buffer;
}

async function read(name: string, bytes: Buffer | string, kind: "spend" | "contracts" = "spend") {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const records: { line: number; cells: string[] }[] = [];
  const result: ReadResult = await readPublishedFile({
    path,
    kind,
    onRecord: (cells, line) => records.push({ line, cells }),
  });
  return { result, records };
}

// 2015-10-15 and 2014-09-01 as Excel day numbers.
const OCT_15_2015 = 42292;
const SEP_1_2014 = 41883;

const PAYMENTS: Cell[][] = [
  ["Date", "Supplier", "Amount"],
  [[OCT_15_2015, "m/d/yy"], "Acme Ltd", 631.19],
  [[SEP_1_2014, "mmm yyyy"], "Month Only Ltd", 0.1 + 0.2],
  ["Sep 2014", "Text Month Ltd", 1234.5],
];

describe.each([
  ["xlsx", "payments.xlsx"],
  ["biff8", "payments.xls"],
] as const)("a %s workbook", (bookType, name) => {
  it("is read as the text its cells hold: ISO dates, exact numbers, a month with no day kept as one", async () => {
    const { result, records } = await read(name, workbook(bookType, { Payments: PAYMENTS }));
    expect([result.format, result.report.rejection, result.headerLine, result.records]).toEqual([
      "workbook",
      null,
      1,
      3,
    ]);
    expect(records).toEqual([
      { line: 2, cells: ["2015-10-15", "Acme Ltd", "631.19"] },
      // 0.1 + 0.2 is the double 0.30000000000000004: its shortest printing, which the amount reader reads as 0.30.
      { line: 3, cells: ["Sep 2014", "Month Only Ltd", "0.30000000000000004"] },
      { line: 4, cells: ["Sep 2014", "Text Month Ltd", "1234.5"] },
    ]);
    expect(result.report.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("a workbook of several sheets", () => {
  it("reads each sheet that holds a table, its rows following on from the sheets before, and names the rest", async () => {
    const { result, records } = await read(
      "sheets.xlsx",
      workbook("xlsx", {
        Notes: [["These payments are published under the Transparency Code"]],
        April: PAYMENTS.slice(0, 2),
        May: [
          ["Supplier", "Amount", "Date"],
          ["Beta Ltd", 10, "01/05/2024"],
        ],
      }),
    );
    expect(result.sections).toEqual([
      {
        name: "Notes",
        first_line: 1,
        last_line: 1,
        header_line: null,
        leading: [["These payments are published under the Transparency Code"]],
      },
      { name: "April", first_line: 2, last_line: 3, header_line: 2 },
      { name: "May", first_line: 4, last_line: 5, header_line: 4 },
    ]);
    expect(records).toEqual([
      { line: 3, cells: ["2015-10-15", "Acme Ltd", "631.19"] },
      { line: 5, cells: ["Beta Ltd", "10", "01/05/2024"] },
    ]);
    // The notes sheet is not a record of the file: 2 records, 2 delivered.
    expect([result.headerLine, result.records]).toEqual([2, 2]);
  });
});

describe("a contract register published as a workbook", () => {
  it("is read from the sheet that holds the register", async () => {
    const { result, records } = await read(
      "register.xlsx",
      workbook("xlsx", {
        Cover: [["Contracts register, updated quarterly"]],
        Register: [
          [
            "Contract Reference",
            "Contract Title",
            "Supplier Company Name",
            "Total Contract Value",
            "Start Date",
          ],
          ["C-1", "Road gritting", "Grit Ltd", 120000, [44927, "dd/mm/yyyy"]],
        ],
      }),
      "contracts",
    );
    expect([result.headerLine, result.sections.map((s) => s.header_line)]).toEqual([2, [null, 2]]);
    expect(records).toEqual([
      { line: 3, cells: ["C-1", "Road gritting", "Grit Ltd", "120000", "2023-01-01"] },
    ]);
  });
});

describe("files named as workbooks that are not", () => {
  it("reads CSV text saved with an .xls name as the CSV it is", async () => {
    const { result, records } = await read(
      "text.xls",
      "Date,Supplier,Amount\r\n01/09/2014,Acme Ltd,£2.50\r\n",
    );
    expect([result.format, result.report.encoding, records]).toEqual([
      "csv",
      "utf-8",
      [{ line: 2, cells: ["01/09/2014", "Acme Ltd", "£2.50"] }],
    ]);
  });

  it("sets aside binary bytes with an .xlsx name, saying what they look like", async () => {
    const { result } = await read("binary.xlsx", Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
    expect(result.report.rejection).toBe(
      "not a CSV text file: it looks like binary data (it holds NUL bytes)",
    );
  });

  it("reads an .xlsx as a workbook whatever part its package starts with", async () => {
    const header = [textCell("A1", "Date"), textCell("B1", "Supplier"), textCell("C1", "Amount")];
    const row = [textCell("A2", "01/04/2024"), textCell("B2", "A Ltd"), numberCell("C2", 2)];
    // Its first part is not one Excel writes first: the bytes alone do not say workbook, the name does.
    const bytes = handMadeXlsx([{ name: "S", rows: [header, row] }], {
      first: [{ name: "customXml/item1.xml", data: "<x/>" }],
    });
    const { result, records } = await read("plain.xlsx", bytes);
    expect([result.format, records]).toEqual([
      "workbook",
      [{ line: 2, cells: ["01/04/2024", "A Ltd", "2"] }],
    ]);
  });

  it("reads a workbook whatever its name says, by its bytes", async () => {
    const { result } = await read("misnamed.csv", workbook("xlsx", { Payments: PAYMENTS }));
    expect([result.format, result.records]).toEqual(["workbook", 3]);
  });
});

describe("a hostile workbook", () => {
  it("reads sheets named __proto__ and constructor, and such cells, as plain text, leaving this process untouched", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const bytes = handMadeXlsx([
      {
        name: "__proto__",
        // A range of every row and column Excel has: only the cells the file holds are visited.
        ref: "A1:XFD1048576",
        rows: [
          [textCell("A1", "Date"), textCell("B1", "Supplier"), textCell("C1", "Amount")],
          [textCell("A2", "01/04/2024"), textCell("B2", "__proto__"), numberCell("C2", 12.5, "SUM(D1:D9)")],
          [textCell("A3", "02/04/2024"), textCell("B3", '=HYPERLINK("http://x")'), numberCell("C3", 3)],
        ],
      },
      { name: "constructor", rows: [[textCell("A1", "constructor"), textCell("B1", "polluted")]] },
    ]);
    const { result, records } = await read("hostile.xlsx", bytes);
    expect(result.report.rejection).toBeNull();
    expect(result.sections.map((s) => s.name)).toEqual(["__proto__", "constructor"]);
    expect(records).toEqual([
      // A formula's value as the workbook saved it; the formula itself is never evaluated.
      { line: 2, cells: ["01/04/2024", "__proto__", "12.5"] },
      { line: 3, cells: ["02/04/2024", '=HYPERLINK("http://x")', "3"] },
    ]);
    expect(Object.getPrototypeOf(records[0]?.cells)).toBe(Array.prototype);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("sets aside a zip bomb before unpacking it", async () => {
    const bytes = handMadeXlsx([{ name: "Sheet1", rows: [[textCell("A1", "x")]] }], {
      declaredSize: 0xfffffff0,
    });
    const { result } = await read("bomb.xlsx", bytes);
    expect(result.report.rejection).toMatch(
      /^workbook not read: it would unpack to 4,294,96\d,\d{3} bytes, more than the 1024 MB a workbook may \(a zip bomb\?\)$/,
    );
    expect(result.records).toBe(0);
  });

  it("sets aside an encrypted package and a damaged one, saying why", async () => {
    const encrypted = zipOf([{ name: "[Content_Types].xml", data: "<Types/>", encrypted: true }]);
    expect((await read("encrypted.xlsx", encrypted)).result.report.rejection).toBe(
      "workbook not read: a part of the workbook: it is encrypted: it cannot be read without its password",
    );
    const damaged = zipOf([{ name: "[Content_Types].xml", data: "<Types/>" }]).subarray(0, 60);
    expect((await read("damaged.xlsx", damaged)).result.report.rejection).toMatch(
      /^workbook not read: not a readable workbook \(/,
    );
  });

  it("sets aside a package with no workbook in it", async () => {
    const empty = zipOf([{ name: "[Content_Types].xml", data: "<Types/>" }]);
    expect((await read("hollow.xlsx", empty)).result.report.rejection).toMatch(/^workbook not read: /);
  });
});

describe("a workbook past the limits", () => {
  /** A sheet of this many payment rows, written part by part (faster than a writer for a large one). */
  const large = (rows: number) =>
    handMadeXlsx([
      {
        name: "Big",
        rows: Array.from({ length: rows }, (_, i) => [
          textCell(`A${i + 1}`, "01/04/2024"),
          textCell(`B${i + 1}`, `Supplier ${i}`),
          numberCell(`C${i + 1}`, i + 0.5),
          textCell(`D${i + 1}`, `Row ${i}`),
        ]),
      },
    ]);

  it("is set aside, hashed, when it is larger than a workbook may be", async () => {
    const saved = WORKBOOK_LIMITS.bytes;
    WORKBOOK_LIMITS.bytes = 1024 * 1024;
    try {
      // An .xls's first bytes (OLE2), then more than the limit: it is never parsed.
      const bytes = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024 * 1024)]);
      const { result } = await read("large.xlsx", bytes);
      expect(result.report.rejection).toMatch(
        /^workbook not read: it is [\d,]+ bytes, more than the 1 MB a workbook may$/,
      );
      expect([result.report.sha256, result.report.bytes]).toEqual([
        createHash("sha256").update(bytes).digest("hex"),
        bytes.length,
      ]);
    } finally {
      WORKBOOK_LIMITS.bytes = saved;
    }
  });

  it("is set aside when it holds more filled cells than a workbook may", async () => {
    const saved = WORKBOOK_LIMITS.cells;
    WORKBOOK_LIMITS.cells = 1_000;
    try {
      const { result } = await read("cells.xlsx", large(300));
      expect(result.report.rejection).toBe("workbook not read: it holds more than 1,000 filled cells");
    } finally {
      WORKBOOK_LIMITS.cells = saved;
    }
  });

  it("is set aside when parsing it needs more memory than its thread may have, and this process carries on", async () => {
    const saved = WORKBOOK_LIMITS.heapMb;
    WORKBOOK_LIMITS.heapMb = 48;
    try {
      const { result } = await read("memory.xlsx", large(100_000));
      expect(result.report.rejection).toBe(
        "workbook not read: reading it needs more than the 48 MB of memory a workbook may use",
      );
    } finally {
      WORKBOOK_LIMITS.heapMb = saved;
    }
    expect((await read("after.xlsx", workbook("xlsx", { Payments: PAYMENTS }))).result.records).toBe(3);
  });
});

describe("number formats", () => {
  it.each([
    ["mmm yyyy", true],
    ["mmm-yy", true],
    ['mmmm" "yyyy', true],
    ["dd/mm/yyyy", false],
    ["d-mmm-yy", false],
    ["[$-809]dd mmmm yyyy", false],
    ["hh:mm", false],
  ])("%s shows only a month: %s", (format, monthOnly) => {
    expect(isMonthOnlyFormat(format)).toBe(monthOnly);
  });
});
