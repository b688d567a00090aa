// oEmbed as a consumer nobody here wrote sees it (@extractus/oembed-extractor, the discovery a CMS
// does): a site built with SITE_URL, served there; from each page with a principal chart the consumer
// follows the discovery link to the oEmbed document, whose `html` (the iframe alone, no resize
// script) is pasted into a page 375 and 760 px wide: the declared height shows the whole embed page,
// chart drawn again at the frame's width included. Embed pages keep their layout still while the
// chart is drawn again (layout shift ≤ 0.05), and a chart with no data is not offered.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import { extract } from "@extractus/oembed-extractor";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { buildSite } from "./site.ts";
import { serveSite } from "./site-server.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
const NAME = "e2e-oembed";
const DIR = resolve(import.meta.dirname, "../../.cache", NAME);
/** Pages that announce their principal chart. */
const HOSTS = [
  "",
  "councils/alpha/",
  "categories/environmental-and-regulatory/",
  "shared-suppliers/",
  "compare/",
];

let server: Server;
let url: string;
let browser: Browser;
beforeAll(async () => {
  // Served before it is built: the build has to know the address it is served at (SITE_URL).
  ({ server, url } = await serveSite(DIR));
  await buildSite({ dataDir: MINI, name: NAME, siteUrl: new URL(url).origin });
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Every embed page of the build, by chart id. */
function embedIds(): string[] {
  const ids: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const id = `${rel}${entry.name}`;
      if (existsSync(join(dir, entry.name, "chart.json"))) ids.push(id);
      else walk(join(dir, entry.name), `${id}/`);
    }
  };
  walk(join(DIR, "embed"), "");
  return ids.sort();
}

/** The embed page's height and the bottom of its chart's figure, in a frame of the declared height. */
async function framed(html: string, width: number, height: number) {
  const page = await browser.newPage({ viewport: { width, height: height + 200 } });
  await page.setContent(
    `<!doctype html><html lang="en"><title>A council page</title><body style="margin:0">${html}</body></html>`,
  );
  const frame = page.frameLocator("iframe");
  const inner = page.frames()[1];
  if (!inner) throw new Error("no frame");
  await inner.waitForLoadState("load");
  // Drawn again at the frame's width where that is narrower than 696 px (fit-page.ts).
  await expect
    .poll(() =>
      frame.locator("figure.chart > svg").evaluate((s, w) => {
        const drawn = (s as SVGSVGElement).viewBox.baseVal.width;
        return w >= 720 ? drawn === 720 : drawn < 720;
      }, width),
    )
    .toBe(true);
  const measured = await inner.evaluate(() => ({
    // The page's own height (scrollHeight is never less than the frame's).
    content: Math.ceil(document.querySelector("main")?.getBoundingClientRect().bottom ?? Infinity),
    chartBottom: document.querySelector("figure.chart")?.getBoundingClientRect().bottom ?? Infinity,
    frame: window.innerHeight,
  }));
  await page.close();
  return measured;
}

describe("oEmbed, followed by an oEmbed consumer", () => {
  it("finds each page's chart and declares a height that shows the whole embed at 375 and 760 px", async () => {
    for (const path of HOSTS) {
      const doc = await extract(new URL(path, url).href);
      expect(doc, path).toMatchObject({ version: "1.0", type: "rich", width: 760, method: "auto-discovery" });
      const html = String(doc.html);
      expect(html).toMatch(new RegExp(`^<iframe src="${url}embed/[^"]+/"[^<]*></iframe>$`));
      const height = Number(doc.height);
      expect(html).toContain(`height="${height}"`);
      for (const width of [375, 760]) {
        const m = await framed(html, width, height);
        expect(m.frame, `${path} at ${width} px`).toBe(height);
        expect(m.chartBottom, `${path} at ${width} px: chart`).toBeLessThanOrEqual(height);
        expect(m.content, `${path} at ${width} px: whole page`).toBeLessThanOrEqual(height);
      }
    }
  });

  it("offers only charts with data, each with its document, its page as canonical address", () => {
    const ids = embedIds();
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const drawing = JSON.parse(readFileSync(join(DIR, "embed", id, "chart.json"), "utf8"));
      const empty =
        drawing.kind === "bars" ? drawing.options.data.length === 0 : drawing.options.series.length === 0;
      const page = join(DIR, "embed", id, "index.html");
      expect(existsSync(page), id).toBe(!empty);
      expect(existsSync(join(DIR, "embed", id, "oembed.json")), id).toBe(!empty);
      // Its canonical address is the page that shows the chart (search engines send readers there).
      if (!empty) {
        const html = readFileSync(page, "utf8");
        const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1] ?? "";
        expect(canonical.startsWith(url) && !canonical.includes("/embed/"), `${id}: ${canonical}`).toBe(true);
      }
    }
  });
});

describe("an embed page", () => {
  it("keeps still while its chart is drawn again at a phone's width (layout shift ≤ 0.05)", async () => {
    const ids = embedIds().filter((id) => existsSync(join(DIR, "embed", id, "index.html")));
    const kinds = new Map<string, string>();
    for (const id of ids) if (!kinds.has(id.split("/")[0] ?? "")) kinds.set(id.split("/")[0] ?? "", id);
    expect(kinds.size).toBeGreaterThanOrEqual(6);
    for (const id of kinds.values()) {
      const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
      await page.addInitScript(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) w.shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(`${url}embed/${id}/`);
      await expect
        .poll(() =>
          page.locator("figure.chart > svg").evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width),
        )
        .toBeLessThan(720);
      // Layout shifts are reported after the frame they happen in.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      expect(shift, id).toBeLessThanOrEqual(0.05);
      await page.close();
    }
  });
});
