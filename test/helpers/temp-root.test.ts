import { tmpdir } from "node:os";
import { basename } from "node:path";
import { expect, it } from "vitest";

it("gives tests a temporary folder of their own run, removed at the end", () => {
  expect(basename(tmpdir())).toMatch(/^shared-ledger-test-/);
});
