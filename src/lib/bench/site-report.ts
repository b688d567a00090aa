// The printed report of bench:site. To print another figure: a per-page one goes in PAGE_FIGURES
// (site-pages.ts, e.g. a chart's SVG size per entity page), a whole-site one in SITE_FIGURES here.
import { availableParallelism } from "node:os";
import { CHART_SVG_TARGET_BYTES, type ChartStats, EMBED_TOTAL_TARGET_BYTES } from "./site-charts.ts";
import type { DataParams } from "./site-data.ts";
import { gb, type TreeMeasurement } from "./site-measure.ts";
import { type Distribution, GZIP_TARGET_BYTES, type SiteStats } from "./site-pages.ts";

export const TARGET = { ratio: 1.5, seconds: 120, rssBytes: 4 * 1024 ** 3 };

/** Whole-site figures printed at the end: add one to have bench:site print it. */
export const SITE_FIGURES: { label: string; value(stats: SiteStats): string }[] = [
  { label: "site size (all files)", value: (s) => mbText(s.siteBytes) },
  { label: "HTML files", value: (s) => n(s.htmlFiles) },
];

export interface ReportInput {
  options: DataParams;
  data: { generated: boolean; seconds: number };
  site: TreeMeasurement;
  stats: SiteStats;
  charts: ChartStats;
  bare: TreeMeasurement | null;
  barePages: number;
  loadBefore: string;
  loadAfter: string;
  /** Seconds spent emptying the previous site output before the timed build (not counted). */
  clearedSeconds: number;
}

const n = (v: number) => Math.round(v).toLocaleString("en-GB");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mbText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (s: number) => `${s.toFixed(1).padStart(6)} s`;
const verdict = (ok: boolean) => (ok ? "met" : "NOT MET");

function sizes(d: Distribution): string {
  return `median ${kb(d.median)}, p95 ${kb(d.p95)}, max ${kb(d.max)}${d.maxPath ? ` (${d.maxPath})` : ""}`;
}

function timing(label: string, width: number, wall: number, cpu: number, rss: number): string {
  return `${label.padEnd(width)} ${sec(wall)} wall ${sec(cpu)} CPU  peak RSS ${gb(rss)}`;
}

/**
 * The flag computation against the ingest step, from the flags step's own timing line (kept from the
 * build log) and the ingest stage: the questions issue's target is at most 10%.
 */
export function flagComputation(site: Pick<TreeMeasurement, "kept" | "stages">): string | null {
  const timing = site.kept
    .map((l) => /flags timing: read ([\d.]+) s, compute ([\d.]+) s/.exec(l))
    .find(Boolean);
  const ingest = site.stages.find((s) => /^ingest/i.test(s.label));
  if (!timing || !ingest) return null;
  const compute = Number(timing[2]);
  const share = (compute / ingest.seconds) * 100;
  return `flag computation: ${compute.toFixed(2)} s, ${share.toFixed(1)}% of the ingest step's ${ingest.seconds.toFixed(1)} s (target ≤ 10%: ${verdict(share <= 10)})`;
}

