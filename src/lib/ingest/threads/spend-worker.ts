// Worker thread: ingests whole councils' payment files (CouncilSpend) and later formats their
// payments.csv rows once the main thread has resolved supplier ids, chunk by chunk.
import { parentPort } from "node:worker_threads";
import { CouncilSpend, type CouncilTask } from "../rows/council-spend.ts";

export type WorkerRequest =
  | { type: "ingest"; id: number; task: CouncilTask }
  | { type: "format"; id: number; supplierCells: string[] };

export type WorkerReply =
  | { type: "ingested"; id: number; result: Awaited<ReturnType<CouncilSpend["ingest"]>> }
  | { type: "chunk"; id: number; chunk: Uint8Array }
  | { type: "formatted"; id: number }
  | { type: "error"; id: number; message: string; stack: string };

const port = parentPort;
if (port) {
  const councils = new Map<number, CouncilSpend>();
  port.on("message", async (request: WorkerRequest) => {
    try {
      if (request.type === "ingest") {
        const council = new CouncilSpend(request.task);
        councils.set(request.id, council);
        const result = await council.ingest();
        port.postMessage({ type: "ingested", id: request.id, result } satisfies WorkerReply);
      } else {
        const council = councils.get(request.id) as CouncilSpend;
        councils.delete(request.id);
        // Each chunk is sent as soon as it is full, so the main thread writes while this one formats.
        council.format(request.supplierCells, (chunk) =>
          port.postMessage({ type: "chunk", id: request.id, chunk } satisfies WorkerReply, [
            chunk.buffer as ArrayBuffer,
          ]),
        );
        port.postMessage({ type: "formatted", id: request.id } satisfies WorkerReply);
      }
    } catch (error) {
      const e = error as Error;
      port.postMessage({
        type: "error",
        id: request.id,
        message: e.message,
        stack: e.stack ?? "",
      } satisfies WorkerReply);
    }
  });
}
