// The reader seam: the registry's choice of reader, provenance of members, and readers defined here
// (a JSON-lines format, an archive of members, a refusing format) run through the payment-file path
// the ingest uses (CouncilSpend → spend-file.ts), records, lines, rejects and accounting included.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { csvReader } from "../../../../src/lib/ingest/read/csv-reader.ts";
import { FORMAT_EXTENSIONS, isReadableName } from "../../../../src/lib/ingest/read/formats.ts";
import { readPublishedFile } from "../../../../src/lib/ingest/read/published-file.ts";
import {
  type FileReport,
  publishedFileAt,
  publishedName,
  type Reader,
  type RecordBatch,
} from "../../../../src/lib/ingest/read/reader.ts";
import { READERS, readerFor, registerReader } from "../../../../src/lib/ingest/read/readers.ts";
import { CouncilSpend } from "../../../../src/lib/ingest/rows/council-spend.ts";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function reportOf(bytes: Buffer, rejection: string | null = null): FileReport {
  return { sha256: sha256(bytes), bytes: bytes.length, encoding: "utf-8", encodingReason: "JSON", rejection };
}

/** A format of lines each holding a JSON array of cells, given two records a batch, each with a path. */
const jsonLines: Reader = {
  format: "json-lines",
  async read({ file, bytes }, onBatch) {
    const data = bytes ?? readFileSync(file.path);
    let batch: RecordBatch = { rows: [], lines: [], paths: [], problems: new Map() };
    data
      .toString("utf8")
      .split("\n")
      .forEach((text, i) => {
        if (text.trim() === "") return;
        const cells: unknown = text.startsWith("[") ? JSON.parse(text) : null;
        if (!Array.isArray(cells)) batch.problems.set(batch.rows.length, "not a JSON array");
        batch.paths?.push(`$[${i}]`);
        batch.rows.push(Array.isArray(cells) ? cells.map(String) : [text]);
        batch.lines.push(i + 1);
        if (batch.rows.length === 2) {
          onBatch(batch);
          batch = { rows: [], lines: [], paths: [], problems: new Map() };
        }
      });
    if (batch.rows.length > 0) onBatch(batch);
    return reportOf(data);
  },
};

/** An archive: a JSON object of member name -> member text, each member read by its own reader. */
const bundle: Reader = {
  format: "bundle",
  async read({ file, encoding }, onBatch) {
    const members = JSON.parse(readFileSync(file.path, "utf8")) as Record<string, string>;
    const bytes = Buffer.from(members[file.member ?? ""] ?? "");
    const request = { file, bytes, encoding };
    return readerFor(request).read(request, onBatch);
  },
};

/** Files starting "%REFUSED", whatever their name, are refused whole. */
const refusing: Reader = {
  format: "refused",
  claims: (head) => head.toString("latin1").startsWith("%REFUSED"),
  async read({ file }) {
    return reportOf(readFileSync(file.path), "not readable: a refused format");
  },
};

const removals: (() => void)[] = [];
afterEach(() => {
  for (const remove of removals.splice(0)) remove();
});

/** A council folder holding the given spend files. */
function councilDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "readers-"));
  mkdirSync(join(dir, "spend"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "spend", name), text);
  return dir;
}

/** Ingests one council's spend files as the ingest does (inline and on worker threads alike). */
async function ingest(dir: string, files: string[]) {
  const council = new CouncilSpend({ slug: "test", dir, config: { name: "Test" }, files });
  const result = await council.ingest();
  const rows = Array.from({ length: result.rows }, (_, row) => council.location(row));
  return { qualities: result.qualities, rows, duplicates: [...council.duplicate].sort() };
}

const PAYMENTS = [
  '["Payments over £500"]',
  '["Date","Supplier","Amount"]',
  '["01/04/2024","Acme Ltd","100.00"]',
  "",
  '["02/04/2024","Bolt Co","not money"]',
  '["03/04/2024","Cole","3.00"]',
  "not json",
  '["01/04/2024","Acme Ltd","100.00"]',
].join("\n");

