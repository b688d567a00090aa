// Worker thread: the parts of the flag computation that read numeric columns only, for the thread
// that computes the other indicators meanwhile (flags-thread.ts). Requests are answered in order.
import { parentPort } from "node:worker_threads";
import { duplicateCandidates } from "../indicators/candidates.ts";
import { departmentCounts } from "./department-tallies.ts";
import type { ThreadRequest } from "./flags-thread.ts";

const port = parentPort;
port?.on("message", (request: ThreadRequest) => {
  if (request.kind === "candidates") {
    const found = duplicateCandidates(request.input);
    port.postMessage(found, [found.runs.buffer as ArrayBuffer, found.credits.buffer as ArrayBuffer]);
  } else {
    const counts = departmentCounts(request.input);
    port.postMessage(counts, [
      counts.inMarch.buffer as ArrayBuffer,
      counts.inMarchDept.buffer as ArrayBuffer,
      counts.sums.small.buffer as ArrayBuffer,
    ]);
  }
});
