// The baseline of bench:site: a bare Astro project with the same number of trivial pages, using
// the project's own Astro (each package linked from its node_modules, so caches stay local).
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Writes the bare project into `dir` (replacing it); `pages` pages under /p/<n>/. */
export function writeBareProject(dir: string, root: string, pages: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src", "pages", "p"), { recursive: true });
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  const from = resolve(root, "node_modules");
  for (const name of readdirSync(from)) {
    if (name.startsWith(".")) continue;
    symlinkSync(join(from, name), join(modules, name));
  }
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "bench-bare", private: true, type: "module" })}\n`,
  );
  writeFileSync(
    join(dir, "astro.config.mjs"),
    [
      'import { defineConfig } from "astro/config";',
      "",
      "// Same output options as the site: directory format, trailing slash, HTML not compressed, and the",
      "// same number of pages rendered at once.",
      'export default defineConfig({ trailingSlash: "always", build: { format: "directory", concurrency: 8 }, compressHTML: false });',
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "src", "pages", "p", "[id].astro"),
    [
      "---",
      "export function getStaticPaths() {",
      `  return Array.from({ length: ${pages} }, (_v, i) => ({ params: { id: String(i) }, props: { n: i } }));`,
      "}",
      "const { n } = Astro.props;",
      "---",
      '<html lang="en">',
      '  <head><meta charset="utf-8" /><title>Page {n}</title></head>',
      "  <body><h1>Page {n}</h1><p>A trivial page.</p></body>",
      "</html>",
      "",
    ].join("\n"),
  );
}

/** The Astro CLI entry of the project (run with the pinned Node, not a shebang's). */
export const astroCli = (root: string): string => resolve(root, "node_modules", "astro", "bin", "astro.mjs");
