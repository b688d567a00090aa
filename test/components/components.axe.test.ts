// Each example of each shared component, alone on a page with the site's style sheets, has no axe
// violations (WCAG 2.2 AA) in Chromium; hostile text never runs. One browser for every example.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";
import { ALL_EXAMPLES } from "./all.ts";
import { exampleRenderer } from "./render.ts";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const PUBLIC = resolve(import.meta.dirname, "../../public");
const STYLES = ["base.css", "site.css"].map((file) => readFileSync(join(PUBLIC, file), "utf8")).join("\n");

/** A page holding only the example, under a heading that names it. */
const pageOf = (title: string, html: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLES}</style></head>` +
  `<body><main><h1>${title}</h1>${html}</main></body></html>`;

const render = await exampleRenderer();
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

it("sees a violation and a dialog when there is one (the check itself works)", async () => {
  await page.setContent(pageOf("Broken", '<img src="data:,"><script>alert("seen")</script>'));
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toContain("image-alt");
  expect(dialogs.splice(0)).toEqual(["seen"]);
});

for (const examples of ALL_EXAMPLES) {
  describe(examples.name, () => {
    for (const [name, example] of Object.entries(examples.examples)) {
      it(`"${name}" passes axe`, async () => {
        await page.setContent(pageOf(`${examples.name}: ${name}`, await render(examples, example)));
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual(
          [],
        );
        expect(dialogs).toEqual([]);
      });
    }
  });
}
