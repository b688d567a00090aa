// Builds a site from a fixture data folder with `npm run build`'s script, into a folder of the caller's
// choosing (so test files running in parallel never write the same folder) and under a base path.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Variables Vitest sets in its workers. Passed on to the build they change it: Vite reads BASE_URL
 * from the environment, so a build under /transparency/ would link to "/" instead.
 */
const TEST_RUNNER_VARIABLES = ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST", "FORCE_TTY"];

/** The environment of a build as `npm run build` would see it: the test runner's variables removed. */
export function buildEnv(variables: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!TEST_RUNNER_VARIABLES.includes(name) && !name.startsWith("VITEST")) env[name] = value;
  }
  return { ...env, ...variables };
}

export interface SiteBuild {
  /** The data folder to build from (DATA_DIR). */
  dataDir: string;
  /** A name for the build: the site goes to .cache/<name>/, its dataset to .cache/<name>-dataset/. */
  name: string;
  /** BASE_PATH, default "/". */
  basePath?: string;
  /** SITE_URL (the site's origin), default unset. */
  siteUrl?: string;
}

/** Runs scripts/build.ts; resolves with the site folder, rejects with the build's output on failure. */
export function buildSite({ dataDir, name, basePath = "/", siteUrl }: SiteBuild): Promise<string> {
  const site = join(ROOT, ".cache", name);
  const child = spawn(process.execPath, [join(ROOT, "scripts/build.ts")], {
    cwd: ROOT,
    env: buildEnv({
      DATA_DIR: dataDir,
      DATASET_DIR: join(ROOT, ".cache", `${name}-dataset`),
      SITE_DIR: site,
      BASE_PATH: basePath,
      ...(siteUrl ? { SITE_URL: siteUrl } : {}),
    }),
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done(site);
      else fail(new Error(`site build ${name} failed (exit ${code}):\n${output}`));
    });
  });
}
