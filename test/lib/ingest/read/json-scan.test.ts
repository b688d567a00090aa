import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JsonScanner, type ScanEvent } from "../../../../src/lib/ingest/read/json-scan.ts";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/ocds");

function scan(text: string, size: number): ScanEvent[] {
  const events: ScanEvent[] = [];
  const scanner = new JsonScanner((e) => events.push(e));
  for (let i = 0; i < text.length; i += size) scanner.feed(text.slice(i, i + size));
  scanner.end();
  return events;
}

describe("JsonScanner", () => {
  it("gives the same values, pointers and lines however the text is cut into chunks", () => {
    for (const name of ["release-package.json", "record-package.json", "lines.jsonl", "wrong-type.json"]) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      const whole = scan(text, text.length);
      for (const size of [1, 2, 7, 64])
        expect(scan(text, size), `${name} in chunks of ${size}`).toEqual(whole);
    }
  });

  it("hands on each element of releases as text that parses, with escaped quotes and brackets in strings", () => {
    const text = '{"releases":[{"ocid":"a\\"}]","n":[1,{"x":"["}]}, {"ocid":"b"}],"uri":"u"}';
    const values = scan(text, 3).filter((e) => e.kind === "value");
    expect(values.map((e) => [e.pointer, JSON.parse(e.text)])).toEqual([
      ["/releases/0", { ocid: 'a"}]', n: [1, { x: "[" }] }],
      ["/releases/1", { ocid: "b" }],
      ["/uri", "u"],
    ]);
  });
});
