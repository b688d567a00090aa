// How many worker threads read the payment files. Loads nothing but Node's own modules, so the
// ingest can decide (and start the threads) before the configuration is read.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

/** Below this many bytes of payment files, threads cost more than they save. */
const WORKER_MIN_BYTES = 16 * 1024 * 1024;

/** A council's payment files, as far as the thread count is concerned. */
export interface SpendFiles {
  dir: string;
  files: string[];
}

/** INGEST_WORKERS or `workers` when given; else by input size and CPUs (at most 4, one per council). */
export function workerCount(councils: SpendFiles[], options: { workers?: number | undefined }): number {
  const fromEnv = process.env.INGEST_WORKERS;
  const asked = options.workers ?? (fromEnv !== undefined && fromEnv !== "" ? Number(fromEnv) : undefined);
  if (asked !== undefined) return Math.max(0, Math.min(Math.floor(asked) || 0, councils.length));
  const cpus = availableParallelism();
  if (cpus < 2 || councils.length < 2) return 0;
  let bytes = 0;
  for (const council of councils) {
    for (const file of council.files) {
      try {
        bytes += statSync(join(council.dir, file)).size;
      } catch {
        // Unreadable files are reported by the ingest itself.
      }
    }
  }
  return bytes < WORKER_MIN_BYTES ? 0 : Math.min(cpus, councils.length, 4);
}
