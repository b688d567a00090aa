// The flags step works out the parts of the computation that read numbers only (the candidate
// payments of possible duplicates, the department tallies) on a thread of its own for a large
// payments.csv (flags-thread.ts) while it computes the other indicators: the same flags as on one
// thread, for every fixture, and the same when the thread has stopped.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeFlags, computeFlagsBeside, type FlagResult } from "../../../src/lib/flags/engine/compute.ts";
import { effectiveThresholds } from "../../../src/lib/flags/engine/config.ts";
import { FlagsThread } from "../../../src/lib/flags/engine/flags-thread.ts";
import { FIXTURES, fixtureInput } from "./helpers.ts";

const thresholds = effectiveThresholds();

/** Everything a flag says, and what was set aside. */
const facts = (result: FlagResult) => ({
  flags: result.flags.map((f) => ({ ...f, rows: Array.from(f.rows), notes: f.notes && [...f.notes] })),
  setAside: result.setAside,
});

describe("the flags with numeric parts worked out on another thread", () => {
  const thread = new FlagsThread();
  afterAll(() => thread.close());

  it.each(readdirSync(FIXTURES))("are the flags found on one thread: %s", async (fixture) => {
    const input = await fixtureInput(fixture);
    const beside = await computeFlagsBeside(input, thresholds, thread);
    expect(facts(beside)).toEqual(facts(computeFlags(input, thresholds)));
  });

  it("raise the flags the fixtures are about, answered by the thread (the comparison is not of nothing)", async () => {
    const before = thread.answered;
    const duplicates = await computeFlagsBeside(await fixtureInput("duplicate-payment"), thresholds, thread);
    expect(duplicates.flags.filter((f) => f.indicator === "duplicate-payment").length).toBeGreaterThan(0);
    const yearEnd = await computeFlagsBeside(await fixtureInput("year-end"), thresholds, thread);
    expect(yearEnd.flags.filter((f) => f.indicator === "year-end-spike").length).toBeGreaterThan(0);
    const concentration = await computeFlagsBeside(await fixtureInput("concentration"), thresholds, thread);
    expect(
      concentration.flags.filter((f) => f.indicator === "supplier-concentration").length,
    ).toBeGreaterThan(0);
    // Two requests a computation: the candidates and the department tallies.
    expect(thread.answered - before).toBe(6);
  });

  it("are worked out on this thread when the thread has stopped", async () => {
    const stopped = new FlagsThread();
    await stopped.close();
    const input = await fixtureInput("year-end");
    const beside = await computeFlagsBeside(input, thresholds, stopped);
    expect(facts(beside)).toEqual(facts(computeFlags(input, thresholds)));
    expect(stopped.answered).toBe(0);
  });
});

describe("FlagsThread.forPayments", () => {
  const dir = mkdtempSync(join(tmpdir(), "ledger-flags-thread-"));
  const small = join(dir, "payments.csv");
  writeFileSync(small, "id\n");

  it("uses no thread for a small payments.csv, or when FLAGS_THREAD=0", async () => {
    const before = process.env.FLAGS_THREAD;
    try {
      delete process.env.FLAGS_THREAD;
      expect(FlagsThread.forPayments(small)).toBeNull();
      expect(FlagsThread.forPayments(join(dir, "missing.csv"))).toBeNull();
      process.env.FLAGS_THREAD = "0";
      expect(FlagsThread.forPayments(small)).toBeNull();
      process.env.FLAGS_THREAD = "1";
      const thread = FlagsThread.forPayments(small);
      expect(thread).toBeInstanceOf(FlagsThread);
      await thread?.close();
    } finally {
      if (before === undefined) delete process.env.FLAGS_THREAD;
      else process.env.FLAGS_THREAD = before;
    }
  });
});
