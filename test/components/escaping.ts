// Whether hostile text in a component's props stayed text in its HTML.
import { decodeEntities } from "../../src/lib/check/html-scan.ts";
import { HOSTILE_FORMULA, HOSTILE_MARKUP } from "./examples.ts";

/** The markup with every double-quoted attribute value emptied: what is left is tags and text. */
const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');

/** What went wrong: hostile text that became markup, or that never reached the page to be tested. */
export function escapingProblems(html: string): string[] {
  const problems: string[] = [];
  const markup = outsideAttributes(html);
  if (markup.includes("<script>alert(1)")) problems.push("the hostile <script> became a tag");
  if (markup.includes(HOSTILE_FORMULA)) problems.push("the formula's quotes are not escaped in text");
  const decoded = decodeEntities(html);
  if (!decoded.includes(HOSTILE_MARKUP) && !decoded.includes(encodeURIComponent(HOSTILE_MARKUP))) {
    problems.push("the hostile markup is not on the page at all (the example tests nothing)");
  }
  return problems;
}
