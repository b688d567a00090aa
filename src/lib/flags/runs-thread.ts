// A worker thread for the candidate payments of possible duplicates (candidates.ts): started before
// the payments are read, so that it is ready when the context is built; it then reads the context's
// columns from shared memory while this thread computes the other indicators (compute.ts).
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerEnv } from "../ingest/spend-pool.ts";
import { type Candidates, duplicateCandidates, type RunsInput } from "./candidates.ts";

/** Below this size of payments.csv (about 100,000 payments), a thread costs more than it saves. */
const THREAD_MIN_BYTES = 20 * 1024 * 1024;

export class RunsThread {
  private readonly worker = new Worker(new URL("./runs-worker.ts", import.meta.url), { env: workerEnv() });
  /** False once the thread has failed or stopped: candidates are then found on this thread. */
  private running = true;
  /** Requests the thread answered. */
  answered = 0;

  constructor() {
    const stop = () => {
      this.running = false;
    };
    this.worker.on("error", stop);
    this.worker.on("exit", stop);
  }

  /** A thread when there are two CPUs or more and payments.csv is large (FLAGS_THREAD=0/1 decides). */
  static forPayments(path: string): RunsThread | null {
    const asked = process.env.FLAGS_THREAD;
    if (asked === "0") return null;
    if (asked !== "1") {
      if (availableParallelism() < 2) return null;
      try {
        if (statSync(path).size < THREAD_MIN_BYTES) return null;
      } catch {
        return null;
      }
    }
    return new RunsThread();
  }

  /** The candidates, found on the thread (on this one when the thread has failed or stopped). */
  candidates(input: RunsInput): Promise<Candidates> {
    if (!this.running) return Promise.resolve(duplicateCandidates(input));
    return new Promise((resolve) => {
      const fallBack = () => {
        this.worker.off("message", found);
        resolve(duplicateCandidates(input));
      };
      const found = (result: Candidates) => {
        this.worker.off("error", fallBack).off("exit", fallBack);
        this.answered++;
        resolve(result);
      };
      this.worker.once("error", fallBack).once("exit", fallBack).once("message", found);
      this.worker.postMessage(input);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
