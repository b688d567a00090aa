// A file written line by line in a council's encoding, a chunk at a time (never the whole file
// in memory), counting physical lines and bytes.
import { closeSync, openSync, writeSync } from "node:fs";
import iconv from "iconv-lite";
import type { FileEncoding } from "./formats.ts";

export function encodeText(text: string, encoding: FileEncoding): Buffer {
  if (encoding === "utf-8" || encoding === "utf-8-bom") return Buffer.from(text, "utf8");
  return iconv.encode(text, encoding === "cp850" ? "cp850" : "win1252");
}

export class Sink {
  readonly path: string;
  private readonly fd: number;
  private readonly encoding: FileEncoding;
  private readonly newline: string;
  private buffer: string[] = [];
  private pending = 0;
  /** Physical lines written so far (the next line written is lines + 1). */
  lines = 0;
  bytes = 0;

  constructor(path: string, encoding: FileEncoding, newline: string) {
    this.path = path;
    this.encoding = encoding;
    this.newline = newline;
    this.fd = openSync(path, "w");
    if (encoding === "utf-8-bom") this.raw(Buffer.from([0xef, 0xbb, 0xbf]));
  }

  /** Writes one line; returns its 1-based physical line number. */
  line(text: string): number {
    this.buffer.push(text, this.newline);
    this.pending += text.length + 2;
    if (this.pending > 1 << 18) this.flush();
    this.lines += 1;
    return this.lines;
  }

  close(): number {
    this.flush();
    closeSync(this.fd);
    return this.bytes;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    this.raw(encodeText(this.buffer.join(""), this.encoding));
    this.buffer = [];
    this.pending = 0;
  }

  private raw(bytes: Buffer): void {
    writeSync(this.fd, bytes);
    this.bytes += bytes.length;
  }
}
