// Files that are not CSV text, or break CSV quoting: listed with a clear reason, never a crash.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";

const FIXTURE = join(import.meta.dirname, "../../fixtures/odd-files");
let files: FileQuality[];
let out: string;
const file = (name: string) => files.find((f) => f.file === `spend/${name}`) as FileQuality;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "ledger-odd-"));
  files = (await runIngest(loadDataConfig(FIXTURE), out)).files;
});

describe("odd files", () => {
  it.each([
    ["binary.csv", "not a CSV text file: it looks like binary data (it holds NUL bytes)"],
    ["compressed.csv", "not a CSV text file: it looks like a gzip-compressed file"],
    [
      "workbook.csv",
      "not a readable ZIP archive (an .xlsx workbook is one): End of central directory record signature not found. Either not a zip file, or file is truncated.",
    ],
    ["empty.csv", "file is empty: no records"],
  ])("lists %s as not used, saying why", (name, reason) => {
    expect(file(name).file_reason).toBe(reason);
    expect(file(name).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads Excel's 'Unicode text' export (UTF-16 with BOM, tab-separated)", () => {
    const unicode = file("unicode-text.csv");
    expect([unicode.encoding, unicode.accepted]).toEqual(["utf-16le", 1]);
    expect(readFileSync(join(out, "payments.csv"), "utf8")).toContain("Café Ltd");
  });

  it("rejects a record whose quote is never closed, keeping the records before it", () => {
    const unclosed = file("unclosed-quote.csv");
    expect(unclosed.accepted).toBe(1);
    expect(unclosed.rejects).toEqual([
      { line: 3, reason: "unclosed quote: the record runs on to the end of the file" },
    ]);
  });

  it("still accounts for every record", () => {
    for (const f of files) expect(f.rows, f.file).toBe(f.accepted + f.rejected);
  });
});
