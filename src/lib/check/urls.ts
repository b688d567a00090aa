// Where a URL found in a built page points: outside the site (counted, never fetched), or a file of the
// site, given the base path the site is hosted under ("/" or e.g. "/transparency/").

export type Target =
  /** http(s), mailto, tel, protocol-relative "//host", data: … */
  | { kind: "external"; scheme: string }
  /** "#x" or "": this page. */
  | { kind: "same-page"; fragment: string }
  /** A path of the site: `path` is relative to the site folder, decoded ("" is the home page). */
  | { kind: "internal"; path: string; fragment: string }
  /** A problem with the URL itself (outside the base path, malformed). */
  | { kind: "error"; problem: "link outside base path" | "malformed link" | "broken link"; message: string };

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const ORIGIN = "http://site.invalid";

/** "/", "/transparency/" from "transparency", "/transparency" … */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** The URL path a built file is served at: "suppliers/x/index.html" → "/base/suppliers/x/". */
export function pageUrl(file: string, base: string): string {
  const dir = file === "index.html" ? "" : file.endsWith("/index.html") ? file.slice(0, -10) : file;
  return `${base}${dir}`;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Resolves `url` as written in the page served at `fromUrl` (a path beginning with `base`). Leading and
 * trailing spaces are ignored as browsers do; the query string is ignored.
 */
export function resolveUrl(url: string, fromUrl: string, base: string): Target {
  const href = url.trim();
  if (href === "") return { kind: "same-page", fragment: "" };
  if (href.startsWith("#")) return { kind: "same-page", fragment: decodeFragment(href.slice(1)) };
  if (href.startsWith("//")) return { kind: "external", scheme: "//" };
  const scheme = SCHEME.exec(href);
  if (scheme) return { kind: "external", scheme: (scheme[1] as string).toLowerCase() };
  if (href.startsWith("/") && !href.startsWith(base) && `${href}/` !== base) {
    return {
      kind: "error",
      problem: "link outside base path",
      message: `root-relative link outside the base path ${base}: ${href}`,
    };
  }
  let resolved: URL;
  try {
    resolved = new URL(href, ORIGIN + fromUrl);
  } catch {
    return { kind: "error", problem: "malformed link", message: `malformed URL: ${href}` };
  }
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname);
  } catch {
    return { kind: "error", problem: "malformed link", message: `malformed percent-encoding: ${href}` };
  }
  if (`${path}/` === base && base !== "/") {
    return { kind: "error", problem: "broken link", message: `missing trailing slash: ${href}` };
  }
  if (!`${path}/`.startsWith(base)) {
    return {
      kind: "error",
      problem: "link outside base path",
      message: `relative link leaves the base path ${base}: ${href}`,
    };
  }
  return {
    kind: "internal",
    path: path.slice(base.length),
    fragment: decodeFragment(resolved.hash.slice(1)),
  };
}

/**
 * The file a site path is served from, or an error. "x/" and "" are x/index.html and index.html; a
 * path to a folder without its trailing slash is reported (the site is built with trailingSlash).
 */
export function fileForPath(
  path: string,
  exists: (file: string) => boolean,
): { file: string } | { error: string } {
  if (path === "" || path.endsWith("/")) {
    const file = `${path}index.html`;
    return exists(file) ? { file } : { error: `no page at ${file}` };
  }
  if (exists(path)) return { file: path };
  if (exists(`${path}/index.html`)) return { error: `missing trailing slash (${path}/ exists)` };
  return { error: `no file ${path}` };
}
