// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";

// BASE_PATH lets a council host the site under a sub-path, e.g. /transparency/.
const base = process.env.BASE_PATH ?? "/";
// SITE_URL, the site's origin, when known (Astro.site: absolute addresses in the data page's JSON-LD).
// Without it the site links only relatively.
const site = process.env.SITE_URL?.trim() || undefined;

export default defineConfig({
  base,
  ...(site ? { site } : {}),
  // SITE_DIR lets tests build into their own folder; the site is published from dist/.
  outDir: process.env.SITE_DIR ?? "dist",
  trailingSlash: "always",
  integrations: [react()],
  // Pages render while earlier ones are written: at 30,000 pages the build spends much of its time
  // waiting on the file system (bench:site: astro step 86–108 s with 1, 53–57 s with 8).
  build: { format: "directory", concurrency: 8 },
  compressHTML: true,
  // DuckDB is a native module: the dataset module loads it from node_modules, never bundled.
  vite: { ssr: { external: ["@duckdb/node-api"] } },
});