describe("a reader registered for an extension", () => {
  it("feeds the payment-file path: records, lines, rejects and accounting come out", async () => {
    removals.push(registerReader(jsonLines, ["jsonl"]));
    const dir = councilDir({ "payments.jsonl": PAYMENTS });
    const { qualities, rows, duplicates } = await ingest(dir, ["spend/payments.jsonl"]);
    const quality = qualities[0];
    expect(quality).toMatchObject({
      file: "spend/payments.jsonl",
      sha256: sha256(Buffer.from(PAYMENTS)),
      bytes: Buffer.byteLength(PAYMENTS),
      encoding: "utf-8",
      header_line: 2,
      columns: { date: "Date", supplier: "Supplier", amount: "Amount" },
      rows: 5,
      accepted: 3,
      rejected: 2,
      file_reason: null,
    });
    expect(quality?.rejects.map((r) => r.line)).toEqual([5, 7]);
    expect(quality?.rejects[1]?.reason).toBe("not a JSON array");
    expect(rows).toEqual(["spend/payments.jsonl:3", "spend/payments.jsonl:6", "spend/payments.jsonl:8"]);
    expect(duplicates).toEqual([0, 2]);
  });

  it("gives each record's JSON path and the file's provenance to the caller", async () => {
    removals.push(registerReader(jsonLines, ["jsonl"]));
    const path = join(councilDir({ "payments.jsonl": PAYMENTS }), "spend", "payments.jsonl");
    const seen: [string, number, string | null][] = [];
    const read = await readPublishedFile({
      path,
      kind: "spend",
      onRecord: (cells, line, _problem, at) => seen.push([cells[1] as string, line, at]),
    });
    expect([read.format, read.source, read.headerLine]).toEqual(["json-lines", { path, member: null }, 2]);
    expect(seen).toEqual([
      ["Acme Ltd", 3, "$[2]"],
      ["Bolt Co", 5, "$[4]"],
      ["Cole", 6, "$[5]"],
      [undefined, 7, "$[6]"],
      ["Acme Ltd", 8, "$[7]"],
    ]);
  });
});

describe("an archive's reader", () => {
  it("reads a member with the member's reader, from its bytes, named archive!/member", async () => {
    removals.push(registerReader(bundle, ["bundle"]));
    const inner = "Date,Supplier,Amount\n01/04/2024,Acme Ltd,1.00\n02/04/2024,Bolt Co,\n";
    const dir = councilDir({ "year.bundle": JSON.stringify({ "april.csv": inner }) });
    const file = "spend/year.bundle!/april.csv";
    const { qualities, rows } = await ingest(dir, [file]);
    expect(qualities[0]).toMatchObject({ file, sha256: sha256(Buffer.from(inner)), header_line: 1 });
    expect(qualities[0]?.accepted).toBe(1);
    expect(qualities[0]?.rejects.map((r) => r.line)).toEqual([3]);
    expect(rows).toEqual([`${file}:2`]);
  });
});

describe("a reader that claims a file by its bytes", () => {
  it("is chosen whatever the name, and its rejection sets the whole file aside", async () => {
    removals.push(registerReader(refusing));
    const dir = councilDir({ "odd.csv": "%REFUSED\nDate,Supplier,Amount\n", "plain.csv": "Date\n" });
    const { qualities } = await ingest(dir, ["spend/odd.csv", "spend/plain.csv"]);
    expect(qualities[0]).toMatchObject({
      file_reason: "not readable: a refused format",
      rows: 0,
      accepted: 0,
    });
    expect(qualities[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(qualities[1]?.file_reason).toMatch(/^no header row/);
  });
});

describe("the registry", () => {
  it("has one reader per listed format, CSV for .csv and .txt and for names it does not know", () => {
    expect(READERS.map((reader) => reader.format).sort()).toEqual(Object.keys(FORMAT_EXTENSIONS).sort());
    for (const path of ["a/b.csv", "B.TXT", "c.dat", "noext"]) {
      expect(readerFor({ file: { path, member: null } })).toBe(csvReader);
    }
    expect(["x.CSV", "x.txt", "x.tsv", "x.xlsx", "x.XLS", "x.zip", "x.pdf"].map(isReadableName)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("names a member by its archive, and never mistakes a folder with ! in its name for one", () => {
    const dir = mkdtempSync(join(tmpdir(), "readers-names-"));
    writeFileSync(join(dir, "a.zip"), "");
    mkdirSync(join(dir, "wow!"));
    const member = { path: join(dir, "a.zip"), member: "in/b.csv" };
    expect(publishedFileAt(publishedName(member))).toEqual(member);
    expect(publishedFileAt(join(dir, "wow!", "c.csv"))).toEqual({
      path: join(dir, "wow!", "c.csv"),
      member: null,
    });
  });

  it("reads a CSV member from its bytes alone", async () => {
    const bytes = Buffer.from("Date,Supplier,Amount\n01/04/2024,Acme,1.00\n");
    const rows: string[][] = [];
    const report = await csvReader.read(
      { file: { path: "/no/such/archive.zip", member: "m.csv" }, bytes },
      (batch) => rows.push(...batch.rows),
    );
    expect(report).toMatchObject({ sha256: sha256(bytes), bytes: bytes.length, rejection: null });
    expect(rows[1]).toEqual(["01/04/2024", "Acme", "1.00"]);
  });
});
