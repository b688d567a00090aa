// Vitest global setup: every temporary folder a test makes (mkdtemp under os.tmpdir()) goes in one
// folder for this run, removed when the run ends, so test runs do not fill the machine's /tmp.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "shared-ledger-test-"));
  // Test workers are started after this and inherit the variable, so their os.tmpdir() is root.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
