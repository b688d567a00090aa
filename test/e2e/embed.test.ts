// Embeds as a council website would use them: the snippet from a chart page pasted into a page
// served from another origin. The frame resizes to its content, loads nothing from outside its own
// origin, logs no errors, and ignores height messages from any other origin. Also: /compare/ keeps
// its choice in the URL, charts keep their text alternatives and keyboard tooltips, and axe finds
// nothing on /compare/ or an embed page.
import { existsSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedSite } from "./served-site.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
const site = servedSite(MINI, "e2e-embed");
const CHART_PAGE = "categories/environmental-and-regulatory/";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A second origin (another localhost port) serving whatever HTML the test sets. */
let host: { server: Server; url: string; pages: Map<string, string> };
beforeAll(async () => {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const body = pages.get(path);
    if (path === "/favicon.ico") response.writeHead(204).end();
    else if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  // "localhost" rather than 127.0.0.1: a different origin from the site even on the same machine
  host = { server, url: `http://localhost:${port}/`, pages };
});
afterAll(() => host.server.close());

async function snippetOf(path: string): Promise<string> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(path, site.url).toString());
  // The build had no SITE_URL: its snippets hold root-relative addresses until the page, in the
  // browser, points them at the address it is served from.
  const area = page.locator(".chart-tools textarea").first();
  await expect.poll(() => area.inputValue()).toContain(`src="${site.url}embed/`);
  const snippet = await area.inputValue();
  await context.close();
  return snippet;
}

/** One embed page of each kind of chart in the built site (per-resident, trend, council, supplier, …). */
function embedOfEachKind(): string[] {
  const root = resolve(import.meta.dirname, "../../.cache/e2e-embed/embed");
  const found = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = `${rel}${entry.name}/`;
      if (existsSync(join(dir, entry.name, "index.html"))) {
        const kind = path.split("/")[0] ?? "";
        if (!found.has(kind)) found.set(kind, `embed/${path}`);
      } else walk(join(dir, entry.name), path);
    }
  };
  walk(root, "");
  return [...found.values()];
}

