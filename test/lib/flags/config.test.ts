// The thresholds file: optional, laid over the defaults, and validated like the other configuration
// files (an unknown key or a wrong type stops with the file and the field named).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, loadFlagThresholds } from "../../../src/lib/flags/engine/config.ts";
import { indicatorDefinitions } from "../../../src/lib/flags/indicators/definitions.ts";
import { errorOf } from "../config/helpers.ts";

function withFlagsJson(content: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), "ledger-flags-config-"));
  if (content !== null) writeFileSync(join(dir, "flags.json"), content);
  return dir;
}

describe("loadFlagThresholds", () => {
  it("uses the defaults when the data folder has no flags.json", () => {
    expect(loadFlagThresholds(withFlagsJson(null))).toEqual({ thresholds: DEFAULT_THRESHOLDS, file: null });
  });

  it("lays the file's values over the defaults, section by section", () => {
    const dir = withFlagsJson(
      JSON.stringify({
        "duplicate-payment": { window_days: 7 },
        "spend-without-contract": { thresholds: [25_000, 5_000, 25_000] },
      }),
    );
    const { thresholds, file } = loadFlagThresholds(dir);
    expect(file).toMatch(/flags\.json$/);
    expect(thresholds["duplicate-payment"]).toEqual({
      ...DEFAULT_THRESHOLDS["duplicate-payment"],
      window_days: 7,
    });
    expect(thresholds["spend-without-contract"].thresholds).toEqual([5_000, 25_000]);
    expect(thresholds["year-end-spike"]).toEqual(DEFAULT_THRESHOLDS["year-end-spike"]);
  });

  it("names the file and the field of an unknown key", () => {
    const error = errorOf(() =>
      loadFlagThresholds(withFlagsJson('{ "duplicate-payment": { "windw_days": 7 } }')),
    );
    expect(error.file).toMatch(/flags\.json$/);
    expect(error.field).toBe("duplicate-payment.windw_days");
    expect(error.message).toMatch(
      /flags\.json: field "duplicate-payment\.windw_days": unknown key windw_days/,
    );
    expect(errorOf(() => loadFlagThresholds(withFlagsJson('{ "duplicates": {} }'))).field).toBe("duplicates");
  });

  it("names the field of a wrong type or value", () => {
    const field = (json: string) => errorOf(() => loadFlagThresholds(withFlagsJson(json))).field;
    expect(field('{ "year-end-spike": { "min_ratio": "3" } }')).toBe("year-end-spike.min_ratio");
    expect(field('{ "supplier-concentration": { "min_share": 50 } }')).toBe(
      "supplier-concentration.min_share",
    );
    expect(field('{ "threshold-bunching": { "thresholds": [5000, -1] } }')).toBe(
      "threshold-bunching.thresholds.1",
    );
    expect(field('{ "round-numbers": { "multiple": 0.001 } }')).toBe("round-numbers.multiple");
    expect(field('{ "duplicate-payment": { "window_days": 2.5 } }')).toBe("duplicate-payment.window_days");
  });

  it("says when the file is not JSON", () => {
    const error = errorOf(() => loadFlagThresholds(withFlagsJson("{ window: 14 }")));
    expect(error.message).toMatch(/flags\.json: not valid JSON/);
  });
});

describe("indicator definitions", () => {
  it("state the thresholds in use, in words a resident reads", () => {
    const explain = (thresholds: number[]) =>
      indicatorDefinitions({
        ...DEFAULT_THRESHOLDS,
        "spend-without-contract": { ...DEFAULT_THRESHOLDS["spend-without-contract"], thresholds },
      }).find((d) => d.id === "spend-without-contract")?.explanation;
    expect(explain([5_000, 25_000])).toBe(
      "A council paid a supplier more than £5,000 in a financial year, and its contracts register lists no contract with that supplier. Each question gives the highest threshold passed (£5,000 or £25,000).",
    );
    expect(explain([10_000])).toBe(
      "A council paid a supplier more than £10,000 in a financial year, and its contracts register lists no contract with that supplier.",
    );
  });
});
