// Child-process entry for bench:ingest's stages: `stages-main.ts <stage> <threads> <file>...` runs the
// stage on that many worker threads (files shared out by size) and prints what they counted.
import { statSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { STAGES, type Stage, type StageCounts, shareOut } from "./ingest-stages.ts";

const [stage, threads, ...paths] = process.argv.slice(2);
if (!STAGES.includes(stage as Stage) || !(Number(threads) >= 1)) {
  console.error(`usage: stages-main.ts <${STAGES.join("|")}> <threads> <file>...`);
  process.exit(2);
}
const shares = shareOut(
  paths.map((path) => ({ path, bytes: statSync(path).size })),
  Number(threads),
);
const counts = await Promise.all(
  shares.map(
    (share) =>
      new Promise<StageCounts>((resolve, reject) => {
        const worker = new Worker(new URL("./stage-worker.ts", import.meta.url), {
          workerData: { stage, paths: share },
        });
        worker.once("message", (result: StageCounts) => {
          resolve(result);
          void worker.terminate();
        });
        worker.once("error", reject);
        // A thread that stops without answering must not leave the benchmark waiting (after an
        // answer this does nothing: the promise is settled).
        worker.once("exit", (code) =>
          reject(new Error(`stage ${stage} thread exited (${code}) before answering`)),
        );
      }),
  ),
);
const sum = (key: keyof StageCounts) => counts.reduce((n, c) => n + c[key], 0);
console.log(
  `records=${sum("records")} payments=${sum("payments")} repeated=${sum("repeated")} characters=${sum("characters")}`,
);
