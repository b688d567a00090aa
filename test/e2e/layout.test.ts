// The layout around every page, in a real browser: the main links (a bar, or a Menu button on a phone
// that works with JavaScript off), the accessibility statement in the footer, the privacy notice's
// promises (no cookies, nothing from other websites), the print layout, and keyboard focus that keeps
// text readable (in the header, on buttons, on a chart's bars).
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { servedSite } from "./served-site.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
const site = servedSite(MINI, "e2e-layout");

describe("the main links", () => {
  /** The main navigation landmarks shown, each with its links' names and the current one. */
  const shownNavs = (page: Page) =>
    page.locator("nav.site-nav").evaluateAll((navs) =>
      navs
        .filter((nav) => nav.checkVisibility())
        .map((nav) => ({
          links: [...nav.querySelectorAll("a")].filter((a) => a.checkVisibility()).length,
          current: nav.querySelector("a[aria-current=page]")?.textContent?.trim() ?? "",
        })),
    );

  it("sit behind a Menu button on a phone, which opens with JavaScript off", async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    await page.goto(new URL("suppliers/", site.url).toString());
    await expect(shownNavs(page)).resolves.toEqual([]);
    const header = await page.locator(".site-header").boundingBox();
    expect(header?.height).toBeLessThan(130);
    const menu = page.getByText("Menu", { exact: true });
    await menu.click();
    await expect(shownNavs(page)).resolves.toEqual([{ links: 11, current: "Suppliers" }]);
    // Each link is a full-width target at least 24 CSS pixels high (WCAG 2.2, 2.5.8).
    const heights = await page
      .locator(".site-menu a")
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    await page.getByRole("link", { name: "Contracts", exact: true }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Contracts");
    await expect(shownNavs(page)).resolves.toEqual([]);
    await context.close();
  });

  it("are one bar on a wide screen, with no Menu button", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL("contracts/", site.url).toString());
    await expect(shownNavs(page)).resolves.toEqual([{ links: 11, current: "Contracts" }]);
    await expect(page.getByText("Menu", { exact: true }).isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe("the accessibility statement", () => {
  it("is linked from every page's footer and says how to report a problem, with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("contracts/", site.url).toString());
    await page.locator("footer").getByRole("link", { name: "Accessibility statement" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Accessibility statement");
    await expect(page.locator("h2").allTextContents()).resolves.toEqual([
      "Using this website",
      "How accessible this website is",
      "Feedback and contact information",
      "Enforcement procedure",
      "Technical information about this website’s accessibility",
      "How we tested this website",
    ]);
    // The mini partnership gives no contact of its own: the councils' (Alpha publishes a website).
    const alpha = page.getByRole("link", { name: "Alpha District Council" });
    await expect(alpha.getAttribute("href")).resolves.toBe("https://alpha.example.gov.uk/");
    await context.close();
  });
});

describe("the privacy notice's promises", () => {
  it("hold: pages and search load nothing from other websites and set no cookies", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on("request", (request) => {
      origins.add(new URL(request.url()).origin);
    });
    for (const path of ["", "suppliers/01026167/", "compare/", "search/?q=acme", "privacy/"]) {
      await page.goto(new URL(path, site.url).toString());
      await page.waitForLoadState("networkidle");
    }
    // The search ran in the browser: its names came from this site's own index.
    await page.goto(new URL("search/?q=acme", site.url).toString());
    await expect(page.locator("#name-results li").first().textContent()).resolves.toContain("Acme");
    expect([...origins]).toEqual([new URL(site.url).origin]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe("a printed page", () => {
  it("keeps the content, writes out other sites' addresses and drops what only works on screen", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.emulateMedia({ media: "print" });
    await page.goto(new URL("councils/alpha/", site.url).toString());
    await expect(page.locator("h1").isVisible()).resolves.toBe(true);
    await expect(page.locator(".demo-banner").isVisible()).resolves.toBe(true);
    for (const hidden of ["nav.site-nav >> nth=0", "nav.site-nav >> nth=1", ".chart-tools"])
      await expect(page.locator(hidden).isVisible(), hidden).resolves.toBe(false);
    const website = page.getByRole("link", { name: "Council website" });
    await expect(website.evaluate((a) => getComputedStyle(a, "::after").content)).resolves.toBe(
      '" (https://alpha.example.gov.uk/)"',
    );
    // A page's own links stay as they are, and tables print whole rather than in a scroll region.
    const own = page.locator("main a[href^='/']").first();
    await expect(own.evaluate((a) => getComputedStyle(a, "::after").content)).resolves.toBe("none");
    const overflow = await page
      .locator(".table-scroll")
      .evaluateAll((regions) => regions.map((r) => getComputedStyle(r).overflowX));
    expect(overflow.length).toBeGreaterThan(0);
    expect(new Set(overflow)).toEqual(new Set(["visible"]));
    await page.close();
  });
});

describe("keyboard focus", () => {
  it("keeps dark text on the yellow focus colour, in the dark header too", async () => {
    /** Tabs through a page; lists the controls whose text, focused, contrasts less than 4.5:1 with
     * the colour behind it (its own background, else the nearest ancestor's), as WCAG computes it. */
    const check = async (width: number, path: string, stops: number) => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(new URL(path, site.url).toString());
      const low: string[] = [];
      for (let i = 0; i < stops; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
          const luminance = ([r, g, b]: number[]) => {
            const lin = (c: number) =>
              c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
            return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
          };
          let bg = "rgb(255, 255, 255)";
          for (let e: HTMLElement | null = el; e; e = e.parentElement) {
            const css = getComputedStyle(e).backgroundColor;
            if ((rgb(css)[3] ?? 1) > 0) {
              bg = css;
              break;
            }
          }
          const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(rgb(bg))];
          const name = (el.textContent ?? "").trim().slice(0, 30) || el.tagName;
          return { name, contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
        });
        if (focused && focused.contrast < 4.5)
          low.push(`${width}px /${path} "${focused.name}": ${focused.contrast.toFixed(2)}`);
      }
      await page.close();
      return low;
    };
    const low = [
      ...(await check(1280, "", 16)),
      ...(await check(320, "", 4)),
      ...(await check(1280, "compare/", 40)),
    ];
    expect(low).toEqual([]);
  });

  it("outlines a focused bar of a chart, not its label and value", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url);
    const bar = page.locator("figure.chart .chart-target").first();
    await bar.focus();
    const strokes = await bar.evaluate((g) => ({
      rect: getComputedStyle(g.querySelector(":scope > rect") as Element).stroke,
      text: [...g.querySelectorAll("text")].map((t) => getComputedStyle(t).stroke),
    }));
    expect(strokes.rect).toBe("rgb(11, 12, 12)");
    expect(strokes.text.length).toBeGreaterThan(0);
    expect(new Set(strokes.text)).toEqual(new Set(["none"]));
    await page.close();
  });
});
