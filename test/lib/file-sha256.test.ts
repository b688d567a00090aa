import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256File } from "../../src/lib/file-sha256.ts";

describe("sha256File", () => {
  it("hashes a file larger than its 1 MiB read buffer as one piece of bytes", () => {
    const bytes = Buffer.alloc(3 * (1 << 20) + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    const path = join(mkdtempSync(join(tmpdir(), "sha-")), "big.bin");
    writeFileSync(path, bytes);
    expect(sha256File(path)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("hashes an empty file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "sha-")), "empty");
    writeFileSync(path, "");
    expect(sha256File(path)).toBe(createHash("sha256").digest("hex"));
  });
});
