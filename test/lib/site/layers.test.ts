// The layers, checked on the source: the dataset module loads and indexes only (it imports no page
// model, view model, chart or page), and pages read their models from src/lib/site/, not the dataset.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");

function filesUnder(dir: string, ends: readonly string[]): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => ends.some((end) => name.endsWith(end)))
    .map((name) => join(dir, name));
}

/** The modules a file imports (static and dynamic), as written. */
const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map(
    (m) => m[1] as string,
  );

describe("the layers", () => {
  it("keeps src/lib/dataset/ free of views, page models, charts and pages", () => {
    const found = filesUnder("src/lib/dataset", [".ts"]).flatMap((file) =>
      importsOf(file)
        .filter((path) => /(?:^|\/)(?:views|site|published-charts|pages)\//.test(path))
        .map((path) => `${relative(ROOT, join(ROOT, file))} imports ${path}`),
    );
    expect(found).toEqual([]);
  });

  it("has pages read the dataset only through src/lib/site/", () => {
    const found = filesUnder("src/pages", [".astro", ".ts"]).flatMap((file) =>
      importsOf(file)
        .filter((path) => /lib\/dataset\//.test(path))
        .map((path) => `${file} imports ${path}`),
    );
    expect(found).toEqual([]);
  });
});
