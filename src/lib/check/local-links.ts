// A site built without SITE_URL does not know its address: it must not point anywhere absolute on
// the machine it was built on (http://localhost:4321/…, 127.0.0.1). Scans every page, feed, JSON
// document and script of a built site for such an address.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "./problems.ts";

const TEXT_FILE = /\.(html|json|xml|js|txt|webmanifest|svg)$/;
const LOCAL = /\b(?:https?:)?\/\/(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)(?::\d+)?[^\s"'<>)\\]*/i;

/** One problem per file with an address on the local machine (its first, quoted). */
export function checkLocalLinks(site: string, files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!TEXT_FILE.test(file)) continue;
    const found = LOCAL.exec(readFileSync(join(site, file), "utf8"));
    if (found) problems.push({ file, message: `links to ${found[0]}`, kind: "link to the local machine" });
  }
  return problems;
}
