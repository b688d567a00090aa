// Possible duplicate payments and identical records: what must raise a flag, and the near misses that
// must not (a credit note cancelling the repeat, one invoice over two lines, a month apart, redactions).
import { describe, expect, it } from "vitest";
import { fixtureFlags, raised } from "./helpers.ts";

describe("duplicate-payment", () => {
  it("flags the same amount to the same supplier within 14 days under the same reference", async () => {
    const flags = raised(await fixtureFlags("duplicate-payment"), "duplicate-payment");
    expect(flags).toEqual([
      expect.objectContaining({
        id: "duplicate-payment.alpha.acme.a2305-2",
        rows: ["a2305-2", "a2305-3"],
        total: 2_400_000_000n,
        threshold: "14 days",
      }),
    ]);
    expect(flags[0]?.question).toBe(
      "Alpha Council paid Acme Ltd £1,200.00 twice between 2 May 2023 and 10 May 2023, under the same reference INV-1. " +
        "Were these separate invoices, or was one invoice paid more than once?",
    );
  });

  it("asks whether one payment was published twice when the same reference is in two files on one day", async () => {
    const [flag] = raised(await fixtureFlags("duplicate-two-files"), "duplicate-payment");
    expect(flag?.question).toBe(
      "Alpha Council paid Acme Ltd £2,047.10 twice on 25 Sep 2023, under the same reference 5166236. " +
        "The payments are published in 2 files (spend/2023-09.csv and spend/2023-10.csv). " +
        "Were these separate invoices, was one invoice paid more than once, or is one payment published twice?",
    );
  });

  it("sets aside a repeat cancelled by a credit note of the negative amount", async () => {
    const result = await fixtureFlags("duplicate-credit-note");
    expect(raised(result, "duplicate-payment")).toEqual([]);
    expect(result.setAside).toContainEqual({
      indicator: "duplicate-payment",
      reason: "cancelled by credit notes",
      count: 1,
    });
  });

  it("keeps the flag, with the credit note among its rows, when repeats remain after it", async () => {
    const result = await fixtureFlags("duplicate-credit-one-of-three");
    const flags = raised(result, "duplicate-payment");
    expect(flags.map((f) => f.rows)).toEqual([["a2305-2", "a2305-3", "a2305-4", "a2306-2"]]);
    expect(flags[0]?.question).toContain("3 times between 2 May 2023 and 18 May 2023");
    expect(flags[0]?.question).toContain("1 credit note of -£1,200.00 was found.");
    const notes = result.flags[0]?.notes;
    expect([...(notes ?? [])].map(([row, note]) => [result.context.payments.ids.get(row), note])).toEqual([
      ["a2306-2", "credit note"],
    ]);
  });

  it("keeps the flag when the credit note falls outside the credit window", async () => {
    const result = await fixtureFlags("duplicate-credit-note", {
      config: { "duplicate-payment": { credit_window_days: 5 } },
    });
    // The credit note is 18 days after the last payment: outside a 5-day window, so nothing cancels.
    expect(raised(result, "duplicate-payment").map((f) => f.rows)).toEqual([["a2305-2", "a2305-3"]]);
  });

  it("does not flag two lines of one invoice (the same reference) or payments a month apart", async () => {
    expect(raised(await fixtureFlags("duplicate-same-reference"), "duplicate-payment")).toEqual([]);
    expect(raised(await fixtureFlags("duplicate-far-apart"), "duplicate-payment")).toEqual([]);
    const wider = await fixtureFlags("duplicate-far-apart", {
      config: { "duplicate-payment": { window_days: 30 } },
    });
    expect(raised(wider, "duplicate-payment")).toHaveLength(1);
  });

  it("scores a flag by the pounds repeated × the strength of its evidence", async () => {
    const [flag] = (await fixtureFlags("duplicate-payment")).flags;
    expect(flag).toMatchObject({ score: 1200, evidence: "the same reference INV-1" });
    const [three] = (await fixtureFlags("duplicate-credit-one-of-three")).flags;
    // Three payments, one credit note: one repeat of £1,200 at stake.
    expect(three).toMatchObject({ score: 1200 });
  });

  it("links references that differ only by padding, or by two swapped characters on different days", async () => {
    const padded = (await fixtureFlags("duplicate-padded")).flags;
    expect(padded.map((f) => [f.id, f.evidence, f.score])).toEqual([
      [
        "duplicate-payment.alpha.acme.a2305-2",
        "references INV-0042 and inv 42, the same but for padding",
        882,
      ],
    ]);
    const swapped = (await fixtureFlags("duplicate-transposed")).flags;
    // Acme's 40123 and 40213 four days apart; not Bravo's 40125 and 40152 of one day's run.
    expect(swapped.map((f) => [f.id, f.evidence, f.score])).toEqual([
      [
        "duplicate-payment.alpha.acme.a2305-2",
        "references 40123 and 40213, the same but for two characters swapped",
        1505,
      ],
    ]);
  });

  it("links payments on one day through different payment runs; not a schedule's weeks by a swap", async () => {
    const result = await fixtureFlags("duplicate-runs");
    // Acme's BACS and CHQ payments of one day; not Carehome's weekly CARE1002 and CARE1020.
    expect(raised(result, "duplicate-payment").map((f) => f.rows)).toEqual([["a2305-3", "a2305-4"]]);
    expect(result.flags[0]?.question).toContain(
      "under references BACS100233 and CHQ5521 of different series (different payment runs)",
    );
    expect(result.flags[0]?.score).toBe(2150);
  });

  it("raises nothing for the same amount alone under different references, and counts it", async () => {
    const result = await fixtureFlags("duplicate-separate-invoices");
    expect(result.flags).toEqual([]);
    expect(result.setAside).toContainEqual(
      expect.objectContaining({ indicator: "duplicate-payment", count: 2 }),
    );
  });

  it("never groups redacted payees together as one supplier", async () => {
    const result = await fixtureFlags("redacted");
    expect(result.flags).toEqual([]);
  });
});

describe("identical-record", () => {
  it("flags identical records inside one file once, not also as a duplicate payment", async () => {
    const result = await fixtureFlags("identical-record");
    expect(raised(result, "identical-record")).toEqual([
      expect.objectContaining({
        id: "identical-record.alpha.acme.a2305-3",
        rows: ["a2305-3", "a2305-4"],
        threshold: "identical in every column",
        question:
          "spend/2023-05.csv lists the same payment of £2,341.45 to Acme Ltd on 9 May 2023 twice (lines 3 and 4). " +
          "Was it paid twice, or is the record repeated in the file?",
      }),
    ]);
    expect(raised(result, "duplicate-payment")).toEqual([]);
  });
});
