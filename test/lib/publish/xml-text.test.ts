import { describe, expect, it } from "vitest";
import {
  escapeXmlAttribute,
  escapeXmlText,
  stripInvalidXmlChars,
} from "../../../src/lib/publish/xml-text.ts";
import { parseXml } from "./xml-check.ts";

describe("XML text", () => {
  it("drops characters XML 1.0 does not allow and keeps everything else", () => {
    expect(stripInvalidXmlChars("a\u0000b\u0001\u0008\u000b\u000c\u001fc\t\n\r")).toBe("abc\t\n\r");
    expect(stripInvalidXmlChars("lone \uD800 and \uDC00 surrogates, \uFFFE\uFFFF")).toBe(
      "lone  and  surrogates, ",
    );
    expect(stripInvalidXmlChars("£ é \u{1F600} \uFFFD")).toBe("£ é \u{1F600} \uFFFD");
  });

  it("escapes markup so hostile text reads back exactly", () => {
    const hostile = `<script>alert("x")</script> & 'y' ]]> \r\n`;
    expect(escapeXmlText(hostile)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos; ]]&gt; &#xD;\n",
    );
    const doc = `<a t="${escapeXmlAttribute(`${hostile}\t`)}">${escapeXmlText(hostile)}</a>`;
    const root = parseXml(doc);
    expect(root.attributes.t).toBe(`${hostile}\t`);
    expect(root.children).toEqual([hostile]);
  });

  it("the test reader rejects what is not well-formed", () => {
    expect(() => parseXml("<a>x & y</a>")).toThrow(/bare &/);
    expect(() => parseXml("<a><b></a></b>")).toThrow(/mismatched/);
    expect(() => parseXml("<a>1 < 2</a>")).toThrow();
    expect(() => parseXml("<a>\u0001</a>")).toThrow(/does not allow/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml("<a/><b/>")).toThrow(/after the root/);
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow(/unknown entity/);
  });
});
