// bench:ocds, the output side: writes the release package of N generated contracts, each with P
// payments as transactions, in two child processes: as the site writes it (one release built and
// written at a time, streamed) and, as the baseline, every release held in one object and stringified
// whole. Prints each one's time, peak RSS and bytes, and the ratio of their peaks; never passes or
// fails on them.
import { fileURLToPath } from "node:url";
import { type Measurement, mb, measureNode } from "./measure.ts";

const MAIN = fileURLToPath(new URL("./ocds-out-main.ts", import.meta.url));

const line = (label: string, m: Measurement | Error) =>
  m instanceof Error
    ? `${label.padEnd(22)} failed: ${m.message.split("\n")[0]}`
    : `${label.padEnd(22)} ${m.seconds.toFixed(2).padStart(6)} s  peak RSS ${mb(m.peakRssBytes).padStart(8)}  package ${mb(Number(m.output.trim()))}`;

export async function runOcdsOutBench(contracts: number, payments: number): Promise<void> {
  console.log(
    `release package out: ${contracts.toLocaleString("en-GB")} contracts, ${payments} payments each as transactions`,
  );
  const args = [String(contracts), String(payments)];
  const streamed = await measureNode([MAIN, "stream", ...args]).catch((error: Error) => error);
  const whole = await measureNode([MAIN, "whole", ...args]).catch((error: Error) => error);
  console.log(line("  streamed (the site)", streamed));
  console.log(line("  whole (one object)", whole));
  if (!(streamed instanceof Error) && !(whole instanceof Error))
    console.log(`  peak RSS streamed / whole: ${(streamed.peakRssBytes / whole.peakRssBytes).toFixed(2)}`);
}
