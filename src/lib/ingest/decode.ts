// Sniffs a published file's text encoding (UTF-8, Windows-1252 or a DOS code page) in one streaming
// pass that also hashes it, and streams its decoded text with any byte-order mark removed.
import { isAscii, isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import iconv from "iconv-lite";
import type { Encoding } from "../config/schema.ts";

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
}

const CHUNK = 1024 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const HEAD_BYTES = 4096;
/** Bytes of non-UTF-8 text examined to choose between Windows-1252 and a DOS code page. */
const STATS_LIMIT = 16 * 1024 * 1024;

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
      let filled = 0;
      while (filled < chunkSize) {
        const n = readSync(fd, chunk, filled, chunkSize - filled, position + filled);
        if (n === 0) break;
        filled += n;
      }
      if (filled === 0) return;
      position += filled;
      yield filled === chunkSize ? chunk : chunk.subarray(0, filled);
      if (filled < chunkSize) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** How plausible each byte 0x80-0xFF is in text when decoded with the given code page. */
function plausibility(encoding: Encoding): Float64Array {
  const bytes = Buffer.alloc(128);
  for (let i = 0; i < 128; i++) bytes[i] = 0x80 + i;
  const chars = Array.from(iconv.decode(bytes, encoding));
  const weights = new Float64Array(128);
  chars.forEach((ch, i) => {
    if (ch === "£" || ch === "€") weights[i] = 3;
    else if ("‘’“”–—…•\u00a0".includes(ch)) weights[i] = 2;
    else if ("éèêëàâäáçüöôóúíïîñÉ".includes(ch)) weights[i] = 1.5;
    else if (/\p{L}/u.test(ch)) weights[i] = 0.5;
    else if (/[\u0080-\u009f\ufffd\u2500-\u25ff]/u.test(ch)) weights[i] = -3;
    else weights[i] = 0;
  });
  return weights;
}

let weightCache: { w1252: Float64Array; w850: Float64Array } | null = null;

/** Byte statistics of the non-ASCII bytes, gathered while the file streams past. */
class ByteStats {
  readonly counts = new Float64Array(128);
  /** 0xA3 (£ in 1252) and 0x9C (£ in cp850) directly before a digit. */
  poundA3 = 0;
  pound9C = 0;
  private previous = 0;

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (isAscii(chunk)) {
      // Fast path: no byte to count, only a pound byte that ended the previous chunk to settle.
      const first = chunk[0] as number;
      if (first >= 0x30 && first <= 0x39) {
        if (this.previous === 0xa3) this.poundA3++;
        else if (this.previous === 0x9c) this.pound9C++;
      }
      this.previous = chunk[chunk.length - 1] as number;
      return;
    }
    const counts = this.counts;
    let previous = this.previous;
    let poundA3 = 0;
    let pound9C = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (b >= 0x80) counts[b - 0x80]++;
      else if (b >= 0x30 && b <= 0x39) {
        if (previous === 0xa3) poundA3++;
        else if (previous === 0x9c) pound9C++;
      }
      previous = b;
    }
    this.poundA3 += poundA3;
    this.pound9C += pound9C;
    this.previous = previous;
  }

  /** Windows-1252 or cp850, with the reason, for a file that is not valid UTF-8. */
  choose(): { encoding: Encoding; reason: string } {
    if (this.pound9C > this.poundA3)
      return { encoding: "cp850", reason: "not UTF-8; 0x9C before digits → cp850" };
    if (this.poundA3 > this.pound9C) {
      return { encoding: "windows-1252", reason: "not UTF-8; 0xA3 (£) before digits → windows-1252" };
    }
    weightCache ??= { w1252: plausibility("windows-1252"), w850: plausibility("cp850") };
    let s1252 = 0;
    let s850 = 0;
    for (let i = 0; i < 128; i++) {
      const n = this.counts[i] as number;
      s1252 += n * (weightCache.w1252[i] as number);
      s850 += n * (weightCache.w850[i] as number);
    }
    const scores = `${Math.round(s1252)} vs ${Math.round(s850)}`;
    if (s850 > s1252)
      return { encoding: "cp850", reason: `not UTF-8; text more plausible as cp850 (${scores})` };
    return { encoding: "windows-1252", reason: `not UTF-8; text more plausible as windows-1252 (${scores})` };
  }
}

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
  let head = Buffer.alloc(0);
  let bytes = 0;
  let statsBytes = 0;
  for (const chunk of fileChunks(path, 0, options?.chunkSize ?? CHUNK)) {
    hash.update(chunk);
    bytes += chunk.length;
    if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
    if (forced) continue;
    utf8.push(chunk);
    // Byte statistics only matter once the file is known not to be UTF-8, and a few megabytes of
    // such text settle the code page.
    if (!utf8.valid && statsBytes < STATS_LIMIT) {
      stats.push(chunk);
      statsBytes += chunk.length;
    }
  }
  utf8.end();
  let bomLength = 0;
  let bomNote = "";
  const binary = binaryKind(head);
  if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) {
    const encoding = head[0] === 0xff ? "utf-16le" : "utf-16be";
    return {
      sha256: hash.digest("hex"),
      bytes,
      bomLength: 2,
      encoding,
      encodingReason: `${encoding} (BOM)`,
      binary,
    };
  }
  if (startsWith(head, DOUBLE_BOM)) {
    bomLength = 6;
    bomNote = " (double-encoded BOM)";
  } else if (startsWith(head, UTF8_BOM)) {
    bomLength = 3;
    bomNote = " (BOM)";
  }
  const base = { sha256: hash.digest("hex"), bytes, bomLength, binary };
  if (forced) return { ...base, encoding: forced, encodingReason: "set in council.json" };
  if (bytes === 0) return { ...base, encoding: "utf-8", encodingReason: "empty file" };
  if (utf8.valid) return { ...base, encoding: "utf-8", encodingReason: `valid UTF-8${bomNote}` };
  const chosen = stats.choose();
  return { ...base, encoding: chosen.encoding, encodingReason: chosen.reason + bomNote };
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
  for (const chunk of fileChunks(path, sniff.bomLength, options?.chunkSize ?? CHUNK)) {
    const text = emit(decoder.write(chunk));
    if (text.length > 0) yield text;
  }
  const rest = emit(decoder.end() ?? "");
  if (rest.length > 0) yield rest;
}
