// Which reader reads a published file: the one its name calls for (formats.ts) when it accepts the
// file's first bytes, else one whose claims() recognises them, else the named one if it looks at no
// bytes, else CSV, the text every council publishes. So a workbook or an archive is known by its first
// bytes whatever its name, an .xlsx is a workbook whatever part its package starts with, and a file
// named like a workbook whose bytes are text (a CSV saved with an .xls name) is read as that text.
// A request that carries a member's bytes is read as the member's name says; one without is read as
// the file on disk (an archive, whose reader then asks here for its member's).
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
  const name = request.bytes && request.file.member !== null ? request.file.member : request.file.path;
  const extension = extensionOf(name);
  const byExtension = added.find((entry) => entry.extensions.includes(extension))?.reader;
  const format = formatOfName(name);
  const named = byExtension ?? READERS.find((reader) => reader.format === format);
  // The name's own format, when its bytes may be that format (an .xlsx is a ZIP of any first part).
  if (named?.accepts?.(head)) return named;
  const claimant = readers.find((reader) => reader.claims?.(head));
  if (claimant) return claimant;
  // Named as a format its bytes are not: text saved as .xls is read as the text it is.
  return named && !named.claims ? named : csvReader;
}
