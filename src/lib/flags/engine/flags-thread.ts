// The flags step's second thread: started before the payments are read, so that it is ready when the
// context is built; it then reads the context's columns from shared memory and finds the candidate
// payments of possible duplicates (candidates.ts) and adds up the department tallies
// (department-tallies.ts), while this thread computes the other indicators (compute.ts).
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerEnv } from "../../ingest/threads/spend-pool.ts";
import { type Candidates, duplicateCandidates, type RunsInput } from "../indicators/candidates.ts";
import { type DepartmentCounts, type DepartmentInput, departmentCounts } from "./department-tallies.ts";

/** Below this size of payments.parquet (about 100,000 payments), a thread costs more than it saves. */
const THREAD_MIN_BYTES = 1.5 * 1024 * 1024;

export type ThreadRequest =
  | { kind: "candidates"; input: RunsInput }
  | { kind: "departments"; input: DepartmentInput };

/** What the other thread is asked for: the same as these functions give on this one. */
export interface FlagsHelper {
  candidates(input: RunsInput): Promise<Candidates>;
  departments(input: DepartmentInput): Promise<DepartmentCounts>;
}

interface Waiting {
  resolve: (answer: unknown) => void;
  /** The answer worked out on this thread, when the thread cannot give it. */
  here: () => unknown;
}

export class FlagsThread implements FlagsHelper {
  private readonly worker = new Worker(new URL("./flags-worker.ts", import.meta.url), { env: workerEnv() });
  /** False once the thread has failed or stopped: answers are then worked out on this thread. */
  private running = true;
  /** Requests posted and not yet answered, in order (the thread answers in order). */
  private readonly waiting: Waiting[] = [];
  /** Requests the thread answered. */
  answered = 0;

  constructor() {
    const stop = () => {
      this.running = false;
      for (const w of this.waiting.splice(0)) w.resolve(w.here());
    };
    this.worker.on("error", stop);
    this.worker.on("exit", stop);
    this.worker.on("message", (answer: unknown) => {
      this.answered++;
      this.waiting.shift()?.resolve(answer);
    });
  }

  /** A thread when there are two CPUs or more and payments.parquet is large (FLAGS_THREAD=0/1 decides). */
  static forPayments(path: string): FlagsThread | null {
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
    return new FlagsThread();
  }

  private ask<T>(request: ThreadRequest, here: () => T): Promise<T> {
    if (!this.running) return Promise.resolve(here());
    return new Promise((resolve) => {
      this.waiting.push({ resolve: resolve as (answer: unknown) => void, here });
      this.worker.postMessage(request);
    });
  }

  candidates(input: RunsInput): Promise<Candidates> {
    return this.ask({ kind: "candidates", input }, () => duplicateCandidates(input));
  }

  departments(input: DepartmentInput): Promise<DepartmentCounts> {
    return this.ask({ kind: "departments", input }, () => departmentCounts(input));
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
