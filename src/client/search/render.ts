// Result lists built from DOM nodes: every name, title and excerpt comes from published files and is
// set as text, never parsed as HTML.
import { formatPoundsText } from "../../lib/search/decimal-text.ts";
import type { Manifest } from "../../lib/search/format.ts";
import type { NameMatch } from "../../lib/search/lookup.ts";
import { partnersText } from "../../lib/views/partners-text.ts";
import { el } from "../dom.ts";

export { el };

const FIRST_RESULT = "search:first-result";

/** Marks the moment the first result of this page view is on screen (read by npm run bench:search). */
export function markFirstResult(): void {
  if (performance.getEntriesByName(FIRST_RESULT).length === 0) performance.mark(FIRST_RESULT);
}

/** A name result: link, kind, value, councils, and the published name it matched on. */
export function nameItem(match: NameMatch, manifest: Manifest, base: string): HTMLLIElement {
  const [kind, name, path, value, councils] = match.entry;
  const kindName = manifest.kinds[kind] ?? "";
  const noValue = kindName === "Council" ? "no payments read yet" : "value not stated";
  const facts: string[] = [kindName, value === "" ? noValue : formatPoundsText(value)];
  if (kindName !== "Council") {
    const names = partnersText(councils, manifest.councils);
    if (names !== "") facts.push(names);
  }
  const item = el(
    "li",
    {},
    el("a", { href: `${base}${path}` }, name),
    " ",
    el("span", { class: "result-facts" }, facts.join(" · ")),
  );
  if (match.variant !== null)
    item.append(" ", el("span", { class: "result-variant" }, `published as “${match.variant}”`));
  return item;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Pagefind's excerpt ("… text with <mark>words</mark> …") as text nodes and <mark> elements only. */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === "<mark>") marked = true;
    else if (tag === "</mark>") marked = false;
    else if (part !== "") {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ""));
      nodes.push(marked ? el("mark", {}, text) : document.createTextNode(text));
    }
  }
  return nodes;
}

export interface PageResult {
  url: string;
  title: string;
  summary: string;
  excerpt: string;
  kind: string;
}

/** A full-text result: link, kind and the page's summary (value and councils), and the excerpt. */
export function pageItem(result: PageResult): HTMLLIElement {
  const facts = [result.kind, result.summary].filter((f) => f !== "").join(" · ");
  // Only a path on this site is a link (never a javascript: or other-origin address from an index).
  const href = result.url.startsWith("/") && !result.url.startsWith("//") ? result.url : "#";
  const item = el(
    "li",
    {},
    el("a", { href }, result.title),
    " ",
    el("span", { class: "result-facts" }, facts),
  );
  if (result.excerpt !== "")
    item.append(el("p", { class: "result-excerpt" }, ...excerptNodes(result.excerpt)));
  return item;
}

export const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
