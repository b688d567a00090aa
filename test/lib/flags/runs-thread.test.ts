// The flags step finds the candidate payments of possible duplicates on a thread of its own for a
// large payments.csv (runs-thread.ts) while it computes the other indicators: the same flags as on
// one thread, for every fixture, and the same when the thread has stopped.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeFlags, computeFlagsBeside, type FlagResult } from "../../../src/lib/flags/compute.ts";
import { effectiveThresholds } from "../../../src/lib/flags/config.ts";
import { RunsThread } from "../../../src/lib/flags/runs-thread.ts";
import { FIXTURES, fixtureInput } from "./helpers.ts";

const thresholds = effectiveThresholds();

/** Everything a flag says, and what was set aside. */
const facts = (result: FlagResult) => ({
  flags: result.flags.map((f) => ({ ...f, rows: Array.from(f.rows), notes: f.notes && [...f.notes] })),
  setAside: result.setAside,
});

describe("the flags with repeated payments found on another thread", () => {
  const thread = new RunsThread();
  afterAll(() => thread.close());

  it.each(readdirSync(FIXTURES))("are the flags found on one thread: %s", async (fixture) => {
    const input = await fixtureInput(fixture);
    const beside = await computeFlagsBeside(input, thresholds, (runs) => thread.candidates(runs));
    expect(facts(beside)).toEqual(facts(computeFlags(input, thresholds)));
  });

  it("raises the duplicate flags the fixtures are about (the comparison is not of nothing)", async () => {
    const input = await fixtureInput("duplicate-payment");
    const beside = await computeFlagsBeside(input, thresholds, (runs) => thread.candidates(runs));
    expect(beside.flags.filter((f) => f.indicator === "duplicate-payment").length).toBeGreaterThan(0);
    expect(thread.answered).toBeGreaterThan(0);
  });

  it("are found on this thread when the thread has stopped", async () => {
    const stopped = new RunsThread();
    await stopped.close();
    const input = await fixtureInput("duplicate-payment");
    const beside = await computeFlagsBeside(input, thresholds, (runs) => stopped.candidates(runs));
    expect(facts(beside)).toEqual(facts(computeFlags(input, thresholds)));
    expect(stopped.answered).toBe(0);
  });
});

describe("RunsThread.forPayments", () => {
  const dir = mkdtempSync(join(tmpdir(), "ledger-runs-thread-"));
  const small = join(dir, "payments.csv");
  writeFileSync(small, "id\n");

  it("uses no thread for a small payments.csv, or when FLAGS_THREAD=0", async () => {
    const before = process.env.FLAGS_THREAD;
    try {
      delete process.env.FLAGS_THREAD;
      expect(RunsThread.forPayments(small)).toBeNull();
      expect(RunsThread.forPayments(join(dir, "missing.csv"))).toBeNull();
      process.env.FLAGS_THREAD = "0";
      expect(RunsThread.forPayments(small)).toBeNull();
      process.env.FLAGS_THREAD = "1";
      const thread = RunsThread.forPayments(small);
      expect(thread).toBeInstanceOf(RunsThread);
      await thread?.close();
    } finally {
      if (before === undefined) delete process.env.FLAGS_THREAD;
      else process.env.FLAGS_THREAD = before;
    }
  });
});
