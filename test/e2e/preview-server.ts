// Other servers for a built site than site-server.ts's: `astro preview` (what `npm start` serves:
// it answers HTTP range requests) and Python's `http.server` (a plain static server that sends whole
// files only), each on a free localhost port, for the payments browser's tests.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { buildEnv } from "./site.ts";

const ROOT = resolve(import.meta.dirname, "../..");

export interface RunningServer {
  url: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise((done) => server.close(done));
  return port;
}

/** Resolves once the child prints `ready` on stdout or stderr; rejects if it exits first. */
function started(child: ChildProcess, ready: RegExp, url: string): Promise<RunningServer> {
  let output = "";
  return new Promise((done, fail) => {
    const listen = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) done({ url, stop: () => child.kill() });
    };
    child.stdout?.on("data", listen);
    child.stderr?.on("data", listen);
    child.on("exit", (code) => fail(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
}

/** `astro preview` of a built site folder (SITE_DIR), as `npm start` serves dist/. */
export async function astroPreview(siteDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/astro/bin/astro.mjs"),
      "preview",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    { cwd: ROOT, env: buildEnv({ SITE_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: "1" }) },
  );
  return started(child, new RegExp(`127\\.0\\.0\\.1:${port}`), `http://127.0.0.1:${port}/`);
}

export const hasPython = (): boolean => spawnSync("python3", ["--version"]).status === 0;

/** `python3 -m http.server` serving a built site folder. */
export async function pythonServer(siteDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn("python3", ["-u", "-m", "http.server", String(port), "--bind", "127.0.0.1"], {
    cwd: siteDir,
  });
  return started(child, /Serving HTTP/, `http://127.0.0.1:${port}/`);
}
