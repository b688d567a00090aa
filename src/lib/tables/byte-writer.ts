// Writing CSV text straight into byte buffers: ASCII copied by hand, digits and exact amounts
// formatted in place, so a million rows never become a million strings.

/** A growable byte array written with text. */
export class GrowBytes {
  data = new Uint8Array(1 << 16);
  private view: Buffer = Buffer.from(this.data.buffer);
  length = 0;

  text(s: string): void {
    const n = s.length;
    if (this.length + n * 3 > this.data.length) {
      const next = new Uint8Array(Math.max(this.data.length * 2, this.length + n * 3));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
      this.view = Buffer.from(next.buffer);
    }
    const data = this.data;
    let pos = this.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) {
        this.length = pos + this.view.write(s.slice(i), pos, "utf8");
        return;
      }
      data[pos++] = c;
    }
    this.length = pos;
  }
}

/** Copies src into buf at pos; returns the position after it. */
export function put(buf: Uint8Array, pos: number, src: Uint8Array): number {
  const n = src.length;
  if (n > 16) {
    buf.set(src, pos);
    return pos + n;
  }
  for (let i = 0; i < n; i++) buf[pos + i] = src[i] as number;
  return pos + n;
}

/** A non-negative integer in decimal at pos; returns the position after it. */
export function putInt(buf: Uint8Array, pos: number, value: number): number {
  if (value < 10) {
    buf[pos] = 48 + value;
    return pos + 1;
  }
  if (value > 0x7fffffff) return putText(buf, pos, String(value));
  // Below 2^31: integer division, no floating-point floor or modulo.
  let digits = 2;
  for (let p = 100; p <= value; p *= 10) digits++;
  let v = value | 0;
  for (let i = pos + digits - 1; i > pos; i--) {
    const q = (v / 10) | 0;
    buf[i] = 48 + v - q * 10;
    v = q;
  }
  buf[pos] = 48 + v;
  return pos + digits;
}

function putText(buf: Uint8Array, at: number, ascii: string): number {
  let pos = at;
  for (let i = 0; i < ascii.length; i++) buf[pos++] = ascii.charCodeAt(i);
  return pos;
}

/** Integer micros as formatDecimal writes them: at least 2 decimals, further trailing zeros cut. */
export function putAmount(buf: Uint8Array, at: number, micros: number): number {
  let pos = at;
  if (!Number.isSafeInteger(micros)) return putText(buf, pos, formatBig(micros));
  if (micros < 0) buf[pos++] = 45;
  const abs = Math.abs(micros);
  // Whole pounds by a division (a float modulo is slow); a quotient rounded up to the next whole
  // number leaves a negative remainder, put right.
  let pounds = Math.floor(abs / 1_000_000);
  let fraction = abs - pounds * 1_000_000;
  if (fraction < 0) {
    pounds--;
    fraction += 1_000_000;
  }
  pos = putInt(buf, pos, pounds);
  buf[pos++] = 46;
  let end = 6;
  let f = fraction | 0;
  // Trailing zeros beyond the second decimal are dropped.
  while (end > 2 && f % 10 === 0) {
    f = (f / 10) | 0;
    end--;
  }
  for (let i = end - 1; i >= 0; i--) {
    const q = (f / 10) | 0;
    buf[pos + i] = 48 + f - q * 10;
    f = q;
  }
  return pos + end;
}

const CHUNK = 4 * 1024 * 1024;

/**
 * Bytes written into large buffers (each its own ArrayBuffer, so it can be transferred), handed to
 * onChunk as each fills up, or kept until finish() when there is no onChunk.
 */
export class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  private buf = new Uint8Array(CHUNK);
  private readonly onChunk: (chunk: Uint8Array) => void;
  /** Where the next byte goes in the buffer reserve() returned. */
  pos = 0;

  constructor(onChunk?: (chunk: Uint8Array) => void) {
    this.onChunk = onChunk ?? ((chunk) => this.chunks.push(chunk));
  }

  /** The buffer to write at least n bytes into, from pos. */
  reserve(n: number): Uint8Array {
    if (this.pos + n > this.buf.length) {
      if (this.pos > 0) this.onChunk(new Uint8Array(this.buf.buffer, 0, this.pos));
      this.buf = new Uint8Array(Math.max(CHUNK, n));
      this.pos = 0;
    }
    return this.buf;
  }

  /** Hands over the last chunk; returns the chunks kept (none when there is an onChunk). */
  finish(): Uint8Array[] {
    if (this.pos > 0) this.onChunk(new Uint8Array(this.buf.buffer, 0, this.pos));
    this.pos = 0;
    this.buf = new Uint8Array(0);
    return this.chunks;
  }
}

function formatBig(micros: number): string {
  const value = BigInt(micros);
  const abs = value < 0n ? -value : value;
  const fraction = String(abs % 1_000_000n).padStart(6, "0");
  let end = 6;
  while (end > 2 && fraction.charCodeAt(end - 1) === 48) end--;
  return `${value < 0n ? "-" : ""}${abs / 1_000_000n}.${fraction.slice(0, end)}`;
}
