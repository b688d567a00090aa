// Opens a search in Chromium (playwright-core, the system's browser, a fresh profile each time) and
// measures what was transferred until the first result was on screen: bytes counted by the server
// (headers and bodies, worker requests included), cross-checked with the browser's own sizes.
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import type { BenchServer, Served } from "./search-serve.ts";

export const launchBrowser = launchChromium;

export interface Measurement {
  /** Bytes on the wire before the first result, counted by the server. */
  bytes: number;
  /** The same, as the browser reports them (encoded bodies and headers). */
  browserBytes: number;
  /** Milliseconds from navigation start to the first result on screen. */
  ms: number;
  requests: Served[];
  /** The first result's text. */
  first: string;
  /** Paths the page's own request events did not report (fetched by a worker). */
  unseen: string[];
}

const MARK = "search:first-result";

/**
 * Loads `url` and waits for `selector` (a result) and the page's first-result mark; counts the
 * requests made before that moment.
 */
export async function measureFirstResult(
  browser: Browser,
  server: BenchServer,
  url: string,
  selector: string,
): Promise<Measurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const browserSizes = new Map<string, number>();
  const sizing: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    const sized = request.sizes().then(
      (sizes) => {
        const path = new URL(request.url()).pathname;
        browserSizes.set(
          path,
          (browserSizes.get(path) ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize,
        );
      },
      () => undefined,
    );
    sizing.push(sized);
  });
  const start = server.log.length;
  try {
    await page.goto(url);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
      timeout: 60_000,
    });
    const { ms, at } = await page.evaluate((mark) => {
      const entry = performance.getEntriesByName(mark)[0] as PerformanceEntry;
      return { ms: entry.startTime, at: performance.timeOrigin + entry.startTime };
    }, MARK);
    const first = (await page.locator(selector).first().textContent()) ?? "";
    await page.waitForTimeout(300);
    await Promise.all(sizing);
    // Every request made before the result was on screen, in full (one still in flight counts whole).
    const requests = server.log.slice(start).filter((r) => r.startedAt <= at);
    let browserBytes = 0;
    const unseen: string[] = [];
    for (const path of new Set(requests.map((r) => r.path))) {
      const size = browserSizes.get(path);
      if (size === undefined) unseen.push(path);
      browserBytes += size ?? 0;
    }
    if (errors.length > 0) throw new Error(`errors in the page: ${errors.join("; ")}`);
    return {
      bytes: requests.reduce((n, r) => n + r.bytes, 0),
      browserBytes,
      ms,
      requests,
      first: first.trim(),
      unseen,
    };
  } finally {
    await context.close();
  }
}

/** The median measurement by bytes then time over `runs` loads. */
export async function medianOf(runs: number, measure: () => Promise<Measurement>): Promise<Measurement> {
  const all: Measurement[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure());
  all.sort((a, b) => a.ms - b.ms);
  return all[Math.floor(all.length / 2)] as Measurement;
}
