import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstLine } from "../../../src/lib/columnar/parquet-tables.ts";

const dir = mkdtempSync(join(tmpdir(), "first-line-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("firstLine", () => {
  it("reads the header of a CSV without the rest of the file", () => {
    const path = file("a.csv", `id,amount\n${"1,2.00\n".repeat(10_000)}`);
    expect(firstLine(path, 12)).toBe("id,amount");
  });

  it("drops a Windows line ending", () => {
    expect(firstLine(file("b.csv", "id,amount\r\n1,2\r\n"), 12)).toBe("id,amount");
  });

  it("gives a longer first line cut at the limit, so it never equals a shorter header", () => {
    expect(firstLine(file("c.csv", "id,amount,extra\n1,2,3\n"), 11)).toBe("id,amount,e");
  });

  it("reads a file with no line break, and an empty file", () => {
    expect(firstLine(file("d.csv", "id,amount"), 12)).toBe("id,amount");
    expect(firstLine(file("e.csv", ""), 12)).toBe("");
  });
});
