import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { accentColour, contrastRatio } from "../../../src/lib/embed/accent.ts";
import { embedSnippet, oembedDocument, siteRoot } from "../../../src/lib/embed/snippet.ts";

const target = {
  siteRoot: "https://spend.example.gov.uk/transparency/",
  id: "per-resident/all/2024-25",
  title: 'A "quoted" <title>',
  height: 402,
};

describe("embed snippet and oEmbed", () => {
  it("sizes the iframe to the whole chart and escapes the title", () => {
    const snippet = embedSnippet(target);
    expect(snippet).toContain(
      'src="https://spend.example.gov.uk/transparency/embed/per-resident/all/2024-25/"',
    );
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(snippet).toContain('height="402"');
    expect(snippet).toContain(
      '<script src="https://spend.example.gov.uk/transparency/embed/resize.js" async></script>',
    );
  });

  it("writes an oEmbed 1.0 rich document with the iframe only (no script)", () => {
    const doc = oembedDocument({ ...target, providerName: "Shared Ledger" });
    expect(doc).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 760,
      height: 402,
      provider_url: target.siteRoot,
    });
    expect(String(doc.html)).toMatch(/^<iframe [^<]*><\/iframe>$/);
  });

  it("builds the site root from SITE_URL and the base path, the base path alone without one", () => {
    expect(siteRoot("https://a.example/", "/transparency/")).toBe("https://a.example/transparency/");
    expect(siteRoot(" https://a.example ", "transparency")).toBe("https://a.example/transparency/");
    expect(siteRoot(undefined, "/")).toBe("/");
    expect(siteRoot("  ", "/transparency/")).toBe("/transparency/");
  });
});

describe("accent colour", () => {
  it("accepts six hex digits with 3:1 contrast on white, and nothing else", () => {
    expect(accentColour("0B6E4F")).toBe("#0b6e4f");
    expect(accentColour("#1d70b8")).toBe("#1d70b8");
    expect(accentColour("ffdd00")).toBeNull(); // yellow on white: 1.4:1
    expect(accentColour("red")).toBeNull();
    expect(accentColour("1d70b8;background:url(x)")).toBeNull();
    expect(accentColour(null)).toBeNull();
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
});

describe("resize script", () => {
  const script = new URL("../../../public/embed/resize.js", import.meta.url);
  it("is under 2 kB and only reads messages from its own origin", () => {
    expect(statSync(script).size).toBeLessThanOrEqual(2048);
    const text = readFileSync(script, "utf8");
    expect(text).toMatch(/if \(event\.origin !== origin\) return;/);
    expect(text).toContain("event.source");
  });
});
