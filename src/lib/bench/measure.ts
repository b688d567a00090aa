// Runs a command as a child process and measures wall time and peak RSS (from report-rss.ts).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface Measurement {
  seconds: number;
  peakRssBytes: number;
  output: string;
}

const PRELOAD = fileURLToPath(new URL("./report-rss.ts", import.meta.url));

/** Runs `node <args>` with the RSS reporter preloaded; rejects on a non-zero exit. */
export function measureNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Measurement> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", PRELOAD, ...args], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      errors += chunk;
    });
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const match = /BENCH_PEAK_RSS_BYTES=(\d+)/.exec(errors);
      if (code !== 0) reject(new Error(`node ${args.join(" ")} exited ${code}\n${errors}`));
      else resolve({ seconds, peakRssBytes: match ? Number(match[1]) : Number.NaN, output });
    });
  });
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
