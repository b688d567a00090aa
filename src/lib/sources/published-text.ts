// A published file's text and physical lines, for showing one line of it in the browser: the bytes
// decoded in the encoding the ingest found (single-byte code pages by table, so the result is the same
// in every browser and in Node), and split into lines the way the ingest numbers them.
import Papa from "papaparse";
import type { OpaqueFile } from "./line-place.ts";

/** Windows-1252, bytes 0x80–0x9F (U+FFFD for the five it leaves undefined, as the ingest gives). */
const WINDOWS_1252_C1 = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";
/** DOS code pages, bytes 0x80–0xFF. */
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0";
const CP850_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0";

/** The characters of bytes 0x80–0xFF in each single-byte encoding the ingest reads. */
const HIGH_HALVES: Record<string, string> = {
  "windows-1252":
    WINDOWS_1252_C1 + Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join(""),
  cp437: CP437_HIGH,
  cp850: CP850_HIGH,
};

function decodeSingleByte(bytes: Uint8Array, high: string): string {
  let out = "";
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: string[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes.push(b < 0x80 ? String.fromCharCode(b) : (high[b - 0x80] as string));
    }
    out += codes.join("");
  }
  return out;
}

/** The text of a published file's bytes in its encoding (as quality.json gives it), without a BOM. */
export function decodePublished(bytes: Uint8Array, encoding: string): string {
  const high = HIGH_HALVES[encoding];
  const text =
    high !== undefined
      ? decodeSingleByte(bytes, high)
      : new TextDecoder(encoding === "utf-16le" || encoding === "utf-16be" ? encoding : "utf-8").decode(
          bytes,
        );
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The physical lines of a text, as the ingest numbers them: CRLF, LF and a lone CR each end a line
 * (line 1 is element 0). A line break at the very end does not start another line.
 */
export function physicalLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export interface LineWindow {
  /** The header row, when it lies before the window. */
  header: { number: number; text: string } | null;
  lines: { number: number; text: string }[];
}

/** How many lines the viewer shows before and after the one asked for. */
export const LINES_AROUND = 5;

/** The lines around `line` (1-based): `around` before and after, and the header line when it is earlier. */
export function lineWindow(
  lines: readonly string[],
  line: number,
  headerLine: number | null,
  around = LINES_AROUND,
): LineWindow {
  const from = Math.max(1, line - around);
  const to = Math.min(lines.length, line + around);
  const window: LineWindow["lines"] = [];
  for (let n = from; n <= to; n++) window.push({ number: n, text: lines[n - 1] as string });
  const header =
    headerLine !== null && headerLine < from && headerLine <= lines.length
      ? { number: headerLine, text: lines[headerLine - 1] as string }
      : null;
  return { header, lines: window };
}

/** A published file the site holds, as the viewer is given it. */
export interface SourceFile {
  council: string;
  file: string;
  encoding: string;
  header_line: number | null;
}

/** A published file as the viewer page lists it: with its council's name and its address on the site. */
export interface ViewerFile extends SourceFile {
  council_name: string;
  href: string;
  bytes: number;
  /** For a workbook or a member of an archive: where a line is, as the viewer cannot show it as text. */
  opaque?: OpaqueFile | undefined;
  /** Whether any of the file (or the whole file) was set aside: only then is rejects.csv read. */
  setAside: boolean;
}

/** Above this size the viewer asks before downloading a whole file to show one line of it. */
export const ASK_ABOVE_BYTES = 8 * 1024 * 1024;

/**
 * The file and line a viewer address asks for (?file=council/path&line=n), or why it cannot be shown.
 * Only files the site lists are accepted: the address never decides what is fetched.
 */
export function requestedLine(
  params: URLSearchParams,
  files: readonly SourceFile[],
): { source: SourceFile; line: number } | { problem: string } {
  const asked = params.get("file") ?? "";
  const source = files.find((f) => `${f.council}/${f.file}` === asked);
  if (!source)
    return { problem: asked === "" ? "No file was asked for." : `No published file is called "${asked}".` };
  const line = Number(params.get("line") ?? "");
  if (!Number.isSafeInteger(line) || line < 1)
    return { problem: "The line number is missing or not a whole number." };
  return { source, line };
}

/** What rejects.csv says about a line (or, with no line, about a whole file not used). */
export interface LineReject {
  /** True when the whole file was not used. */
  wholeFile: boolean;
  reason: string;
  /** For "duplicate of spend/x.csv:12": the record it repeats, in the same council's files. */
  duplicateOf: { file: string; line: number } | null;
}

const DUPLICATE = /^duplicate of (.+):(\d+)$/;

/**
 * The reject recorded for a line of a file in rejects.csv's rows (council, source_file, source_line,
 * reason; text cells already unguarded), or null when the line was kept.
 */
export function rejectOfLine(
  rows: readonly Record<string, string>[],
  council: string,
  file: string,
  line: number,
): LineReject | null {
  const wanted = String(line);
  for (const row of rows) {
    if (row.council !== council || row.source_file !== file) continue;
    const wholeFile = (row.source_line ?? "") === "";
    if (!wholeFile && row.source_line !== wanted) continue;
    const reason = row.reason ?? "";
    const duplicate = DUPLICATE.exec(reason);
    return {
      wholeFile,
      reason,
      duplicateOf: duplicate ? { file: duplicate[1] as string, line: Number(duplicate[2]) } : null,
    };
  }
  return null;
}

/** Lines a record may run on over (a quoted cell with line breaks), read with the line it starts on. */
const RECORD_LINES = 20;

/**
 * The cells of the record that starts on `line` (1-based), read on over the following lines when a
 * quoted cell holds line breaks; empty when its quoting is broken or there is no such line.
 */
export function recordCells(lines: readonly string[], line: number): string[] {
  if (line < 1 || line > lines.length) return [];
  const text = lines.slice(line - 1, line - 1 + RECORD_LINES).join("\n");
  const parsed = Papa.parse<string[]>(text, { delimiter: "", preview: 1 });
  return parsed.errors.some((e) => e.row === 0) ? [] : (parsed.data[0] ?? []);
}
