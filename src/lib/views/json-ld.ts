// JSON-LD for a <script type="application/ld+json"> element: JSON with every character that could end
// the script element or confuse an HTML parser escaped, so text from a CSV can never break out.

export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
