// A small HTML tag scanner for the post-build checker: the URLs a page refers to and the ids it
// defines. No DOM: it works on the page's bytes, jumps from "<" to "<", reads attributes with or
// without quotes, decodes character references in values, and skips comments and the raw text of
// <script> and <style>. Strings are made only for the values it returns (fresh copies, so keeping one
// never keeps the whole page in memory).

export interface PageRef {
  /** Tag and attribute the URL came from, e.g. "a href". */
  from: string;
  url: string;
}

export interface ScannedPage {
  refs: PageRef[];
  ids: string[];
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes character references (&amp; &#39; &#x2F; and the few named ones URLs meet). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);?/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35) {
      const hex = ref[1] === "x" || ref[1] === "X";
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** The URLs of a srcset value ("a.png 1x, b.png 2x"). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  for (const candidate of value.split(",")) {
    const url = candidate.trim().split(/\s+/)[0];
    if (url) urls.push(url);
  }
  return urls;
}

const LT = 60;
const GT = 62;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** End of a tag or attribute name: space, ">", "/", "=" or the end of the page. */
const isNameEnd = (c: number | undefined) =>
  c === undefined || isSpace(c) || c === GT || c === 47 || c === 61;

/** Whether bytes[start, end) spell `name` (lower case ASCII), ignoring ASCII case. */
function nameIs(bytes: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) {
    if (((bytes[start + k] as number) | 0x20) !== name.charCodeAt(k)) return false;
  }
  return true;
}

const text = (bytes: Buffer, start: number, end: number) => bytes.toString("utf8", start, end);

/** Index of the next byte `byte` from `from`, or -1 (a plain loop: cheaper than Buffer#indexOf per call). */
function indexOfByte(bytes: Uint8Array, byte: number, from: number): number {
  const length = bytes.length;
  for (let i = from; i < length; i++) if (bytes[i] === byte) return i;
  return -1;
}
const nextTag = (bytes: Uint8Array, from: number) => indexOfByte(bytes, LT, from);

/** Index of the first of `needles` in `bytes` from `from`, or -1. */
function indexOfAny(bytes: Buffer, needles: string[], from: number): number {
  let best = -1;
  for (const needle of needles) {
    const at = bytes.indexOf(needle, from);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

/** The attribute bytes[start, end) names, if the checker reads it: "id", "srcset" or a URL attribute. */
function wantedAttribute(bytes: Uint8Array, start: number, end: number): string | null {
  const first = (bytes[start] as number) | 0x20;
  switch (end - start) {
    case 2:
      return first === 105 && nameIs(bytes, start, end, "id") ? "id" : null;
    case 3:
      return first === 115 && nameIs(bytes, start, end, "src") ? "src" : null;
    case 4:
      return first === 104 && nameIs(bytes, start, end, "href") ? "href" : null;
    case 6:
      for (const name of ["srcset", "action", "poster"]) if (nameIs(bytes, start, end, name)) return name;
      return null;
    case 12:
      return first === 114 && nameIs(bytes, start, end, "renderer-url") ? "renderer-url" : null;
    case 13:
      return first === 99 && nameIs(bytes, start, end, "component-url") ? "component-url" : null;
    default:
      return null;
  }
}

export function scanHtml(page: string | Uint8Array): ScannedPage {
  const bytes =
    typeof page === "string" ? Buffer.from(page) : Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const refs: PageRef[] = [];
  const ids: string[] = [];
  const length = bytes.length;
  let at = nextTag(bytes, 0);
  while (at !== -1 && at < length - 1) {
    const next = bytes[at + 1] as number;
    if (next === 33) {
      // <!-- comment --> or <!DOCTYPE …>
      const comment = bytes[at + 2] === 45 && bytes[at + 3] === 45;
      const end = comment ? bytes.indexOf("-->", at + 4) : indexOfByte(bytes, GT, at);
      if (end === -1) break;
      at = nextTag(bytes, end);
      continue;
    }
    if (!isLetter(next)) {
      // end tag, processing instruction or a stray "<" in text
      at = nextTag(bytes, at + 1);
      continue;
    }
    const tagStart = at + 1;
    let i = tagStart;
    while (i < length && !isNameEnd(bytes[i] as number)) i++;
    const tagEnd = i;
    let tag: string | null = null;
    // Attributes up to the closing ">" (which may appear inside quoted values).
    while (i < length) {
      let c = bytes[i] as number;
      while ((isSpace(c) || c === 47) && ++i < length) c = bytes[i] as number;
      if (i >= length || c === GT) break;
      const nameStart = i;
      while (i < length && !isNameEnd(bytes[i] as number)) i++;
      if (i === nameStart) i++; // a lone "=": skip it
      const nameEnd = i;
      while (i < length && isSpace(bytes[i] as number)) i++;
      if (i >= length || bytes[i] !== 61) continue; // attribute without a value
      i++;
      while (i < length && isSpace(bytes[i] as number)) i++;
      const quote = bytes[i] as number;
      let valueStart = i;
      let valueEnd: number;
      if (quote === 34 || quote === 39) {
        const end = indexOfByte(bytes, quote, i + 1);
        valueStart = i + 1;
        valueEnd = end === -1 ? length : end;
        i = end === -1 ? length : end + 1;
      } else {
        while (i < length && !isSpace(bytes[i] as number) && bytes[i] !== GT) i++;
        valueEnd = i;
      }
      const name = wantedAttribute(bytes, nameStart, nameEnd);
      if (name === null) continue;
      const value = decodeEntities(text(bytes, valueStart, valueEnd));
      if (name === "id") {
        ids.push(value);
        continue;
      }
      tag ??= text(bytes, tagStart, tagEnd).toLowerCase();
      if (name === "srcset") for (const url of srcsetUrls(value)) refs.push({ from: `${tag} srcset`, url });
      else refs.push({ from: `${tag} ${name}`, url: value });
    }
    if (nameIs(bytes, tagStart, tagEnd, "script")) {
      at = indexOfAny(bytes, ["</script", "</SCRIPT", "</Script"], i);
    } else if (nameIs(bytes, tagStart, tagEnd, "style")) {
      at = indexOfAny(bytes, ["</style", "</STYLE", "</Style"], i);
    } else at = nextTag(bytes, i);
  }
  return { refs, ids };
}
