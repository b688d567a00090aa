// A small strict XML 1.0 reader for tests (the project has no XML parser): throws on anything that is
// not well-formed (unclosed or crossed tags, a raw < or & in text, an unknown entity, a character XML
// does not allow, a duplicate attribute, more than one root) and returns the element tree with text
// and attribute values decoded.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Decodes references in text or an attribute value; throws on a bare & or an unknown entity. */
function decode(raw: string, where: number): string {
  return raw.replace(/&([^;]*);|&/g, (match, body: string | undefined) => {
    if (body === undefined) throw new Error(`bare & at ${where}`);
    if (body in ENTITIES) return ENTITIES[body] as string;
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (!numeric) throw new Error(`unknown entity ${match} at ${where}`);
    const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
    if (!isXmlChar(code)) throw new Error(`reference to a character XML does not allow: ${match}`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(text: string): XmlElement {
  if (!XML_CHARS.test(text)) throw new Error("the document holds a character XML does not allow");
  let i = 0;
  const declaration = /^<\?xml\s+version="1\.0"(\s+encoding="[A-Za-z0-9._-]+")?\s*\?>/.exec(text);
  if (declaration) i = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  skipSpace();
  while (i < text.length) {
    if (stack.length === 0) {
      if (root) throw new Error(`content after the root element at ${i}`);
      if (text[i] !== "<") throw new Error(`text outside the root element at ${i}`);
    }
    if (text[i] !== "<") {
      const end = text.indexOf("<", i);
      const raw = text.slice(i, end < 0 ? text.length : end);
      if (raw.includes("]]>")) throw new Error(`]]> in text at ${i}`);
      (stack[stack.length - 1] as XmlElement).children.push(decode(raw, i));
      i = end < 0 ? text.length : end;
      continue;
    }
    if (text.startsWith("</", i)) {
      const name = NAME.exec(text.slice(i + 2))?.[0];
      const open = stack.pop();
      if (!name || !open || open.name !== name) throw new Error(`mismatched </${name}> at ${i}`);
      i += 2 + name.length;
      skipSpace();
      if (text[i] !== ">") throw new Error(`bad end tag at ${i}`);
      i++;
      if (stack.length === 0) skipSpace();
      continue;
    }
    if (text.startsWith("<!", i) || text.startsWith("<?", i)) throw new Error(`unexpected markup at ${i}`);
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) throw new Error(`bad tag name at ${i}`);
    i += 1 + name.length;
    const element: XmlElement = { name, attributes: {}, children: [] };
    for (;;) {
      const before = i;
      skipSpace();
      if (text.startsWith("/>", i) || text[i] === ">") break;
      if (i === before) throw new Error(`attributes must be separated by space at ${i}`);
      const attribute = NAME.exec(text.slice(i))?.[0];
      if (!attribute) throw new Error(`bad attribute at ${i}`);
      i += attribute.length;
      skipSpace();
      if (text[i] !== "=") throw new Error(`attribute without = at ${i}`);
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute at ${i}`);
      const end = text.indexOf(quote, i + 1);
      if (end < 0) throw new Error(`unterminated attribute at ${i}`);
      const raw = text.slice(i + 1, end);
      if (raw.includes("<")) throw new Error(`< in an attribute value at ${i}`);
      if (attribute in element.attributes) throw new Error(`duplicate attribute ${attribute}`);
      element.attributes[attribute] = decode(raw, i);
      i = end + 1;
    }
    if (stack.length > 0) (stack[stack.length - 1] as XmlElement).children.push(element);
    else root = element;
    if (text.startsWith("/>", i)) {
      i += 2;
      if (stack.length === 0) skipSpace();
    } else {
      i++;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${(stack[stack.length - 1] as XmlElement).name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

export const childElements = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);

export function childText(element: XmlElement, name: string): string {
  const child = childElements(element, name)[0];
  if (!child) throw new Error(`no <${name}> in <${element.name}>`);
  return child.children.filter((c): c is string => typeof c === "string").join("");
}
