// payments.csv: each council's rows are formatted where its payments are held (a worker thread or
// inline, see council-spend.ts) once supplier ids are resolved, and written here in council order.
import { createHash } from "node:crypto";
import { closeSync, openSync, write as writeFd } from "node:fs";
import { join } from "node:path";
import { textCell } from "../../tables/csv-write.ts";
import { PAYMENTS } from "../../tables/payments.ts";
import type { SupplierRegistry } from "../suppliers/supplier-registry.ts";
import type { CouncilHandle } from "../threads/spend-pool.ts";

/** A short stable prefix for payment ids from council and file. */
export function fileTag(council: string, file: string): string {
  let h = 0x811c9dc5;
  const text = `${council}/${file}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, "0");
}

/** Supplier id, name, redacted, partner payment of a published name entry, already CSV text. */
function supplierCell(registry: SupplierRegistry, id: number): string {
  const supplier = registry.supplierOf(id);
  if (!supplier) return "";
  const entry = registry.entry(id);
  return `${textCell(supplier.id)},${textCell(entry.name)},${entry.redacted},${supplier.partnerCouncil !== ""}`;
}

const WRITES_IN_FLIGHT = 4;

/** Writes all of chunk at position in the file. */
async function writeAt(fd: number, chunk: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < chunk.length) {
    done += await new Promise<number>((resolve, reject) =>
      writeFd(fd, chunk, done, chunk.length - done, position + done, (error, written) =>
        error ? reject(error) : resolve(written),
      ),
    );
  }
}

/** Writes payments.csv: the header, then each council's rows in council order. Returns its sha256. */
export async function writePaymentsCsv(
  outDir: string,
  registry: SupplierRegistry,
  councils: CouncilHandle[],
  nameIds: number[][],
): Promise<string> {
  const cells = new Map<number, string>();
  const cellOf = (id: number): string => {
    let cell = cells.get(id);
    if (cell === undefined) {
      cell = supplierCell(registry, id);
      cells.set(id, cell);
    }
    return cell;
  };
  // Every council formats at once (on its own thread when there are workers); written in order.
  const parts = councils.map((council, i) => council.format((nameIds[i] as number[]).map(cellOf)));
  const fd = openSync(join(outDir, PAYMENTS.file), "w");
  const hash = createHash("sha256");
  // Chunks are written at their offsets on the thread pool while this thread hashes the next ones;
  // at most WRITES_IN_FLIGHT at a time, so memory stays bounded when the disk is slower.
  const writes: Promise<void>[] = [];
  let position = 0;
  const write = async (chunk: Uint8Array) => {
    hash.update(chunk);
    if (writes.length >= WRITES_IN_FLIGHT) await writes.shift();
    const written = writeAt(fd, chunk, position);
    // Handled here so a failure waits for its turn to be thrown, not an unhandled rejection.
    written.catch(() => {});
    writes.push(written);
    position += chunk.length;
  };
  try {
    await write(Buffer.from(`${PAYMENTS.header}\n`, "utf8"));
    for (const part of parts) {
      for await (const chunk of part) await write(chunk);
    }
    await Promise.all(writes);
  } finally {
    await Promise.allSettled(writes);
    closeSync(fd);
  }
  return hash.digest("hex");
}
