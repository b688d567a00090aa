// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";

// BASE_PATH lets a council host the site under a sub-path, e.g. /transparency/.
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  trailingSlash: "always",
  integrations: [react()],
  build: { format: "directory" },
});