export function formatReport(r: ReportInput): string {
  const { site, stats, bare } = r;
  const o = r.options;
  const width = Math.max(36, ...site.stages.map((s) => s.label.length + 2));
  const out = [
    `bench:site — ${n(o.payments)} payments, ${n(o.suppliers)} suppliers asked (seed ${o.seed}); data ${r.data.generated ? `generated in ${r.data.seconds.toFixed(1)} s` : "reused"}`,
    `machine: ${availableParallelism()} cores; load average (1, 5, 15 min) before ${r.loadBefore}, after ${r.loadAfter}`,
    `both builds start from an empty output folder (emptying the previous site took ${r.clearedSeconds.toFixed(1)} s, not counted)`,
    "",
    "times: wall clock and CPU (user + system) of the whole process tree; peak RSS: summed over the tree, sampled",
    timing("site build (npm run build)", width, site.seconds, site.cpuSeconds, site.peakTreeRssBytes),
  ];
  for (const s of site.stages)
    out.push(timing(`  ${s.label}`, width, s.seconds, s.cpuSeconds, s.peakTreeRssBytes));
  if (bare)
    out.push(
      timing("bare Astro build (trivial pages)", width, bare.seconds, bare.cpuSeconds, bare.peakTreeRssBytes),
    );
  out.push("");
  out.push(
    `pages: ${n(stats.pages)} (index.html) — site ${n(stats.pages / site.seconds)} pages/s overall` +
      (bare ? `; bare Astro ${n(r.barePages)} pages, ${n(r.barePages / bare.seconds)} pages/s` : ""),
  );
  out.push(
    `largest single process: site ${gb(site.peakProcessRssBytes)}${bare ? `, bare ${gb(bare.peakProcessRssBytes)}` : ""} (${site.processRssSource})`,
  );
  for (const line of [...site.kept, ...(bare?.kept ?? []).map((l) => `bare: ${l}`)])
    out.push(`  | ${line.trim()}`);
  const ix = stats.searchIndex;
  out.push(
    `search index (pagefind/): ${mbText(ix.bytes)} in ${n(ix.files)} files (${mbText(ix.diskBytes)} on disk)`,
    "",
  );

  if (bare) {
    const ratio = site.seconds / bare.seconds;
    out.push(
      `ratio site build / bare Astro: ${ratio.toFixed(2)}× wall (target ≤ ${TARGET.ratio}×: ${verdict(ratio <= TARGET.ratio)}), ${(site.cpuSeconds / bare.cpuSeconds).toFixed(2)}× CPU`,
    );
    const astro = site.stages.find((s) => /astro/i.test(s.label));
    if (astro) {
      out.push(
        `  the astro build step alone / bare Astro: ${(astro.seconds / bare.seconds).toFixed(2)}× wall, ${(astro.cpuSeconds / bare.cpuSeconds).toFixed(2)}× CPU`,
      );
    }
  }
  out.push(
    `total build: ${site.seconds.toFixed(1)} s (target ≤ ${TARGET.seconds} s: ${verdict(site.seconds <= TARGET.seconds)})`,
    `peak RSS, whole process tree: ${gb(site.peakTreeRssBytes)} (target ≤ 4 GB: ${verdict(site.peakTreeRssBytes <= TARGET.rssBytes)})`,
  );
  const flags = flagComputation(site);
  if (flags) out.push(flags);
  out.push(
    "",
    `entity pages (HTML gzip -6; target ≤ ${kb(GZIP_TARGET_BYTES)} and no <script> except islands):`,
  );
  const indent = " ".repeat(21);
  for (const e of stats.entities) {
    out.push(
      `  ${e.type.padEnd(10)} ${n(e.pages).padStart(7)}  gzip ${sizes(e.gzip)}`,
      `${indent}HTML ${sizes(e.html)}`,
      `${indent}over ${kb(GZIP_TARGET_BYTES)}: ${n(e.overTarget)}; <script> outside islands: ${n(e.scriptPages)}${e.scriptExample ? ` (e.g. ${e.scriptExample})` : ""}; pages with islands: ${n(e.islandPages)}`,
    );
    for (const f of e.figures) {
      out.push(
        `${indent}${f.label}: ${f.values.count === 0 ? "none" : `${n(f.values.count)} pages, ${sizes(f.values)}`}`,
      );
    }
  }
  const entityOk = stats.entities.every((e) => e.overTarget === 0 && e.scriptPages === 0);
  out.push(`entity pages target: ${verdict(entityOk)}`, "");
  const { svg, embed } = r.charts;
  out.push(
    `charts: chart SVG per page, ${n(svg.count)} pages with charts: ${sizes(svg)} (target ≤ ${kb(CHART_SVG_TARGET_BYTES)}: ${verdict(svg.max <= CHART_SVG_TARGET_BYTES)})`,
    `embed pages: ${n(embed.count)}, total HTML + CSS + JS each (uncompressed): ${sizes(embed)} (target ≤ ${kb(EMBED_TOTAL_TARGET_BYTES)}: ${verdict(embed.max <= EMBED_TOTAL_TARGET_BYTES)})`,
    "",
  );
  for (const f of SITE_FIGURES) out.push(`${f.label}: ${f.value(stats)}`);
  return out.join("\n");
}
