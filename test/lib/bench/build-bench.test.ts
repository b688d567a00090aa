import { describe, expect, it } from "vitest";
import { BUILD_TARGET, peakStage } from "../../../src/lib/bench/build-bench.ts";

const stage = (label: string, peak: number) => ({ label, seconds: 1, cpuSeconds: 1, peakTreeRssBytes: peak });

describe("peakStage", () => {
  it("names the step during which the process tree's RSS was highest", () => {
    const stages = [stage("Ingest", 900e6), stage("Astro build", 2.7e9), stage("Search index", 400e6)];
    expect(peakStage(stages)?.label).toBe("Astro build");
  });
  it("is undefined for a build with no steps", () => {
    expect(peakStage([])).toBeUndefined();
  });
  it("sets the partnership target at 2.5 GiB and 150 s", () => {
    expect(BUILD_TARGET.peakTreeRssBytes).toBe(2.5 * 1024 ** 3);
    expect(BUILD_TARGET.seconds).toBe(150);
  });
});
