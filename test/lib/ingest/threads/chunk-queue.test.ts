// Chunks pushed by a producer come out in order, whether they arrive before or while the consumer
// waits; a failure reaches the consumer.
import { describe, expect, it } from "vitest";
import { ChunkQueue, queueOf } from "../../../../src/lib/ingest/threads/chunk-queue.ts";

async function drain(queue: ChunkQueue): Promise<number[]> {
  const seen: number[] = [];
  for await (const chunk of queue) seen.push(...chunk);
  return seen;
}

describe("ChunkQueue", () => {
  it("gives every chunk in order when all were pushed first", async () => {
    expect(await drain(queueOf([Uint8Array.of(1, 2), Uint8Array.of(3)]))).toEqual([1, 2, 3]);
  });

  it("wakes a waiting consumer for each chunk pushed later, and ends when told", async () => {
    const queue = new ChunkQueue();
    const drained = drain(queue);
    for (const n of [1, 2, 3]) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      queue.push(Uint8Array.of(n));
    }
    queue.end();
    expect(await drained).toEqual([1, 2, 3]);
  });

  it("rejects the consumer when the producer fails", async () => {
    const queue = new ChunkQueue();
    const drained = drain(queue);
    queue.push(Uint8Array.of(1));
    queue.fail(new Error("worker died"));
    await expect(drained).rejects.toThrow("worker died");
  });
});