describe("an embedded chart on another website", () => {
  it("every kind of chart resizes to its content, loads only from its own origin, and logs no errors", async () => {
    const embeds = embedOfEachKind();
    expect(embeds.map((e) => e.split("/")[1]).sort()).toEqual(
      [
        "arrangement",
        "contract",
        "council",
        "joint-contract",
        "per-resident",
        "shared-suppliers",
        "social-value",
        "supplier",
        "trend",
      ].sort(),
    );
    host.pages.set(
      "/all.html",
      `<!doctype html><html lang="en"><title>Charts</title><body>${embeds
        .map(
          (e, i) =>
            `<iframe id="f${i}" src="${site.url}${e}" title="Chart ${i}" style="width:100%;border:0" height="120"></iframe>`,
        )
        .join("")}<script src="${site.url}embed/resize.js" async></script></body></html>`,
    );
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const outside: string[] = [];
    const siteOrigin = new URL(site.url).origin;
    page.on("request", (r) => {
      if (r.frame() !== page.mainFrame() && new URL(r.url()).origin !== siteOrigin) outside.push(r.url());
    });
    await page.goto(`${host.url}all.html`);
    for (const [i, embed] of embeds.entries()) {
      const frame = page.locator(`#f${i}`);
      await expect
        .poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height), { timeout: 10_000 })
        .toMatch(/px$/);
      const inner = page.frames().find((f) => f.url().endsWith(embed));
      if (!inner) throw new Error(`${embed} not loaded`);
      const content = await inner.evaluate(() => document.documentElement.scrollHeight);
      const height = await frame.evaluate((f) => Number.parseFloat((f as HTMLIFrameElement).style.height));
      expect(Math.abs(height - content), embed).toBeLessThanOrEqual(1);
      expect(await inner.locator("svg[role=img] > desc").count(), embed).toBe(1);
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("resizes to its content, stays on its own origin, logs no errors, and ignores other origins", async () => {
    const snippet = await snippetOf(CHART_PAGE);
    expect(snippet).toMatch(
      /^<iframe src="[^"]+\/embed\/per-resident\/environmental-and-regulatory\/[\d-]+\/"/,
    );
    // a frame from a third origin that posts a height message to its parent: must be ignored
    host.pages.set(
      "/liar.html",
      `<script>parent.postMessage({type:"shared-ledger:height",height:1234},"*")</script>`,
    );
    host.pages.set(
      "/council.html",
      `<!doctype html><html lang="en"><title>A council page</title><body><h1>Our spending</h1>${snippet}
       <iframe id="liar" src="${host.url}liar.html" title="Another frame" style="height:50px"></iframe></body></html>`,
    );
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const siteOrigin = new URL(site.url).origin;
    const frameRequests: string[] = [];
    page.on("request", (r) => {
      if (r.frame() !== page.mainFrame() && !r.url().includes("liar")) frameRequests.push(r.url());
    });
    await page.goto(`${host.url}council.html`);
    const frame = page.locator("iframe[data-shared-ledger]");
    await expect
      .poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height), { timeout: 10_000 })
      .toMatch(/px$/);
    const embed = page.frames().find((f) => f.url().includes("/embed/"));
    if (!embed) throw new Error("embed frame not loaded");
    const contentHeight = await embed.evaluate(() => document.documentElement.scrollHeight);
    const frameHeight = await frame.evaluate((f) => Number.parseFloat((f as HTMLIFrameElement).style.height));
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(1);
    // the frame now shows everything without scrolling
    expect(await embed.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(
      true,
    );
    // opening the data table grows the frame with it
    await embed.locator("summary").first().click();
    await expect
      .poll(() => frame.evaluate((f) => Number.parseFloat((f as HTMLIFrameElement).style.height)))
      .toBeGreaterThan(frameHeight + 50);
    // messages from other origins change nothing
    expect(await page.locator("#liar").evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe("50px");
    expect(frameRequests.length).toBeGreaterThan(1);
    expect(frameRequests.filter((u) => new URL(u).origin !== siteOrigin)).toEqual([]);
    expect(errors).toEqual([]);
    // the chart keeps its text alternative inside the frame
    expect(await embed.locator("svg[role=img] > title").textContent()).toMatch(/spend per resident/);
    expect(await embed.locator("svg[role=img] > desc").textContent()).toMatch(/^(Largest|All|Alpha|Beta)/);
    await context.close();
  });

  it("sets no cookies, takes an accent colour only with enough contrast, and has no axe violations", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const path = (await snippetOf(CHART_PAGE)).match(/src="([^"]+)"/)?.[1] ?? "";
    await page.goto(`${path}?accent=0b6e4f`);
    expect(await page.locator('svg rect[fill="#0b6e4f"]').count()).toBeGreaterThan(0);
    await page.goto(`${path}?accent=ffff00`);
    expect(await page.locator('svg rect[fill="#ffff00"]').count()).toBe(0);
    expect(await context.cookies()).toEqual([]);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe("an embedded chart in a narrow frame", () => {
  it("is drawn again at the frame's width, keeping its accent colour and tooltips", async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    const path = (await snippetOf(CHART_PAGE)).match(/src="([^"]+)"/)?.[1] ?? "";
    await page.goto(`${path}?accent=0b6e4f`);
    // Drawn as wide as it is shown, and narrower than the frame (drawn at build time: 720).
    const drawnAndShown = () =>
      page
        .locator("figure.chart > svg")
        .evaluate((s) => [
          (s as SVGSVGElement).viewBox.baseVal.width,
          Math.round(s.getBoundingClientRect().width),
        ]);
    await expect
      .poll(async () => {
        const [drawn, shown] = await drawnAndShown();
        return drawn === shown && (drawn ?? 720) < 320;
      })
      .toBe(true);
    expect(await page.locator('svg rect[fill="#0b6e4f"]').count()).toBeGreaterThan(0);
    await page.locator("figure.chart .chart-target").first().focus();
    await expect(page.locator("figure.chart .chart-tip").isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe("/compare/", () => {
  it("draws the view named in the URL, and writes a new choice back to the URL", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL("compare/?councils=beta&measure=total", site.url).toString());
    await expect
      .poll(() => page.locator("figure.chart svg > title").textContent())
      .toMatch(/^All spend: total spend, /);
    expect(await page.locator(".chart-data table tbody tr").count()).toBe(1);
    await page.getByLabel("Alpha District Council").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("councils")).toBe("alpha,beta");
    expect(await page.locator(".chart-data table tbody tr").count()).toBe(2);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    await context.close();
  });

  it("shows the default view with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("compare/?councils=beta&measure=total", site.url).toString());
    expect(await page.locator("figure.chart svg > title").textContent()).toMatch(
      /^All spend: spend per resident, /,
    );
    await context.close();
  });
});

describe("chart tooltips", () => {
  it("are reachable with the keyboard and say what the bar is", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL("categories/environmental-and-regulatory/", site.url).toString());
    await page.waitForSelector("figure.chart[data-tips] .chart-target");
    await page.locator("figure.chart .chart-target").first().focus();
    const tip = page.locator("figure.chart .chart-tip").first();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/Council: £[\d,]+\.\d\d$/);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    await context.close();
  });
});
