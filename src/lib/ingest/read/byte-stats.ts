// Chooses the code page of a file that is not valid UTF-8: Windows-1252 or cp850 (a DOS export).
// A £ byte directly before a digit settles it (0xA3 in Windows-1252, 0x9C in cp850); those are
// found with native byte searches as the file streams past. Only when they do not settle it are
// the non-ASCII bytes counted and weighed, in a second read of the same bytes.
import iconv from "iconv-lite";
import type { Encoding } from "../../config/schema.ts";

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

const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/** Positions p in chunk where chunk[p] is byte and chunk[p + 1] a digit. */
function beforeDigits(chunk: Buffer, byte: number): number {
  let n = 0;
  for (let p = chunk.indexOf(byte); p !== -1; p = chunk.indexOf(byte, p + 1)) {
    if (isDigit(chunk[p + 1])) n++;
  }
  return n;
}

/** Counts of each byte 0x80-0xFF in the chunks. */
export function highByteCounts(chunks: Iterable<Uint8Array>): Float64Array {
  const counts = new Float64Array(128);
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (b >= 0x80) counts[b - 0x80]++;
    }
  }
  return counts;
}

/** Statistics of a contiguous run of a file's bytes, gathered chunk by chunk as it streams past. */
export class ByteStats {
  /** 0xA3 (£ in 1252) and 0x9C (£ in cp850) directly before a digit. */
  poundA3 = 0;
  pound9C = 0;
  /** File offset of the first byte pushed (-1 before any) and how many bytes were pushed. */
  start = -1;
  length = 0;
  private previous = 0;

  /** The chunk of the file that starts at offset (chunks are pushed in file order, without gaps). */
  push(chunk: Buffer, offset: number): void {
    if (chunk.length === 0) return;
    if (this.start === -1) this.start = offset;
    this.length += chunk.length;
    // A pound byte that ended the previous chunk, before a digit that starts this one.
    if (isDigit(chunk[0])) {
      if (this.previous === 0xa3) this.poundA3++;
      else if (this.previous === 0x9c) this.pound9C++;
    }
    this.poundA3 += beforeDigits(chunk, 0xa3);
    this.pound9C += beforeDigits(chunk, 0x9c);
    this.previous = chunk[chunk.length - 1] as number;
  }

  /**
   * Windows-1252 or cp850, with the reason, for a file that is not valid UTF-8. counts gives the
   * high-byte counts of the pushed bytes when the pounds do not decide.
   */
  choose(counts: () => Float64Array): { encoding: Encoding; reason: string } {
    if (this.pound9C > this.poundA3)
      return { encoding: "cp850", reason: "not UTF-8; 0x9C before digits → cp850" };
    if (this.poundA3 > this.pound9C) {
      return { encoding: "windows-1252", reason: "not UTF-8; 0xA3 (£) before digits → windows-1252" };
    }
    weightCache ??= { w1252: plausibility("windows-1252"), w850: plausibility("cp850") };
    const n = counts();
    let s1252 = 0;
    let s850 = 0;
    for (let i = 0; i < 128; i++) {
      s1252 += (n[i] as number) * (weightCache.w1252[i] as number);
      s850 += (n[i] as number) * (weightCache.w850[i] as number);
    }
    const scores = `${Math.round(s1252)} vs ${Math.round(s850)}`;
    if (s850 > s1252)
      return { encoding: "cp850", reason: `not UTF-8; text more plausible as cp850 (${scores})` };
    return { encoding: "windows-1252", reason: `not UTF-8; text more plausible as windows-1252 (${scores})` };
  }
}
