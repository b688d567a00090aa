// Worker thread for stages-main.ts: runs one stage over its share of the files.
import { parentPort, workerData } from "node:worker_threads";
import { runStage, type Stage } from "./ingest-stages.ts";

const { stage, paths } = workerData as { stage: Stage; paths: string[] };
parentPort?.postMessage(await runStage(stage, paths));
