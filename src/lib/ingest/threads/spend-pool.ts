// Runs CouncilSpend for each council on a small pool of worker threads (inline-spend.ts runs it on
// this thread). Both give the same results: the worker only moves the same calls to another thread.
// Only types come from the parsing modules, so the pool starts before they are loaded here.
import { accessSync, constants, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CouncilSpendResult, CouncilTask } from "../rows/council-spend.ts";
import { ChunkQueue } from "./chunk-queue.ts";
import type { WorkerReply, WorkerRequest } from "./spend-worker.ts";

/** One council's spend, ingested (or being ingested) somewhere. */
export interface CouncilHandle {
  result: Promise<CouncilSpendResult>;
  /** payments.csv rows of the council, chunk by chunk; call once, after result, with a cell per name. */
  format(supplierCells: string[]): ChunkQueue;
}

const YOUNG_GENERATION_MB = 48;

/**
 * The workers' environment: this one, with Node's compile cache on (in NODE_COMPILE_CACHE if set,
 * else where Node puts it by default), so a worker does not strip and compile its modules again on
 * every run; that would take a fifth of a second before it reads its first file. Only when the
 * directory can be made and written: a worker given one that cannot never starts (Node 24).
 */
export function workerEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = { ...base };
  const dir = base.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache");
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    env.NODE_COMPILE_CACHE = dir;
  } catch {
    delete env.NODE_COMPILE_CACHE;
  }
  return env;
}

/** The worker a council was given to: its index once known, and a promise of it. */
interface Slot {
  index: number;
  worker: Promise<number>;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** A pool of worker threads; councils are handed out in order as workers become free. */
export class SpendPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<string, Pending>();
  /** Council id -> its payments.csv chunks, while a worker formats them. */
  private readonly formatting = new Map<number, ChunkQueue>();
  private readonly busy: number[] = [];
  private readonly queue: (() => void)[] = [];

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      // A larger young generation: most of what a worker allocates (cells, rows) dies young.
      const worker = new Worker(new URL("./spend-worker.ts", import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        env: workerEnv(),
      });
      worker.on("message", (reply: WorkerReply) => this.onReply(reply));
      worker.on("error", (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
        for (const queue of this.formatting.values()) queue.fail(error);
        this.formatting.clear();
      });
      this.workers.push(worker);
      this.busy.push(0);
    }
  }

  /** How many worker threads the pool has. */
  get size(): number {
    return this.workers.length;
  }

  private onReply(reply: WorkerReply): void {
    if (reply.type === "chunk") {
      this.formatting.get(reply.id)?.push(reply.chunk);
    } else if (reply.type === "formatted") {
      this.formatting.get(reply.id)?.end();
      this.formatting.delete(reply.id);
    } else if (reply.type === "ingested") {
      const p = this.pending.get(`ingest:${reply.id}`);
      this.pending.delete(`ingest:${reply.id}`);
      p?.resolve(reply.result);
    } else {
      const error = new Error(reply.message);
      error.stack = reply.stack;
      this.pending.get(`ingest:${reply.id}`)?.reject(error);
      this.pending.delete(`ingest:${reply.id}`);
      this.formatting.get(reply.id)?.fail(error);
      this.formatting.delete(reply.id);
    }
  }

  private ingest(worker: number, id: number, task: CouncilTask): Promise<CouncilSpendResult> {
    return new Promise((resolve, reject) => {
      this.pending.set(`ingest:${id}`, { resolve: resolve as (value: unknown) => void, reject });
      (this.workers[worker] as Worker).postMessage({ type: "ingest", id, task } satisfies WorkerRequest);
    });
  }

  /**
   * Asks the worker holding the council for its payments.csv chunks. The request is posted at once
   * (the council's worker is known by the time its result is in), not after the caller's next await.
   */
  private format(slot: Slot, id: number, supplierCells: string[]): ChunkQueue {
    const queue = new ChunkQueue();
    this.formatting.set(id, queue);
    const post = (w: number) =>
      (this.workers[w] as Worker).postMessage({ type: "format", id, supplierCells } satisfies WorkerRequest);
    if (slot.index !== -1) post(slot.index);
    else slot.worker.then(post);
    return queue;
  }

  /** Starts every council now; workers take the next council as they finish one. */
  start(tasks: CouncilTask[]): CouncilHandle[] {
    return tasks.map((task, id) => {
      let resolve!: (w: number) => void;
      const slot: Slot = { index: -1, worker: new Promise<number>((r) => (resolve = r)) };
      const result = (async () => {
        const w = await this.acquire();
        slot.index = w;
        resolve(w);
        try {
          return await this.ingest(w, id, task);
        } finally {
          this.release(w);
        }
      })();
      return {
        result,
        format: (supplierCells: string[]) => this.format(slot, id, supplierCells),
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
