// bench:ocds: writes a release package of about the size asked for (releases like Contracts
// Finder's, each with a 400-character description, as real notices have), then reads it in two child processes: streamed, as the
// ingest reads it, and whole (readFileSync + JSON.parse) as the baseline. Prints each one's time and
// peak RSS and the ratio of their peaks; never passes or fails on them.
import { closeSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mb, measureNode } from "./measure.ts";

const MAIN = fileURLToPath(new URL("./ocds-read-main.ts", import.meta.url));

function release(i: number): string {
  const ocid = `ocds-b5fd17-bench-${i}`;
  return JSON.stringify({
    ocid,
    id: `${ocid}-award`,
    date: "2025-01-23T22:10:19Z",
    tag: ["award"],
    tender: {
      id: `REF-${i}`,
      title: `Contract ${i}`,
      description: "x".repeat(400),
      value: { amount: 1000 + i / 100, currency: "GBP" },
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
        value: { amount: 1000 + i / 100, currency: "GBP" },
        suppliers: [{ id: `GB-COH-${10000000 + i}`, name: `Supplier ${i} Ltd` }],
      },
    ],
  });
}

/** Writes a package of about `megabytes` MB; returns its path and release count. */
function writePackage(megabytes: number): { path: string; releases: number } {
  const path = join(tmpdir(), `bench-ocds-${process.pid}.json`);
  const fd = openSync(path, "w");
  writeSync(
    fd,
    '{"uri":"https://example.org/p.json","version":"1.1","publishedDate":"2025-01-01T00:00:00Z","publisher":{"name":"Bench"},"releases":[\n',
  );
  let bytes = 0;
  let releases = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const text = `${releases > 0 ? ",\n" : ""}${release(releases)}`;
    writeSync(fd, text);
    bytes += text.length;
    releases++;
  }
  writeSync(fd, "\n]}\n");
  closeSync(fd);
  return { path, releases };
}

export async function runOcdsBench(megabytes: number): Promise<void> {
  const { path, releases } = writePackage(megabytes);
  try {
    console.log(`release package: ${mb(statSync(path).size)}, ${releases.toLocaleString("en-GB")} releases`);
    const streamed = await measureNode([MAIN, "stream", path]);
    const whole = await measureNode([MAIN, "whole", path]);
    for (const [label, m] of [
      ["streamed (ingest)", streamed],
      ["whole (JSON.parse)", whole],
    ] as const)
      console.log(
        `${label.padEnd(20)} ${m.seconds.toFixed(2).padStart(6)} s  peak RSS ${mb(m.peakRssBytes).padStart(8)}  releases ${m.output.trim()}`,
      );
    console.log(`peak RSS streamed / whole: ${(streamed.peakRssBytes / whole.peakRssBytes).toFixed(2)}`);
  } finally {
    rmSync(path, { force: true });
  }
}
