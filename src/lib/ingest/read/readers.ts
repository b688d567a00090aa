// Which reader reads a published file: one whose claims() recognises its first bytes, else the one
// whose format the file's extension names (formats.ts), else CSV, the text every council publishes.
// The bytes decide: a request that carries a member's bytes is read as the member's name says; one
// without is read as the file on disk (an archive, whose reader then asks here for its member's).
import { closeSync, openSync, readSync } from "node:fs";
import { csvReader } from "./csv-reader.ts";
import { extensionOf, formatOfName } from "./formats.ts";
import { CLAIM_BYTES, type Reader, type ReadRequest } from "./reader.ts";

/** The ingest's readers, one per format of FORMAT_EXTENSIONS. */
export const READERS: readonly Reader[] = [csvReader];

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

/** The file's first bytes, for claims(). */
function headOf(request: ReadRequest): Buffer {
  if (request.bytes) return request.bytes.subarray(0, CLAIM_BYTES);
  const head = Buffer.alloc(CLAIM_BYTES);
  const fd = openSync(request.file.path, "r");
  try {
    return head.subarray(0, readSync(fd, head, 0, CLAIM_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

export function readerFor(request: ReadRequest): Reader {
  const readers = [...added.map((entry) => entry.reader), ...READERS];
  // The bytes are only read when some reader looks at them.
  if (readers.some((reader) => reader.claims)) {
    const head = headOf(request);
    const claimant = readers.find((reader) => reader.claims?.(head));
    if (claimant) return claimant;
  }
  const name = request.bytes && request.file.member !== null ? request.file.member : request.file.path;
  const extension = extensionOf(name);
  const byExtension = added.find((entry) => entry.extensions.includes(extension));
  if (byExtension) return byExtension.reader;
  const format = formatOfName(name);
  return READERS.find((reader) => reader.format === format) ?? csvReader;
}
