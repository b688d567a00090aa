import { describe, expect, it } from "vitest";
import { readArgs, usageText } from "../../../src/lib/cli/args.ts";

const OPTIONS = {
  sizes: { type: "string", default: "1000000,3000000" },
  keep: { type: "boolean", default: false },
  data: { type: "string" },
} as const;

describe("readArgs", () => {
  it("parses the options it declares, with their defaults", () => {
    const outcome = readArgs("bench:site", "Builds.", OPTIONS, ["--data", "/tmp/d", "--keep"]);
    expect(outcome.kind).toBe("parsed");
    if (outcome.kind !== "parsed") return;
    expect(outcome.args.values).toEqual({ sizes: "1000000,3000000", keep: true, data: "/tmp/d" });
  });

  it("answers --help with the usage, listing every option and its default", () => {
    const outcome = readArgs("bench:site", "Builds generated partnerships.", OPTIONS, ["--help"]);
    expect(outcome.kind).toBe("help");
    if (outcome.kind !== "help") return;
    expect(outcome.text).toContain("usage: npm run bench:site -- [options]");
    expect(outcome.text).toContain("Builds generated partnerships.");
    expect(outcome.text).toMatch(/--sizes VALUE\s+\(default 1000000,3000000\)/);
    expect(outcome.text).toMatch(/--keep\n/);
    expect(outcome.text).toContain("--data VALUE");
  });

  it("names an unknown option in one message followed by the usage, without throwing", () => {
    const outcome = readArgs("bench:site", "Builds.", OPTIONS, ["--size", "3"]);
    expect(outcome.kind).toBe("error");
    if (outcome.kind !== "error") return;
    expect(outcome.text.split("\n")[0]).toMatch(/^bench:site: .*'--size'/);
    expect(outcome.text).toContain(usageText("bench:site", "Builds.", OPTIONS));
  });

  it("says when a value is missing", () => {
    const outcome = readArgs("bench:site", "Builds.", OPTIONS, ["--data"]);
    expect(outcome.kind).toBe("error");
    if (outcome.kind === "error") expect(outcome.text).toContain("--data");
  });
});
