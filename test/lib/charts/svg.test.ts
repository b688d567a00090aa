import { describe, expect, it } from "vitest";
import { checkIdPrefix, el, escapeXml, num, text, wrapLabel } from "../../../src/lib/charts/svg.ts";
import { tickLabels } from "../../../src/lib/charts/ticks.ts";
import { parseXml, textOf } from "./xml.ts";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &#39; f");
  });
  it("keeps an existing entity-looking text as text", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });
  it("strips characters XML 1.0 does not allow, keeps tab/newline and astral characters", () => {
    expect(escapeXml("a\u0000b\u0008c\u000bd\u001fe\tf\ng\uFFFEh\uFFFFi")).toBe("abcde\tf\nghi");
    expect(escapeXml("lone \uD800 surrogate \uDC00")).toBe("lone  surrogate ");
    expect(escapeXml("Café 😀 £")).toBe("Café 😀 £");
  });
});

describe("num", () => {
  it("fixed decimals, trimmed, no -0, no exponent", () => {
    expect(num(12)).toBe("12");
    expect(num(12.34)).toBe("12.3");
    expect(num(12.25, 2)).toBe("12.25");
    expect(num(12.5)).toBe("12.5");
    expect(num(-0)).toBe("0");
    expect(num(-0.04)).toBe("0");
    expect(num(1e-7)).toBe("0");
    expect(num(-1e-12)).toBe("0");
    expect(num(1e14)).toBe("100000000000000");
    expect(num(-3.96)).toBe("-4");
  });
  it("refuses non-finite and huge values", () => {
    expect(() => num(Number.NaN)).toThrow();
    expect(() => num(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => num(1e21)).toThrow();
  });
});

describe("el", () => {
  it("escapes attribute values and text; drops undefined/false attributes", () => {
    const out = el("text", { x: 1.26, "data-a": `"><script>`, hidden: false, y: undefined }, text("<b>&"));
    expect(out).toBe('<text x="1.3" data-a="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;</text>');
    const parsed = parseXml(out);
    expect(parsed.attrs["data-a"]).toBe(`"><script>`);
    expect(textOf(parsed)).toBe("<b>&");
  });
  it("self-closes an empty element and refuses bad names", () => {
    expect(el("rect", { width: 2 })).toBe('<rect width="2"/>');
    expect(() => el("rect onload", {})).toThrow();
    expect(() => el("rect", { "x onload": "1" })).toThrow();
    expect(() => checkIdPrefix('a" onload="x')).toThrow();
    expect(checkIdPrefix("spend-2024")).toBe("spend-2024");
  });
});

describe("wrapLabel", () => {
  it("keeps short labels", () => {
    expect(wrapLabel("Ashvale District Council", 25, 2)).toEqual({
      lines: ["Ashvale District Council"],
      cut: false,
    });
  });
  it("wraps at spaces into two lines", () => {
    expect(wrapLabel("Pennock Vale District Council", 20, 2)).toEqual({
      lines: ["Pennock Vale", "District Council"],
      cut: false,
    });
  });
  it("cuts what does not fit with an ellipsis", () => {
    const { lines, cut } = wrapLabel("The Royal and Ancient Borough of Kingsford-upon-Wendle Council", 20, 2);
    expect(cut).toBe(true);
    expect(lines).toEqual(["The Royal and", "Ancient Borough of…"]);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20);
  });
  it("breaks a single long word", () => {
    expect(wrapLabel("Supercalifragilisticexpialidocious", 10, 2)).toEqual({
      lines: ["Supercalif", "ragilisti…"],
      cut: true,
    });
  });
});

describe("tickLabels", () => {
  it("short UK money labels", () => {
    expect(tickLabels([0, 200_000, 400_000, 1_200_000])).toEqual(["£0", "£200k", "£400k", "£1.2m"]);
    expect(tickLabels([-500, 0, 500, 1000])).toEqual(["-£500", "£0", "£500", "£1k"]);
  });
  it("pence when ticks fall between whole pounds", () => {
    expect(tickLabels([0, 0.5, 1, 1.5])).toEqual(["£0.00", "£0.50", "£1.00", "£1.50"]);
  });
  it("whole pounds when the short form would repeat a label", () => {
    expect(tickLabels([12_000, 12_200, 12_400])).toEqual(["£12,000", "£12,200", "£12,400"]);
  });
});
