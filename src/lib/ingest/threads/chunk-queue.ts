// Byte chunks handed from a producer (a worker thread formatting payments.csv rows) to a consumer
// that reads them in order as they arrive, so writing starts before the formatting ends.

export class ChunkQueue implements AsyncIterable<Uint8Array> {
  private readonly chunks: Uint8Array[] = [];
  private ended = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.notify();
  }

  end(): void {
    this.ended = true;
    this.notify();
  }

  fail(error: Error): void {
    this.failure = error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    let next = 0;
    for (;;) {
      if (this.failure) throw this.failure;
      if (next < this.chunks.length) {
        const chunk = this.chunks[next] as Uint8Array;
        // Written chunks are dropped as they go, so memory is released early.
        this.chunks[next++] = new Uint8Array(0);
        yield chunk;
      } else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

/** A queue already holding every chunk. */
export function queueOf(chunks: Uint8Array[]): ChunkQueue {
  const queue = new ChunkQueue();
  for (const chunk of chunks) queue.push(chunk);
  queue.end();
  return queue;
}
