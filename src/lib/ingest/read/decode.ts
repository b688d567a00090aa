// Sniffs a published file's text encoding (UTF-8, Windows-1252 or a DOS code page) in one streaming
// pass that also hashes it, and streams its decoded text with any byte-order mark removed. A file of
// up to ONE_READ_MAX bytes is read once: the decoded text comes from the bytes the sniff read.
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import iconv from "iconv-lite";
import type { Encoding } from "../../config/schema.ts";
import { ByteStats, highByteCounts } from "./byte-stats.ts";
import { decodeWindows1252 } from "./windows-1252.ts";

export interface FileSniff {
  sha256: string;
  bytes: number;
  encoding: Encoding;
  /** Bytes of byte-order mark at the start (0, 3 for EF BB BF, 6 for a double-encoded C3 AF C2 BB C2 BF). */
  bomLength: number;
  /** Set when the file is not text at all: what it looks like instead. */
  binary: string | null;
  encodingReason: string;
}

export interface StreamOptions {
  /** Read size in bytes (default 1 MiB); small values exist for tests. */
  chunkSize?: number;
  /** Largest file read into memory once (default ONE_READ_MAX); larger ones stream twice. */
  oneReadMax?: number;
  /** The file's bytes, already in memory (an archive member): then nothing is read from path. */
  bytes?: Buffer | undefined;
}

const CHUNK = 1024 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const HEAD_BYTES = 4096;
/** Bytes of non-UTF-8 text examined to choose between Windows-1252 and a DOS code page. */
const STATS_LIMIT = 16 * 1024 * 1024;
/** Files up to this size are read into memory once; larger ones stream, and are read twice. */
export const ONE_READ_MAX = 32 * 1024 * 1024;

/** What a file is when it is not text at all (compressed, a workbook, a PDF…), or null. */
export function binaryKind(head: Buffer): string | null {
  if (startsWith(head, [0x1f, 0x8b])) return "a gzip-compressed file";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return "a ZIP archive (an Excel .xlsx workbook is one)";
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return "an Excel .xls workbook";
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return "a PDF document";
  if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) return null;
  return head.includes(0) ? "binary data (it holds NUL bytes)" : null;
}
const DOUBLE_BOM = [0xc3, 0xaf, 0xc2, 0xbb, 0xc2, 0xbf];

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  if (head.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[i] !== bytes[i]) return false;
  return true;
}

/** Length of the UTF-8 sequence a lead byte starts (0 when it cannot start one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Where an incomplete multibyte sequence at the end of bytes starts (bytes.length when none). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k] as number;
    if (b >= 0x80 && b <= 0xbf) continue;
    return sequenceLength(b) > k ? n - k : n;
  }
  return n;
}

/** Checks UTF-8 validity chunk by chunk, carrying a split multibyte sequence into the next chunk. */
class Utf8Check {
  valid = true;
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    if (!this.valid) return;
    let start = 0;
    if (this.pending.length > 0) {
      const want = sequenceLength(this.pending[0] as number);
      start = Math.min(want - this.pending.length, chunk.length);
      this.pending = Buffer.concat([this.pending, chunk.subarray(0, start)]);
      if (this.pending.length < want) return;
      if (!isUtf8(this.pending)) this.valid = false;
      this.pending = Buffer.alloc(0);
    }
    const body = chunk.subarray(start);
    const cut = incompleteTail(body);
    if (!isUtf8(body.subarray(0, cut))) this.valid = false;
    if (cut < body.length) this.pending = Buffer.from(body.subarray(cut));
  }

  end(): void {
    if (this.pending.length > 0) this.valid = false;
  }
}

/**
 * The file's bytes from start, in chunks of chunkSize (the last may be shorter), read synchronously:
 * the same chunks a read stream with that highWaterMark gives, without waiting on the thread pool
 * for each one (files are read by worker threads, or by a command with nothing else to do).
 */
