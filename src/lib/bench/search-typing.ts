// Typing on /search/ as a person does, one key every 100 ms, in Chromium: for each key, how long until
// the names for the text typed so far are on screen (the page marks each query's names with
// search:names-shown, src/client/search/main.ts), against the ~100 ms in which names should follow a key.
import type { Browser } from "playwright-core";

/** The interval between keys, and the time names should follow a key within. */
export const KEY_INTERVAL_MS = 100;
export const NAMES_WITHIN_MS = 100;

export interface TypingMeasurement {
  query: string;
  /** Per key: ms from the key to its names on screen (null: never shown, overtaken by a later key). */
  perKey: (number | null)[];
}

export async function measureTyping(
  browser: Browser,
  searchUrl: string,
  query: string,
): Promise<TypingMeasurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(searchUrl);
    await page.evaluate(() => {
      const w = window as unknown as { keyTimes: { q: string; at: number }[] };
      w.keyTimes = [];
      const input = document.getElementById("search-q") as HTMLInputElement;
      // In the capture phase, before the page's own handler: the value already includes the key.
      window.addEventListener(
        "input",
        () => w.keyTimes.push({ q: input.value, at: performance.now() }),
        true,
      );
    });
    await page.locator("#search-q").focus();
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(KEY_INTERVAL_MS);
    }
    await page.waitForTimeout(1000);
    const { keys, marks } = await page.evaluate(() => ({
      keys: (window as unknown as { keyTimes: { q: string; at: number }[] }).keyTimes,
      marks: performance
        .getEntriesByName("search:names-shown")
        .map((m) => ({ q: String((m as PerformanceMark).detail), at: m.startTime })),
    }));
    const perKey = keys.map((k) => {
      const shown = marks.find((m) => m.q === k.q && m.at >= k.at);
      return shown ? shown.at - k.at : null;
    });
    return { query, perKey };
  } finally {
    await context.close();
  }
}

/** One line: per-key delays, their median and largest, against the target. */
export function typingLine(m: TypingMeasurement): string {
  const shown = m.perKey.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const median = shown[Math.floor(shown.length / 2)] ?? Number.NaN;
  const largest = shown[shown.length - 1] ?? Number.NaN;
  const keys = m.perKey.map((v) => (v === null ? "–" : v.toFixed(0))).join(" ");
  return (
    `  typing "${m.query}" (a key every ${KEY_INTERVAL_MS} ms): names ${median.toFixed(0)} ms after a key (median), ` +
    `${largest.toFixed(0)} ms at most, target ${NAMES_WITHIN_MS} ms; ${shown.length} of ${m.perKey.length} keys shown [${keys}]`
  );
}
