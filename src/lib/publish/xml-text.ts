// Text for XML 1.0 documents: characters XML does not allow are dropped, markup characters escaped.
// Text published by councils (supplier names, titles) can hold anything: "<script>", "&", quotes,
// control characters, lone surrogates from a broken encoding.

/** Characters outside XML 1.0's Char production (C0 controls but tab/LF/CR, surrogates, U+FFFE/F). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without characters XML 1.0 does not allow. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A parser turns a raw CR (or CRLF) into LF; a character reference keeps it.
  "\r": "&#xD;",
};
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  // A parser turns raw whitespace in an attribute value into spaces; references keep it.
  "\t": "&#x9;",
  "\n": "&#xA;",
};

/** Element content: invalid characters dropped, & < > " ' and CR escaped. */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c] as string);
}

/** An attribute value (to be written in double quotes): as text, and tab and LF kept as references. */
export function escapeXmlAttribute(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
}