export function* fileChunks(path: string, start: number, chunkSize: number): Generator<Buffer> {
  const fd = openSync(path, "r");
  try {
    let position = start;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize);
      const filled = readFully(fd, chunk, position);
      if (filled === 0) return;
      position += filled;
      yield filled === chunkSize ? chunk : chunk.subarray(0, filled);
      if (filled < chunkSize) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads into buf from position until it is full or the file ends; returns the bytes read. */
function readFully(fd: number, buf: Buffer, position: number): number {
  let filled = 0;
  while (filled < buf.length) {
    const n = readSync(fd, buf, filled, buf.length - filled, position + filled);
    if (n === 0) break;
    filled += n;
  }
  return filled;
}

/** The whole file when it has at most max bytes, else null. */
function readSmallFile(path: string, max: number): Buffer | null {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > max) return null;
    // One byte more than the size says, to notice a file that grew since.
    const data = Buffer.allocUnsafe(size + 1);
    const filled = readFully(fd, data, 0);
    return filled > size ? null : data.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** The same chunks as fileChunks, cut from bytes already read. */
function* sliceChunks(data: Buffer, start: number, chunkSize: number): Generator<Buffer> {
  for (let at = start; at < data.length; at += chunkSize) yield data.subarray(at, at + chunkSize);
}

/** Bytes the sniff read, kept for openText so a small file is read once. */
const readBytes = new WeakMap<FileSniff, Buffer>();

/**
 * Hashes the file and decides its encoding in one streaming pass. A forced encoding skips detection
 * (the file is still hashed and its BOM still found).
 */
export async function sniffFile(
  path: string,
  forced?: Encoding,
  options?: StreamOptions,
): Promise<FileSniff> {
  const hash = createHash("sha256");
  const utf8 = new Utf8Check();
  const stats = new ByteStats();
  const chunkSize = options?.chunkSize ?? CHUNK;
  const data = options?.bytes ?? readSmallFile(path, options?.oneReadMax ?? ONE_READ_MAX);
  let head = Buffer.alloc(0);
  let bytes = 0;
  for (const chunk of data ? sliceChunks(data, 0, chunkSize) : fileChunks(path, 0, chunkSize)) {
    hash.update(chunk);
    if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
    if (!forced) {
      utf8.push(chunk);
      // Byte statistics only matter once the file is known not to be UTF-8, and a few megabytes of
      // such text settle the code page.
      if (!utf8.valid && stats.length < STATS_LIMIT) stats.push(chunk, bytes);
    }
    bytes += chunk.length;
  }
  utf8.end();
  let bomLength = 0;
  let bomNote = "";
  const binary = binaryKind(head);
  if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) {
    const encoding = head[0] === 0xff ? "utf-16le" : "utf-16be";
    return keep(
      {
        sha256: hash.digest("hex"),
        bytes,
        bomLength: 2,
        encoding,
        encodingReason: `${encoding} (BOM)`,
        binary,
      },
      data,
    );
  }
  if (startsWith(head, DOUBLE_BOM)) {
    bomLength = 6;
    bomNote = " (double-encoded BOM)";
  } else if (startsWith(head, UTF8_BOM)) {
    bomLength = 3;
    bomNote = " (BOM)";
  }
  const base = { sha256: hash.digest("hex"), bytes, bomLength, binary };
  let sniff: FileSniff;
  if (forced) sniff = { ...base, encoding: forced, encodingReason: "set in council.json" };
  else if (bytes === 0) sniff = { ...base, encoding: "utf-8", encodingReason: "empty file" };
  else if (utf8.valid) sniff = { ...base, encoding: "utf-8", encodingReason: `valid UTF-8${bomNote}` };
  else {
    const chosen = stats.choose(() =>
      highByteCounts(
        data
          ? [data.subarray(stats.start, stats.start + stats.length)]
          : leading(fileChunks(path, stats.start, CHUNK), stats.length),
      ),
    );
    sniff = { ...base, encoding: chosen.encoding, encodingReason: chosen.reason + bomNote };
  }
  return keep(sniff, data);
}

function keep(sniff: FileSniff, data: Buffer | null): FileSniff {
  if (data) readBytes.set(sniff, data);
  return sniff;
}

/** The first length bytes of the chunks. */
function* leading(chunks: Iterable<Buffer>, length: number): Generator<Buffer> {
  let left = length;
  for (const chunk of chunks) {
    if (left <= 0) return;
    yield chunk.subarray(0, left);
    left -= chunk.length;
  }
}

interface TextDecoderLike {
  write(chunk: Buffer): string;
  end(): string | undefined;
}

function decoderFor(encoding: Encoding): TextDecoderLike {
  if (encoding === "utf-8") {
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
  }
  if (encoding === "windows-1252") return { write: decodeWindows1252, end: () => "" };
  return iconv.getDecoder(encoding, { stripBOM: false });
}

/**
 * Streams the file's decoded text in chunks, BOM removed (and a leading U+FEFF that survives decoding).
 * Memory stays flat; a multibyte character split across reads is never split in the output.
 */
export async function* openText(
  path: string,
  sniff: FileSniff,
  options?: StreamOptions,
): AsyncGenerator<string> {
  const decoder = decoderFor(sniff.encoding);

  let first = true;
  const emit = (text: string): string => {
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
    }
    return text;
  };
  const data = readBytes.get(sniff);
  readBytes.delete(sniff);
  const chunkSize = options?.chunkSize ?? CHUNK;
  for (const chunk of data
    ? sliceChunks(data, sniff.bomLength, chunkSize)
    : fileChunks(path, sniff.bomLength, chunkSize)) {
    const text = emit(decoder.write(chunk));
    if (text.length > 0) yield text;
  }
  const rest = emit(decoder.end() ?? "");
  if (rest.length > 0) yield rest;
}
