import { describe, expect, it } from "vitest";
import { embedSnippet, siteRoot } from "../../../src/lib/embed/snippet.ts";
import { reroot } from "../../../src/lib/embed/snippet-root.ts";

describe("reroot", () => {
  const built = siteRoot(undefined, "/transparency/");
  const snippet = embedSnippet({
    siteRoot: built,
    id: "per-resident/all/2024-25",
    title: "Spend",
    height: 400,
  });

  it("points a snippet built without SITE_URL (root-relative) at the address the site is served from", () => {
    const actual = "https://spend.example.gov.uk/transparency/";
    const moved = reroot(snippet, built, actual);
    expect(snippet).toContain('src="/transparency/embed/per-resident/all/2024-25/"');
    expect(moved).toContain(
      'src="https://spend.example.gov.uk/transparency/embed/per-resident/all/2024-25/"',
    );
    expect(moved).toContain('src="https://spend.example.gov.uk/transparency/embed/resize.js"');
    // Everything else is as built.
    expect(moved.split(`src="${actual}`).join(`src="${built}`)).toBe(snippet);
  });

  it("leaves a snippet alone where it is already served from", () => {
    expect(reroot(snippet, built, built)).toBe(snippet);
  });
});
