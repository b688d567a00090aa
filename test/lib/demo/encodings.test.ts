import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generated } from "./helpers.ts";

let dir = "";
beforeAll(async () => {
  dir = (await generated({ payments: 3000, seed: 3 })).dir;
});

const filesOf = (slug: string) =>
  ["spend", "contracts"].flatMap((kind) =>
    readdirSync(join(dir, "councils", slug, kind)).map((f) => join(kind, f)),
  );
const bytesOf = (slug: string, file: string) => readFileSync(join(dir, "councils", slug, file));
const all = (slug: string) => Buffer.concat(filesOf(slug).map((f) => bytesOf(slug, f)));
const hasBom = (b: Buffer) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const isUtf8 = (b: Buffer) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

describe("each council publishes in its own encoding", () => {
  it("harrowmere: UTF-8 with a BOM on every file, CRLF", () => {
    for (const file of filesOf("harrowmere")) {
      const b = bytesOf("harrowmere", file);
      expect(hasBom(b), file).toBe(true);
      expect(isUtf8(b), file).toBe(true);
      expect(b.includes("\r\n"), file).toBe(true);
    }
  });

  it("kestwick: Windows-1252 (£ = 0xA3, é = 0xE9), not UTF-8", () => {
    const b = all("kestwick");
    expect(b.includes(Buffer.from([0xa3]))).toBe(true);
    expect(b.includes(Buffer.from("Caf\xe9 Rouge", "latin1"))).toBe(true);
    expect(isUtf8(b)).toBe(false);
  });

  it("fenmouth: DOS code page 850 (£ = 0x9C), never 0xA3", () => {
    const b = all("fenmouth");
    expect(b.includes(Buffer.from([0x9c]))).toBe(true);
    expect(b.includes(Buffer.from([0xa3]))).toBe(false);
    expect(isUtf8(b)).toBe(false);
  });

  it("ashvale: UTF-8 without BOM; one file with CR-only line ends", () => {
    for (const file of filesOf("ashvale")) {
      const b = bytesOf("ashvale", file);
      expect(hasBom(b) || !isUtf8(b), file).toBe(false);
    }
    const cr = bytesOf("ashvale", "spend/2023-02.csv");
    expect(cr.includes("\n")).toBe(false);
    expect(cr.includes("\r")).toBe(true);
  });

  it("brackenridge: UTF-8 without BOM, LF only, an en dash in a redaction", () => {
    for (const file of filesOf("brackenridge")) {
      const b = bytesOf("brackenridge", file);
      expect(hasBom(b) || !isUtf8(b) || b.includes("\r"), file).toBe(false);
    }
    expect(all("brackenridge").includes(Buffer.from("Redacted \u2013 personal data", "utf8"))).toBe(true);
  });
});
