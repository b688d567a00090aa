// Every page of a built site through the Nu HTML Checker (the W3C's validator: the `vnu-jar` npm
// package, run with Java; Debian's default-jre-headless), errors only. Pages go in batches so a site
// of tens of thousands of pages stays within the command line's length.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Problem } from "./problems.ts";

const BATCH = 2000;

/** Where npm put vnu.jar. */
export function vnuJarPath(): string {
  const main = createRequire(import.meta.url).resolve("vnu-jar");
  return join(dirname(main), "build", "dist", "vnu.jar");
}

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** Runs vnu.jar on some files; resolves with its JSON report's messages. */
function runVnu(java: string, files: string[]): Promise<VnuMessage[]> {
  return new Promise((done, fail) => {
    const child = spawn(java, [
      "-jar",
      vnuJarPath(),
      "--errors-only",
      "--format",
      "json",
      "--stdout",
      ...files,
    ]);
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("error", (error) =>
      fail(
        new Error(
          `${java} could not start (${error.message}): install Java, e.g. apt-get install default-jre-headless`,
        ),
      ),
    );
    child.on("close", () => {
      try {
        done((JSON.parse(out) as { messages: VnuMessage[] }).messages);
      } catch {
        fail(new Error(`the Nu HTML Checker gave no report: ${err.trim() || out.trim()}`));
      }
    });
  });
}

/** The errors vnu finds in `pages` (paths relative to `site`), as problems naming file, line and column. */
export async function checkHtml(site: string, pages: readonly string[], java = "java"): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (let i = 0; i < pages.length; i += BATCH) {
    const files = pages.slice(i, i + BATCH).map((p) => join(site, p));
    for (const m of await runVnu(java, files)) {
      if (m.type !== "error" && m.type !== "non-document-error") continue;
      const file = m.url ? relative(site, fileURLToPath(m.url)) : "(vnu)";
      const at = m.lastLine ? `line ${m.lastLine}${m.firstColumn ? `, column ${m.firstColumn}` : ""}: ` : "";
      problems.push({ file, message: `${at}${m.message}`, kind: "invalid HTML" });
    }
  }
  return problems;
}
