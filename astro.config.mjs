// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";

// BASE_PATH lets a council host the site under a sub-path, e.g. /transparency/.
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  // SITE_DIR lets tests build into their own folder; the site is published from dist/.
  outDir: process.env.SITE_DIR ?? "dist",
  trailingSlash: "always",
  integrations: [react()],
  build: { format: "directory" },
  compressHTML: false,
});
