// Four projects in two groups. Unit (`npm run test:unit`): "unit" (plain modules) and "components"
// (the shared .astro components rendered from their examples under Astro's Vite config, which only
// they pay for). End to end (`npm run test:e2e`): "e2e" (site builds and the browser) and
// "components-axe" (each component example checked by axe in Chromium). `npm test` runs both groups.
import { getViteConfig } from "astro/config";
import { configDefaults, defineConfig } from "vitest/config";

// getViteConfig loads the Astro config as the astro command does; no telemetry from tests.
process.env.ASTRO_TELEMETRY_DISABLED ??= "1";

const shared = { globalSetup: ["test/helpers/temp-root.ts"], testTimeout: 60_000 };
const AXE = "test/components/**/*.axe.test.ts";

/**
 * A project of component tests: under Astro's Vite config (the HTML as a build writes it, without the
 * dev toolbar's source annotations; indentation kept, which a build removes, so snapshots stay readable), with a dataset ingested from the mini fixture for the components
 * that read one as they render.
 */
const componentProject = (name: string, include: string[], exclude: string[] = []) =>
  getViteConfig(
    {
      test: {
        name,
        include,
        exclude,
        ...shared,
        globalSetup: [...shared.globalSetup, "test/components/fixture-dataset.ts"],
      },
    },
    { devToolbar: { enabled: false }, compressHTML: false },
  );

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/e2e/**", "test/components/**"],
          ...shared,
        },
      },
      componentProject("components", ["test/components/**/*.test.ts"], [AXE]),
      { test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], ...shared } },
      componentProject("components-axe", [AXE]),
    ],
  },
});
