// The sha256 of a file of any size, read in 1 MiB pieces so memory stays flat.
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";

/** sha256 (hex) of the file's bytes. */
export function sha256File(path: string): string {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}
