// The reader of .xlsx and .xls workbooks. The workbook is parsed by SheetJS in a worker thread of its
// own (workbook-worker.ts), with a memory limit, after its declared unpacked size has been checked
// (an .xlsx is a ZIP archive); back come each sheet's rows as strings. Each sheet is a section: the
// header of a table is looked for in each, and a sheet without one is named in the file's notes.
// A record's line is its row on its sheet; the rows of a later sheet follow on from the last row of
// the sheets before it (sections in the read result give each sheet's lines).
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { fileChunks } from "./decode.ts";
import type { FileReport, Reader, ReadRequest, RecordBatch } from "./reader.ts";
import type { WorkbookJob, WorkbookReply } from "./workbook-worker.ts";
import { isZipBytes, zipEntries } from "./zip-reader.ts";

/** An Excel 97–2003 workbook (and any OLE2 compound document) starts with these bytes. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The parts of an .xlsx package: the first member Excel and LibreOffice write is one of them. */
const XLSX_PARTS = ["[Content_Types].xml", "_rels/", "xl/", "docProps/"];

/** The most an .xlsx may unpack to (its XML parts): far more than any published payment table. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** What one workbook may cost once parsing starts (an object, so that tests can lower them). */
export const WORKBOOK_LIMITS = {
  /** The largest workbook read, in bytes as published. */
  bytes: 256 * 1024 * 1024,
  /** The most filled cells read from one workbook. */
  cells: 30_000_000,
  /** The parsing thread's heap: a workbook that needs more is set aside, and the ingest carries on. */
  heapMb: 4096,
};

export const isOle2Bytes = (head: Buffer): boolean => head.subarray(0, 8).equals(OLE2_MAGIC);

/** Whether a ZIP's first member (named in its first local header) is a part of an .xlsx package. */
export function isXlsxBytes(head: Buffer): boolean {
  if (!isZipBytes(head) || head.length < 30) return false;
  const nameLength = head.readUInt16LE(26);
  const name = head.subarray(30, 30 + nameLength).toString("latin1");
  return XLSX_PARTS.some((part) => name === part || (part.endsWith("/") && name.startsWith(part)));
}

/** Why an .xlsx must not be unpacked (its parts claim too many bytes, or are encrypted), or null. */
async function packageProblem(bytes: Buffer): Promise<string | null> {
  const { closeZip, openZip } = await zipEntries();
  let opened: Awaited<ReturnType<typeof openZip>>;
  try {
    opened = await openZip(bytes);
  } catch (error) {
    return `not a readable workbook (${(error as Error).message})`;
  }
  closeZip(opened.zip);
  let unpacked = 0;
  for (const member of opened.members) {
    if (member.refusal !== null && !member.refusal.includes("unpacks"))
      return `a part of the workbook: ${member.refusal}`;
    unpacked += member.entry.uncompressedSize;
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    return `it would unpack to ${unpacked.toLocaleString("en-GB")} bytes, more than the ${MAX_UNPACKED_BYTES / 1024 / 1024} MB a workbook may (a zip bomb?)`;
  }
  return null;
}

/** Parses the workbook in a thread of its own; a thread that runs out of memory gives a problem. */
function parseInWorker(bytes: Buffer): Promise<WorkbookReply> {
  const copy = new Uint8Array(bytes);
  const job: WorkbookJob = { bytes: copy, maxCells: WORKBOOK_LIMITS.cells };
  const heapMb = WORKBOOK_LIMITS.heapMb;
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./workbook-worker.ts", import.meta.url), {
      workerData: job,
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (reply: WorkbookReply) => {
      if (settled) return;
      settled = true;
      resolve(reply);
      void worker.terminate();
    };
    worker.once("message", (reply: WorkbookReply) => settle(reply));
    worker.once("error", (error: Error & { code?: string }) =>
      settle({
        problem:
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `reading it needs more than the ${heapMb} MB of memory a workbook may use`
            : `the workbook could not be parsed (${error.message.slice(0, 200)})`,
      }),
    );
    worker.once("exit", () =>
      settle({ problem: "the workbook could not be parsed (the reading thread stopped)" }),
    );
  });
}

/** The workbook's bytes, or why they are not read (too large). */
function workbookBytes(request: ReadRequest): Buffer | string {
  if (request.bytes) return request.bytes;
  const size = statSync(request.file.path).size;
  if (size > WORKBOOK_LIMITS.bytes)
    return `it is ${size.toLocaleString("en-GB")} bytes, more than the ${WORKBOOK_LIMITS.bytes / 1024 / 1024} MB a workbook may`;
  return readFileSync(request.file.path);
}

export const workbookReader: Reader = {
  format: "workbook",
  claims: (head) => isOle2Bytes(head) || isXlsxBytes(head),
  accepts: (head) => isOle2Bytes(head) || isZipBytes(head),
  async read(request: ReadRequest, onBatch: (batch: RecordBatch) => void): Promise<FileReport> {
    const bytes = workbookBytes(request);
    if (typeof bytes === "string") {
      // Too large to parse, but hashed as published, like every file.
      const hash = createHash("sha256");
      let size = 0;
      for (const chunk of fileChunks(request.file.path, 0, 1024 * 1024)) {
        hash.update(chunk);
        size += chunk.length;
      }
      const sha256 = hash.digest("hex");
      return {
        sha256,
        bytes: size,
        encoding: "",
        encodingReason: "",
        rejection: `workbook not read: ${bytes}`,
      };
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const ole2 = isOle2Bytes(bytes);
    const report: FileReport = {
      sha256,
      bytes: bytes.length,
      encoding: ole2 ? "xls workbook" : "xlsx workbook",
      encodingReason: ole2 ? "an Excel 97-2003 workbook (OLE2)" : "an Office Open XML workbook (ZIP)",
      rejection: null,
    };
    if (!ole2 && !isZipBytes(bytes))
      return {
        ...report,
        encoding: "",
        rejection: "not a workbook: neither an .xlsx (ZIP) nor an .xls (OLE2) file",
      };
    const problem = ole2 ? null : await packageProblem(bytes);
    const reply = problem === null ? await parseInWorker(bytes) : { problem };
    if ("problem" in reply) return { ...report, rejection: `workbook not read: ${reply.problem}` };
    let offset = 0;
    for (const sheet of reply.sheets) {
      if (sheet.rows.length === 0) continue;
      const lines = offset === 0 ? sheet.lines : sheet.lines.map((line) => line + offset);
      onBatch({ rows: sheet.rows, lines, problems: new Map(), section: sheet.name });
      offset = lines[lines.length - 1] as number;
    }
    if (reply.unread.length > 0) {
      report.notes = reply.unread.map(
        (name) =>
          `sheet "${name.slice(0, 40)}" not read: the workbook parser cannot hold a sheet of that name (renamed, it would be read)`,
      );
    }
    return report;
  },
};
