// A tiny, safe SVG builder for charts drawn at build time. Every text and attribute value goes
// through escapeXml, so a label from a published CSV can never end an element or open a new one.
// Markup is a branded string: only el(), text() and raw-free helpers here produce it, so the
// compiler stops a plain (unescaped) string from being placed as a child.

declare const MARKUP: unique symbol;
/** Escaped, well-formed SVG/XML text produced by this module. */
export type Markup = string & { readonly [MARKUP]: true };

/** Characters XML 1.0 does not allow anywhere (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe for XML element content and quoted attribute values. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/**
 * A coordinate or length for SVG: at most `decimals` places, trailing zeros trimmed, never "-0",
 * never an exponent. Throws on NaN/Infinity (a layout bug, not data to draw).
 */
export function num(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite coordinate: ${value}`);
  if (Math.abs(value) >= 1e15) throw new RangeError(`coordinate out of range: ${value}`);
  let text = value.toFixed(decimals);
  if (text.includes(".")) {
    let end = text.length;
    while (text.charCodeAt(end - 1) === 48) end--;
    if (text.charCodeAt(end - 1) === 46) end--;
    text = text.slice(0, end);
  }
  return text === "-0" ? "0" : text;
}

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;

const NAME = /^[A-Za-z_][\w:.-]*$/;

function attributes(attrs: Attrs): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (!NAME.test(name)) throw new Error(`bad attribute name: ${name}`);
    const text = value === true ? "" : typeof value === "number" ? num(value) : escapeXml(value);
    out += ` ${name}="${text}"`;
  }
  return out;
}

/** An element; with no children it is self-closed. Numbers in attributes go through num(). */
export function el(name: string, attrs: Attrs = {}, ...children: Markup[]): Markup {
  if (!NAME.test(name)) throw new Error(`bad element name: ${name}`);
  const open = `<${name}${attributes(attrs)}`;
  return (children.length === 0 ? `${open}/>` : `${open}>${children.join("")}</${name}>`) as Markup;
}

/** A text node. */
export function text(value: string): Markup {
  return escapeXml(value) as Markup;
}

/** Several pieces as one. */
export function join(parts: readonly Markup[]): Markup {
  return parts.join("") as Markup;
}

/** An id prefix must be usable in ids and url(#…) references as is. */
export function checkIdPrefix(prefix: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new Error(`bad chart id prefix: ${prefix}`);
  return prefix;
}

/** Path data writer for d3-shape's context(): every coordinate through num(). */
export class PathWriter {
  #d = "";
  moveTo(x: number, y: number): void {
    this.#d += `M${num(x)},${num(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.#d += `L${num(x)},${num(y)}`;
  }
  closePath(): void {
    this.#d += "Z";
  }
  toString(): string {
    return this.#d;
  }
}

/** Font stack used for chart text (matches the site body). */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
/** Text colours from the site palette (both over 7:1 on white). */
export const INK = "#0b0c0c";
export const MUTED = "#505a5f";
export const GRID = "#b1b4b6";

/** Rough width in px of text at a font size (0.58em per character), for layout without a DOM. */
export const textWidth = (value: string, fontSize: number): number => [...value].length * fontSize * 0.58;

/**
 * Splits a label into at most `lines` lines of at most `max` characters at spaces; a label that
 * does not fit is cut with "…". Returns the lines and whether anything was cut.
 */
export function wrapLabel(label: string, max: number, lines: number): { lines: string[]; cut: boolean } {
  const chars = (value: string) => [...value];
  const out: string[] = [];
  let current = "";
  for (let word of label.replace(/\s+/g, " ").trim().split(" ")) {
    while (chars(word).length > max) {
      if (current !== "") out.push(current);
      current = "";
      out.push(chars(word).slice(0, max).join(""));
      word = chars(word).slice(max).join("");
    }
    const next = current === "" ? word : `${current} ${word}`;
    if (chars(next).length <= max) current = next;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current !== "") out.push(current);
  if (out.length <= lines) return { lines: out, cut: false };
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${chars(kept[lines - 1] as string)
    .slice(0, Math.max(1, max - 1))
    .join("")
    .trimEnd()}…`;
  return { lines: kept, cut: true };
}

/** The outer <svg> every chart shares: sized viewBox, role="img" named by its <title> and <desc>. */
export function chartSvg(
  frame: { prefix: string; width: number; height: number; title: string; desc: string; fontSize: number },
  body: Markup,
): Markup {
  const titleId = `${frame.prefix}-title`;
  const descId = `${frame.prefix}-desc`;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${num(frame.width)} ${num(frame.height)}`,
      width: frame.width,
      height: frame.height,
      role: "img",
      "aria-labelledby": `${titleId} ${descId}`,
      "font-family": FONT,
      "font-size": frame.fontSize,
      fill: INK,
      style: "max-width:100%;height:auto",
    },
    el("title", { id: titleId }, text(frame.title)),
    el("desc", { id: descId }, text(frame.desc)),
    body,
  );
}
