// npm run bench:search: what a visitor's browser transfers before the first result of a supplier-name
// search, through the name index and through Pagefind alone, against the budget.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { writeNameIndex } from "../search/dataset-names.ts";
import { indexEntries } from "../search/entries.ts";
import { normalizeName } from "../search/normalize.ts";
import { buildNameIndex } from "../search/shards.ts";
import { launchBrowser, type Measurement, measureFirstResult, medianOf } from "./search-measure.ts";
import { SYNTHETIC_COUNCILS, syntheticSuppliers } from "./search-names.ts";
import { PAGEFIND_ONLY, serveForBench } from "./search-serve.ts";
import { measureTyping, typingLine } from "./search-typing.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
/** The budget: bytes before the first result of a supplier-name search. */
export const BUDGET_BYTES = 150_000;
/** Words in very many generated names. */
const COMMON_WORDS = ["services", "green", "ltd"];

export interface SearchBenchOptions {
  /** A built site to measure; else one is generated and built in `dir`. */
  site?: string;
  suppliers: number;
  payments: number;
  dir: string;
  queries: string[];
  /** Also measure a generated name index of this many suppliers served in place of the site's. */
  names?: number;
  runs: number;
  fresh: boolean;
  log: (line: string) => void;
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  const path = [join(ROOT, "node_modules", ".bin"), process.env.PATH ?? ""].join(delimiter);
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PATH: path, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

/** Generates the data and builds the site unless already there. */
function siteFor(options: SearchBenchOptions): string {
  if (options.site) return resolve(options.site);
  const data = join(options.dir, `data-${options.suppliers}`);
  const site = join(options.dir, `site-${options.suppliers}`);
  if (options.fresh || !existsSync(join(data, "partnership.json"))) {
    options.log(`generating ${options.suppliers.toLocaleString("en-GB")} suppliers into ${data}`);
    run(
      "generate-demo",
      [
        "scripts/generate-demo.ts",
        "--suppliers",
        String(options.suppliers),
        "--payments",
        String(options.payments),
        "--out",
        data,
      ],
      {},
    );
  }
  if (options.fresh || !existsSync(join(site, "search", "names", "manifest.jsonz"))) {
    options.log(`building the site into ${site} (several minutes at 30,000 suppliers)`);
    run("build", ["scripts/build.ts"], {
      DATA_DIR: data,
      DATASET_DIR: join(options.dir, `dataset-${options.suppliers}`),
      SITE_DIR: site,
      BASE_PATH: "/",
    });
  }
  return site;
}

/** Prefixes of supplier names from the published suppliers.csv (first word, five letters), spread over the list. */
export function supplierQueries(site: string, count = 3): string[] {
  const lines = readFileSync(join(site, "data", "suppliers.csv"), "utf8")
    .split("\n")
    .slice(1);
  const names = lines
    .map((line) => line.split(",")[1] ?? "")
    .filter((n) => /^[A-Za-z]{5}/.test(n))
    .sort();
  return Array.from({ length: count }, (_, i) => {
    const name = names[Math.floor(((i + 1) / (count + 1)) * names.length)] ?? "a";
    return normalizeName(name).slice(0, 5);
  });
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

function line(label: string, query: string, m: Measurement): string {
  const verdict = m.bytes <= BUDGET_BYTES ? "within" : "OVER";
  return (
    `${label.padEnd(34)} q=${query.padEnd(8)} ${kB(m.bytes).padStart(9)} (browser ${kB(m.browserBytes)}) ` +
    `${m.requests.length} requests ${m.ms.toFixed(0).padStart(5)} ms  ${verdict} ${kB(BUDGET_BYTES)}  first: ${m.first.slice(0, 40)}`
  );
}

function breakdown(m: Measurement): string {
  return m.requests
    .map(
      (r) =>
        `    ${kB(r.bytes).padStart(9)}  ${r.status} ${r.path}${m.unseen.includes(r.path) ? "  (not in the page's request events)" : ""}`,
    )
    .join("\n");
}

export async function runSearchBench(options: SearchBenchOptions): Promise<string> {
  const site = siteFor(options);
  const queries = options.queries.length > 0 ? options.queries : supplierQueries(site);
  const out: string[] = [
    `Site: ${site}`,
    `Budget: ${kB(BUDGET_BYTES)} before the first result (kB = 1,000 bytes; text gzip-compressed as by a typical host)`,
  ];
  const browser = await launchBrowser();
  try {
    const server = await serveForBench(site);
    try {
      for (const q of queries) {
        const names = await medianOf(options.runs, () =>
          measureFirstResult(
            browser,
            server,
            `${server.url}search/?q=${encodeURIComponent(q)}`,
            "#name-results li",
          ),
        );
        out.push(line("search page (name index first)", q, names), breakdown(names));
        const pagefind = await medianOf(options.runs, () =>
          measureFirstResult(
            browser,
            server,
            `${server.url}${PAGEFIND_ONLY}?q=${encodeURIComponent(q)}`,
            "#results li",
          ),
        );
        out.push(line("Pagefind alone (bare page)", q, pagefind), breakdown(pagefind));
        out.push(typingLine(await measureTyping(browser, `${server.url}search/`, q)));
      }
    } finally {
      await server.close();
    }
    if (options.names) {
      const dir = join(options.dir, `names-${options.names}`);
      const things = syntheticSuppliers(options.names);
      if (options.fresh || !existsSync(join(dir, "search", "names", "manifest.jsonz"))) {
        options.log(`building a name index of ${options.names.toLocaleString("en-GB")} generated suppliers`);
        writeNameIndex(dir, buildNameIndex(indexEntries(things, SYNTHETIC_COUNCILS), SYNTHETIC_COUNCILS));
      }
      const overlay = await serveForBench(site, "/", join(dir, "search", "names"));
      try {
        // Name prefixes, then the costliest kind of query: common whole words, answered by a preview
        // of the word's prefix plus the word's own shards.
        const sample = [0.2, 0.5, 0.8].map((f) =>
          normalizeName(things[Math.floor(f * things.length)]?.name ?? "a").slice(0, 5),
        );
        for (const q of [...sample, ...COMMON_WORDS]) {
          const m = await medianOf(options.runs, () =>
            measureFirstResult(
              browser,
              overlay,
              `${overlay.url}search/?q=${encodeURIComponent(q)}`,
              "#name-results li",
            ),
          );
          out.push(line(`name index, ${options.names.toLocaleString("en-GB")} names`, q, m), breakdown(m));
        }
      } finally {
        await overlay.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out.join("\n");
}
