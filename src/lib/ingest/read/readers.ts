// Which reader reads a published file: one whose claims() recognises its first bytes, else the one
// whose format the file's extension names (formats.ts), else CSV, the text every council publishes.
// The bytes decide: a workbook or an archive is known by its first bytes whatever its name, and a
// file named like one whose bytes are not (a CSV saved with an .xls name) is read as text. A request
// that carries a member's bytes is read as the member's name says; one without is read as the file
// on disk (an archive, whose reader then asks here for its member's).
import { closeSync, openSync, readSync } from "node:fs";
import { csvReader } from "./csv-reader.ts";
import { extensionOf, formatOfName } from "./formats.ts";
import { CLAIM_BYTES, type Reader, type ReadRequest } from "./reader.ts";
import { workbookReader } from "./workbook-reader.ts";
import { zipReader } from "./zip-reader.ts";

/** The ingest's readers, one per format of FORMAT_EXTENSIONS; the first whose claims() holds wins. */
export const READERS: readonly Reader[] = [csvReader, workbookReader, zipReader];

/** Readers registered at run time (tests), each with the extensions it takes; they come first. */
const added: { reader: Reader; extensions: readonly string[] }[] = [];

/** Adds a reader for files with these extensions (and any its claims() recognises); returns its removal. */
export function registerReader(reader: Reader, extensions: readonly string[] = []): () => void {
  const entry = { reader, extensions: extensions.map((e) => e.toLowerCase()) };
  added.unshift(entry);
  return () => {
    const at = added.indexOf(entry);
    if (at !== -1) added.splice(at, 1);
  };
}

/** The file's first bytes, for claims() (none when it cannot be opened: reading it says why). */
function headOf(request: ReadRequest): Buffer {
  if (request.bytes) return request.bytes.subarray(0, CLAIM_BYTES);
  const head = Buffer.alloc(CLAIM_BYTES);
  let fd: number;
  try {
    fd = openSync(request.file.path, "r");
  } catch {
    return Buffer.alloc(0);
  }
  try {
    return head.subarray(0, readSync(fd, head, 0, CLAIM_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

export function readerFor(request: ReadRequest): Reader {
  const readers = [...added.map((entry) => entry.reader), ...READERS];
  const head = headOf(request);
  const claimant = readers.find((reader) => reader.claims?.(head));
  if (claimant) return claimant;
  const name = request.bytes && request.file.member !== null ? request.file.member : request.file.path;
  const extension = extensionOf(name);
  const byExtension = added.find((entry) => entry.extensions.includes(extension));
  if (byExtension) return byExtension.reader;
  const format = formatOfName(name);
  const named = READERS.find((reader) => reader.format === format);
  // Named as a format its bytes are not: text saved as .xls is read as the text it is.
  return named && !named.claims ? named : csvReader;
}
