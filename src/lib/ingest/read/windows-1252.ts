// Windows-1252 text decoded natively: as Latin-1 (one character per byte, in native code), then the
// few characters of 0x80-0x9F, where the two differ, put right from iconv-lite's own table, so the
// text is exactly what iconv-lite gives (U+FFFD for the five bytes Windows-1252 leaves undefined).
import iconv from "iconv-lite";

/** Characters Latin-1 decoding gives for bytes 0x80-0x9F. */
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

let table: string[] | null = null;

function windows1252Of(c1: string): string {
  if (!table) {
    const bytes = Buffer.alloc(32);
    for (let i = 0; i < 32; i++) bytes[i] = 0x80 + i;
    table = Array.from(iconv.decode(bytes, "windows-1252"));
  }
  return table[c1.charCodeAt(0) - 0x80] as string;
}

/** The text of Windows-1252 bytes (a single-byte encoding: any chunk boundary is a character boundary). */
export function decodeWindows1252(bytes: Buffer): string {
  const text = bytes.toString("latin1");
  return C1.test(text) ? text.replace(C1_ALL, windows1252Of) : text;
}
