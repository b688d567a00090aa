// docs/dataset.md is generated from the table declarations: the committed file must be what the
// generator prints (run `npm run docs:tables` after changing a declaration).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLISHED_TABLES, TABLE_GROUPS } from "../../../src/lib/tables/catalogue.ts";
import { datasetDoc } from "../../../src/lib/tables/docs.ts";

const DOC = join(import.meta.dirname, "../../../docs/dataset.md");

describe("docs/dataset.md", () => {
  it("is what npm run docs:tables prints from the declarations", () => {
    expect(readFileSync(DOC, "utf8")).toBe(datasetDoc(TABLE_GROUPS));
  });

  it("documents every column of every table, pipes escaped", () => {
    const doc = datasetDoc(TABLE_GROUPS);
    for (const table of PUBLISHED_TABLES) {
      expect(doc).toContain(`### ${table.file}\n`);
      for (const c of table.columns) expect(doc).toContain(`| \`${c.name}\` |`);
    }
    expect(doc).toContain('separated by " \\| "');
  });
});
