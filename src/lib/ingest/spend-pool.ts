// Runs CouncilSpend for each council either inline or on a small pool of worker threads. Both give
// the same results: the worker only moves the same calls to another thread.
import { Worker } from "node:worker_threads";
import { CouncilSpend, type CouncilSpendResult, type CouncilTask, type SpendHooks } from "./council-spend.ts";
import type { WorkerReply, WorkerRequest } from "./spend-worker.ts";

/** One council's spend, ingested (or being ingested) somewhere. */
export interface CouncilHandle {
  result: Promise<CouncilSpendResult>;
  /** payments.csv rows of the council; call once, after result, with a cell per name. */
  format(supplierCells: string[]): Promise<Uint8Array[]>;
}

/** Ingests inline, one council at a time, when its result is first asked for. */
export function inlineHandles(tasks: CouncilTask[], hooks: SpendHooks): (() => CouncilHandle)[] {
  return tasks.map((task) => () => {
    const council = new CouncilSpend(task, hooks);
    return {
      result: council.ingest(),
      format: async (cells) => council.format(cells),
    };
  });
}

const YOUNG_GENERATION_MB = 48;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** A pool of worker threads; councils are handed out in order as workers become free. */
export class SpendPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<string, Pending>();
  private readonly busy: number[] = [];
  private readonly queue: (() => void)[] = [];

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      // A larger young generation: most of what a worker allocates (cells, rows) dies young.
      const worker = new Worker(new URL("./spend-worker.ts", import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      worker.on("message", (reply: WorkerReply) => this.onReply(reply));
      worker.on("error", (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
      this.busy.push(0);
    }
  }

  private onReply(reply: WorkerReply): void {
    const key = `${reply.type === "formatted" ? "format" : reply.type === "ingested" ? "ingest" : ""}:${reply.id}`;
    if (reply.type === "error") {
      for (const k of [`ingest:${reply.id}`, `format:${reply.id}`]) {
        const p = this.pending.get(k);
        if (!p) continue;
        const error = new Error(reply.message);
        error.stack = reply.stack;
        this.pending.delete(k);
        p.reject(error);
      }
      return;
    }
    const p = this.pending.get(key);
    if (!p) return;
    this.pending.delete(key);
    p.resolve(reply.type === "ingested" ? reply.result : reply.chunks);
  }

  private request<T>(worker: number, message: WorkerRequest): Promise<T> {
    const key = `${message.type}:${message.id}`;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(key, { resolve: resolve as (value: unknown) => void, reject });
      (this.workers[worker] as Worker).postMessage(message);
    });
  }

  /** Starts every council now; workers take the next council as they finish one. */
  start(tasks: CouncilTask[]): CouncilHandle[] {
    const slots = tasks.map(() => {
      let resolve!: (w: number) => void;
      const worker = new Promise<number>((r) => {
        resolve = r;
      });
      return { worker, resolve };
    });
    return tasks.map((task, id) => {
      const slot = slots[id] as (typeof slots)[number];
      const result = (async () => {
        const w = await this.acquire();
        slot.resolve(w);
        try {
          return await this.request<CouncilSpendResult>(w, { type: "ingest", id, task });
        } finally {
          this.release(w);
        }
      })();
      return {
        result,
        format: async (supplierCells: string[]) =>
          this.request<Uint8Array[]>(await slot.worker, { type: "format", id, supplierCells }),
      };
    });
  }

  private acquire(): Promise<number> {
    const free = this.busy.indexOf(0);
    if (free !== -1) {
      this.busy[free] = 1;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => {
      this.queue.push(() => {
        const w = this.busy.indexOf(0);
        this.busy[w] = 1;
        resolve(w);
      });
    });
  }

  private release(worker: number): void {
    this.busy[worker] = 0;
    this.queue.shift()?.();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
