// Lighthouse (mobile, its default configuration: a mid-range phone, simulated slow 4G) over one page
// of each kind a built site has, served gzip-compressed as a host would, with Debian's Chromium
// started by chrome-launcher. Each page's four category scores and its layout shift.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS } from "../bench/chromium.ts";
import { serveForBench } from "../bench/search-serve.ts";
import { pagesToMeasure } from "./lighthouse-pages.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** The target: every category at least this on every kind of page. */
export const TARGET = 95;

export interface PageScores {
  kind: string;
  path: string;
  /** 0–100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Cumulative layout shift. */
  cls: number;
  /** What Lighthouse found wanting (audits scored under 1 with weight), for a page under the target. */
  failing: string[];
  /** Lighthouse runs behind the figures: 1, or 3 (the median) when the first was under the target. */
  runs: number;
}

type Run = Pick<PageScores, "scores" | "cls" | "failing">;

const meetsTarget = (run: Run): boolean => CATEGORIES.every((c) => run.scores[c] >= TARGET);

/** One Lighthouse run on a page. */
async function measure(url: string, port: number): Promise<Run> {
  const runner = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  const lhr = runner?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as PageScores["scores"];
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
  );
  return { scores, cls: Number(lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0), failing };
}

export async function runLighthouse(
  site: string,
  options: { base?: string; chromePath?: string; only?: string; log?: (line: string) => void } = {},
): Promise<PageScores[]> {
  const base = options.base ?? "/";
  const server = await serveForBench(site, base);
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath ?? process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  const results: PageScores[] = [];
  try {
    for (const { kind, path } of pagesToMeasure(site)) {
      if (options.only && !kind.includes(options.only) && !path.includes(options.only)) continue;
      // Performance varies from run to run on a busy machine: a page under the target is measured
      // twice more, and each figure is the median of the three runs.
      let runs = [await measure(`${server.url}${path}`, chrome.port)];
      if (!meetsTarget(runs[0] as Run)) {
        runs = [
          ...runs,
          await measure(`${server.url}${path}`, chrome.port),
          await measure(`${server.url}${path}`, chrome.port),
        ];
      }
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]),
      ) as PageScores["scores"];
      const cls = median(runs.map((r) => r.cls));
      const failing = [...new Set(runs.flatMap((r) => r.failing))];
      results.push({ kind, path, scores, cls, failing, runs: runs.length });
      const median3 = runs.length > 1 ? ` (median of ${runs.length} runs)` : "";
      options.log?.(
        `/${path}: ${CATEGORIES.map((c) => scores[c]).join("/")}, layout shift ${cls.toFixed(3)}${median3}`,
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return results;
}

/** The results as a Markdown table, and whether every score meets the target. */
export function lighthouseTable(results: readonly PageScores[]): { lines: string[]; ok: boolean } {
  const lines = [
    "| page | path | performance | accessibility | best practices | SEO | layout shift | runs |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.kind} | \`/${r.path}\` | ${CATEGORIES.map((c) => r.scores[c]).join(" | ")} | ${r.cls.toFixed(3)} | ${r.runs} |`,
    ),
  ];
  const ok = results.length > 0 && results.every((r) => CATEGORIES.every((c) => r.scores[c] >= TARGET));
  return { lines, ok };
}
