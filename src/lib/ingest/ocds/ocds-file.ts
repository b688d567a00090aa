// Reads one OCDS file of a council (ocds/*.json, *.jsonl): a release package, a record package, a
// bare release, an array of releases, or JSON lines of any of these. The file is streamed: only one
// release is held as text at a time. Every release is kept or set aside with a reason naming the file
// and JSON pointer; malformed JSON stops the file at its line and column, keeping what came before.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { OcdsFileSummary, OcdsSetAside } from "../../ocds/model.ts";
import { JsonScanner, type ScanEvent } from "../read/json-scan.ts";
import { type ParsedRelease, parseReleaseText, readRelease } from "./release.ts";

export interface OcdsFileResult {
  summary: OcdsFileSummary;
  /** The releases kept, unless `onRelease` was given (then each went to it and none is held). */
  releases: ParsedRelease[];
  set_aside: OcdsSetAside[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads `path`, shown as `file` (relative to the council folder). maxChars: the largest release read.
 * onRelease: receives each kept release as it is read (e.g. to merge it), so none is held.
 */
export async function readOcdsFile(
  path: string,
  council: string,
  file: string,
  maxChars?: number,
  onRelease?: (release: ParsedRelease) => void,
): Promise<OcdsFileResult> {
  const releases: ParsedRelease[] = [];
  let kept = 0;
  const setAside: OcdsSetAside[] = [];
  let count = 0;
  let fileReason: string | null = null;
  const lines = /\.(jsonl|ndjson)$/i.test(file);
  // the members of the current document, when it is an object (a bare release is assembled from them)
  let members: Record<string, unknown> = {};
  let streamed = false;
  let documentLine = 1;
  let shape: "object" | "array" = "object";

  const where = (document: number, pointer: string) =>
    lines || document > 0 ? `${file}:${documentLine}#${pointer}` : `${file}#${pointer}`;
  const reject = (document: number, pointer: string, line: number, reason: string) => {
    count++;
    setAside.push({ council, file, pointer: where(document, pointer).slice(file.length), line, reason });
  };
  const take = (value: unknown, document: number, pointer: string, line: number) => {
    const result = readRelease(value, where(document, pointer));
    if (result.ok) {
      count++;
      kept++;
      if (onRelease) onRelease(result.release);
      else releases.push(result.release);
    } else reject(document, pointer, line, result.reason);
  };
  const record = (value: unknown, document: number, pointer: string, line: number) => {
    if (!isObject(value)) return reject(document, pointer, line, "a record that is not an object");
    if (isObject(value.compiledRelease))
      return take(value.compiledRelease, document, `${pointer}/compiledRelease`, line);
    const embedded = Array.isArray(value.releases) ? value.releases : [];
    if (embedded.length === 0)
      return reject(document, pointer, line, "a record with neither a compiled release nor releases");
    embedded.forEach((release, j) => {
      if (isObject(release) && release.ocid !== undefined)
        take(release, document, `${pointer}/releases/${j}`, line);
      else
        reject(
          document,
          `${pointer}/releases/${j}`,
          line,
          "a linked release (only its address is published, not the release)",
        );
    });
  };
  const onValue = (event: Extract<ScanEvent, { kind: "value" }>) => {
    let value: unknown;
    try {
      value = parseReleaseText(event.text);
    } catch (error) {
      const message = (error as Error).message.split("\n")[0];
      if (event.role === "element")
        return reject(
          event.document,
          event.pointer,
          event.line,
          `malformed JSON from line ${event.line}: ${message}`,
        );
      fileReason = `${where(event.document, event.pointer)} (line ${event.line}): malformed JSON: ${message}`;
      return;
    }
    if (event.role === "member") {
      members[event.pointer.slice(1)] = value;
      return;
    }
    streamed = true;
    if (shape === "array") return take(value, event.document, event.pointer, event.line);
    if (event.pointer.startsWith("/records/")) record(value, event.document, event.pointer, event.line);
    else take(value, event.document, event.pointer, event.line);
  };
  const onEvent = (event: ScanEvent) => {
    if (event.kind === "value") return onValue(event);
    if (event.kind === "too-large")
      return reject(
        event.document,
        event.pointer,
        event.line,
        `over ${maxChars ?? "64 MiB"} characters: too large to read as one release`,
      );
    if (event.kind === "document-start") {
      members = {};
      streamed = false;
      documentLine = event.line;
      shape = event.shape;
      return;
    }
    if (event.kind === "document-end") {
      if (shape === "object" && !streamed) {
        if (members.ocid !== undefined) take(members, event.document, "", documentLine);
        else if (!("releases" in members) && !("records" in members))
          reject(
            event.document,
            "",
            documentLine,
            "not OCDS: no releases, records or ocid in this JSON document",
          );
      }
      return;
    }
    fileReason = `${where(event.document, event.pointer)}: malformed JSON at line ${event.line}, column ${event.column}: ${event.message}`;
  };

  const scanner = new JsonScanner(onEvent, maxChars);
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8");
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (fileReason === null) scanner.feed(decoder.decode(chunk, { stream: true }));
  }
  if (fileReason === null) {
    scanner.feed(decoder.decode());
    scanner.end();
  }
  return {
    summary: {
      council,
      file,
      sha256: hash.digest("hex"),
      bytes,
      releases: count,
      kept,
      set_aside: setAside.length,
      file_reason: fileReason,
    },
    releases,
    set_aside: setAside,
  };
}
