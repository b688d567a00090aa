// Checks the URLs of every built page: internal ones must resolve to a file of the site (and "#id" to
// an id of the target page), root-relative ones must stay under the base path; external ones are
// counted only. Pages are fed one at a time; fragments into other pages are checked at the end.
import { type ScannedPage, scanHtml } from "./html-scan.ts";
import type { Problem } from "./problems.ts";
import { fileForPath, pageUrl, resolveUrl, type Target } from "./urls.ts";

export interface LinkCounts {
  /** Internal URLs checked (every occurrence). */
  internal: number;
  /** External URLs by scheme ("https", "mailto", "//" …), never fetched. */
  external: Record<string, number>;
}

export interface LinkChecker {
  /** Checks one page (its path relative to the site folder and its bytes or text); returns what was scanned. */
  page(file: string, html: string | Uint8Array): ScannedPage;
  /** Checks fragments into other pages and returns every problem found. */
  finish(): { problems: Problem[]; counts: LinkCounts };
}

/** "#top" and "#" scroll to the top of any page (HTML's "indicated part of the document"). */
const ALWAYS_THERE = new Set(["", "top"]);

/** `exists(file)` says whether a path relative to the site folder is a file of the site. */
export function createLinkChecker(base: string, exists: (file: string) => boolean): LinkChecker {
  const problems: Problem[] = [];
  const counts: LinkCounts = { internal: 0, external: {} };
  const idsByPage = new Map<string, Set<string>>();
  const pending: { file: string; from: string; target: string; fragment: string; url: string }[] = [];
  const rootTargets = new Map<string, Target>();
  const files = new Map<string, { file: string } | { error: string }>();

  const resolve = (url: string, fromUrl: string): Target => {
    if (url.charCodeAt(0) !== 47) return resolveUrl(url, fromUrl, base);
    let target = rootTargets.get(url);
    if (!target) {
      target = resolveUrl(url, fromUrl, base);
      rootTargets.set(url, target);
    }
    return target;
  };
  const fileFor = (path: string) => {
    let found = files.get(path);
    if (!found) {
      found = fileForPath(path, exists);
      files.set(path, found);
    }
    return found;
  };

  return {
    page(file, html) {
      const scanned = scanHtml(html);
      const reported = new Set<string>();
      const report = (kind: string, message: string) => {
        if (reported.has(message)) return;
        reported.add(message);
        problems.push({ file, message, kind });
      };
      const ids = new Set<string>();
      for (const id of scanned.ids) {
        if (ids.has(id)) report("duplicate id", `duplicate id="${id}"`);
        ids.add(id);
      }
      idsByPage.set(file, ids);
      const fromUrl = pageUrl(file, base);
      for (const { from, url } of scanned.refs) {
        const target = resolve(url, fromUrl);
        if (target.kind === "external") {
          counts.external[target.scheme] = (counts.external[target.scheme] ?? 0) + 1;
          continue;
        }
        counts.internal++;
        if (target.kind === "error") {
          report(target.problem, `${from}: ${target.message}`);
          continue;
        }
        if (target.kind === "same-page") {
          if (!ALWAYS_THERE.has(target.fragment) && !ids.has(target.fragment)) {
            report("missing anchor", `${from} "${url}": no id="${target.fragment}" on this page`);
          }
          continue;
        }
        if (file === "404.html" && url.trim().charCodeAt(0) !== 47) {
          report(
            "relative link on 404 page",
            `${from} "${url}": relative link on the 404 page, which is served at any URL`,
          );
        }
        const found = fileFor(target.path);
        if ("error" in found) {
          report("broken link", `${from} "${url}": ${found.error}`);
          continue;
        }
        if (!ALWAYS_THERE.has(target.fragment) && found.file.endsWith(".html")) {
          if (found.file === file) {
            if (!ids.has(target.fragment))
              report("missing anchor", `${from} "${url}": no id="${target.fragment}" on this page`);
          } else pending.push({ file, from, target: found.file, fragment: target.fragment, url });
        }
      }
      return scanned;
    },

    finish() {
      for (const { file, from, target, fragment, url } of pending) {
        if (idsByPage.get(target)?.has(fragment)) continue;
        problems.push({
          file,
          message: `${from} "${url}": no id="${fragment}" in ${target}`,
          kind: "missing anchor",
        });
      }
      pending.length = 0;
      return { problems, counts };
    },
  };
}
