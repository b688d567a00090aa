// bench:site prints the flag computation against the ingest step, from the build's own lines.
import { describe, expect, it } from "vitest";
import { flagComputation } from "../../../src/lib/bench/site-report.ts";

const stage = (label: string, seconds: number) => ({
  label,
  seconds,
  cpuSeconds: seconds,
  peakTreeRssBytes: 0,
});

describe("flagComputation", () => {
  it("sets the flags step's compute seconds against the ingest stage", () => {
    const site = {
      kept: [
        "12:00 [build] 5 page(s) built in 1s",
        "flags timing: read 3.42 s, compute 0.47 s, write 3.28 s",
      ],
      stages: [stage("startup", 0.1), stage("Ingest", 4.1), stage("Red flags", 7.5)],
    };
    expect(flagComputation(site)).toBe(
      "flag computation: 0.47 s, 11.5% of the ingest step's 4.1 s (target ≤ 10%: NOT MET)",
    );
    site.kept[1] = "flags timing: read 3.42 s, compute 0.30 s, write 3.28 s";
    expect(flagComputation(site)).toMatch(/7\.3% .*: met\)$/);
  });

  it("says nothing when the build ran no flags step", () => {
    expect(flagComputation({ kept: [], stages: [stage("Ingest", 4.1)] })).toBeNull();
  });
});
