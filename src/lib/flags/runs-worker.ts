// Worker thread: finds the candidate payments of possible duplicates (candidates.ts) for the thread
// that computes the other indicators meanwhile (runs-thread.ts).
import { parentPort } from "node:worker_threads";
import { duplicateCandidates, type RunsInput } from "./candidates.ts";

const port = parentPort;
port?.on("message", (input: RunsInput) => {
  const found = duplicateCandidates(input);
  port.postMessage(found, [found.runs.buffer as ArrayBuffer, found.credits.buffer as ArrayBuffer]);
});
