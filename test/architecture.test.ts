// Import rules between the folders of src/, read from the modules' own import statements: the table
// toolkit, the ingest's readers and the dataset never reach up into pages or view models; the table
// toolkit stands alone; the dataset does not depend on the ingest; browser code never loads the ingest.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const MODULE = /\.(ts|tsx|mts|js|mjs|astro)$/;

/** Which folders the modules of a folder must not import from. */
const RULES: { from: string[]; never: string[] }[] = [
  {
    from: ["src/lib/tables", "src/lib/ingest/read", "src/lib/dataset"],
    never: ["src/lib/views", "src/lib/site", "src/pages"],
  },
  {
    from: ["src/lib/tables"],
    never: [
      "src/lib/ingest",
      "src/lib/flags",
      "src/lib/dataset",
      "src/lib/views",
      "src/lib/published-charts",
    ],
  },
  { from: ["src/lib/dataset"], never: ["src/lib/ingest", "src/lib/published-charts"] },
  { from: ["src/client"], never: ["src/lib/ingest"] },
];

/** Every module under `dir`, relative to the project with "/" separators. */
function modulesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => MODULE.test(name))
    .map((name) => `${dir}/${name.replaceAll("\\", "/")}`)
    .sort();
}

/** The specifiers of `from "…"`, `import "…"` and `import("…")` in a module's text. */
function importSpecifiers(text: string): string[] {
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] as string));
}

/** The project-relative paths a module imports (relative specifiers only: packages are not folders of src/). */
function importedPaths(module: string): string[] {
  return importSpecifiers(readFileSync(join(ROOT, module), "utf8"))
    .filter((spec) => spec.startsWith("."))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(module), spec)).replaceAll("\\", "/"));
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

const MODULES = modulesUnder("src");

describe("import rules", () => {
  it("reads the imports of every module under src/", () => {
    expect(MODULES.length).toBeGreaterThan(100);
    expect(MODULES.some((m) => m.endsWith(".astro"))).toBe(true);
    expect(MODULES.flatMap(importedPaths).length).toBeGreaterThan(MODULES.length);
  });

  it("finds static, side-effect, re-exported and dynamic imports, over several lines too", () => {
    const text = [
      'import { a,\n  b } from "./a.ts";',
      'import type { C } from "../c.ts";',
      'import "./side.css";',
      'export { d } from "./d.ts";',
      'const e = await import("./e.ts");',
      "import f from 'f';",
    ].join("\n");
    expect(importSpecifiers(text).sort()).toEqual([
      "../c.ts",
      "./a.ts",
      "./d.ts",
      "./e.ts",
      "./side.css",
      "f",
    ]);
  });

  for (const { from, never } of RULES) {
    it(`${from.join(", ")} import nothing under ${never.join(", ")}`, () => {
      const violations = MODULES.filter((m) => from.some((folder) => inside(m, folder))).flatMap((m) =>
        importedPaths(m)
          .filter((path) => never.some((folder) => inside(path, folder)))
          .map((path) => `${m} → ${path}`),
      );
      expect(violations).toEqual([]);
    });
  }
});
