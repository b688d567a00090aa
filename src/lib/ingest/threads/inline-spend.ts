// Councils' payment files ingested on this thread, one council at a time, when its result is first
// asked for: the same calls a worker thread makes (see spend-pool.ts).

import { CouncilSpend, type CouncilTask, type SpendHooks } from "../rows/council-spend.ts";
import { queueOf } from "./chunk-queue.ts";
import type { CouncilHandle } from "./spend-pool.ts";

export function inlineHandles(tasks: CouncilTask[], hooks: SpendHooks): (() => CouncilHandle)[] {
  return tasks.map((task) => () => {
    const council = new CouncilSpend(task, hooks);
    return {
      result: council.ingest(),
      format: (cells) => queueOf(council.format(cells)),
    };
  });
}
