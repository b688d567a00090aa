// bench:ocds: writes release packages of increasing size (releases like Contracts Finder's, each with
// a 400-character description, as real notices have) with the same contracts, a larger package having
// more releases per contract, and reads each in two child processes: streamed and merged as the ingest
// reads it, and whole (readFileSync + JSON.parse) as the baseline. Prints each one's time and peak RSS
// and the ratio of their peaks; never passes or fails on them.
import { closeSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Measurement, mb, measureNode } from "./measure.ts";

const MAIN = fileURLToPath(new URL("./ocds-read-main.ts", import.meta.url));

/** Release `revision` of contract `i`: each revision a day later, the last one changing the value. */
function release(i: number, revision: number, last: boolean): string {
  const ocid = `ocds-b5fd17-bench-${i}`;
  const day = String(1 + (revision % 28)).padStart(2, "0");
  const amount = 1000 + i / 100 + (last && revision > 0 ? 1 : 0);
  return JSON.stringify({
    ocid,
    id: `${ocid}-${revision}`,
    date: `${2025 + Math.floor(revision / 28)}-01-${day}T22:10:19Z`,
    tag: [revision === 0 ? "tender" : "award"],
    tender: {
      id: `REF-${i}`,
      title: `Contract ${i}`,
      description: "x".repeat(400),
      value: { amount, currency: "GBP" },
    },
    parties: [
      {
        id: `GB-COH-${10000000 + i}`,
        name: `Supplier ${i} Ltd`,
        address: { streetAddress: "1 High St, Exeter, EX1 1AA" },
        details: { scale: "sme", vcse: false },
        roles: ["supplier"],
      },
    ],
    awards: [
      {
        id: `${ocid}-1`,
        value: { amount, currency: "GBP" },
        suppliers: [{ id: `GB-COH-${10000000 + i}`, name: `Supplier ${i} Ltd` }],
      },
    ],
  });
}

/** Bytes of one release of the package (they differ by a few digits only). */
const RELEASE_BYTES = release(50_000, 0, true).length + 2;

/**
 * Writes a package of about `megabytes` MB of `contracts` contracts (all contracts when 0: one release
 * each), their releases in date order; returns its path and release count.
 */
function writePackage(megabytes: number, contracts: number): { path: string; releases: number } {
  const path = join(tmpdir(), `bench-ocds-${process.pid}.json`);
  const total = Math.max(1, Math.round((megabytes * 1024 * 1024) / RELEASE_BYTES));
  const count = contracts > 0 ? Math.min(contracts, total) : total;
  const perContract = Math.max(1, Math.round(total / count));
  const fd = openSync(path, "w");
  writeSync(
    fd,
    '{"uri":"https://example.org/p.json","version":"1.1","publishedDate":"2025-01-01T00:00:00Z","publisher":{"name":"Bench"},"releases":[\n',
  );
  let releases = 0;
  for (let revision = 0; revision < perContract; revision++) {
    const batch: string[] = [];
    for (let i = 0; i < count; i++) {
      batch.push(`${releases > 0 ? ",\n" : ""}${release(i, revision, revision === perContract - 1)}`);
      releases++;
    }
    writeSync(fd, batch.join(""));
  }
  writeSync(fd, "\n]}\n");
  closeSync(fd);
  return { path, releases };
}

const run = (label: string, m: Measurement | Error) =>
  m instanceof Error
    ? `${label.padEnd(20)} failed: ${m.message.split("\n").find((line) => /Error|heap|Invalid/.test(line)) ?? m.message.split("\n")[0]}`
    : `${label.padEnd(20)} ${m.seconds.toFixed(2).padStart(6)} s  peak RSS ${mb(m.peakRssBytes).padStart(8)}  releases, contracts ${m.output.trim()}`;

/** One package: its size, then each reading's time and peak RSS, and the ratio of the peaks. */
async function benchPackage(megabytes: number, contracts: number): Promise<void> {
  const { path, releases } = writePackage(megabytes, contracts);
  try {
    console.log(
      `release package: ${mb(statSync(path).size)}, ${releases.toLocaleString("en-GB")} releases (load ${loadavg()[0]?.toFixed(2)})`,
    );
    const streamed = await measureNode([MAIN, "stream", path]).catch((error: Error) => error);
    const whole = await measureNode([MAIN, "whole", path]).catch((error: Error) => error);
    console.log(run("  streamed (ingest)", streamed));
    console.log(run("  whole (JSON.parse)", whole));
    if (!(streamed instanceof Error) && !(whole instanceof Error))
      console.log(`  peak RSS streamed / whole: ${(streamed.peakRssBytes / whole.peakRssBytes).toFixed(2)}`);
  } finally {
    rmSync(path, { force: true });
  }
}

/**
 * sizes: package sizes in MB, in increasing order. contracts: the number of contracts in every package
 * (0: as many as the smallest package holds with one release each), so that a larger package has more
 * releases per contract; distinct: also read the largest size with one release per contract.
 */
export async function runOcdsBench(sizes: number[], contracts: number, distinct: boolean): Promise<void> {
  const smallest = Math.min(...sizes);
  const count = contracts > 0 ? contracts : Math.round((smallest * 1024 * 1024) / RELEASE_BYTES);
  console.log(
    `${count.toLocaleString("en-GB")} contracts in every package; a larger one has more releases each`,
  );
  for (const size of sizes) await benchPackage(size, count);
  if (distinct) {
    const largest = Math.max(...sizes);
    console.log(`${largest} MB with one release per contract:`);
    await benchPackage(largest, 0);
  }
}
