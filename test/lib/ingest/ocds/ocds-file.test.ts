import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeReleases } from "../../../../src/lib/ingest/ocds/merge.ts";
import { readOcdsFile } from "../../../../src/lib/ingest/ocds/ocds-file.ts";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/ocds");
const read = (name: string, maxChars?: number) =>
  readOcdsFile(join(FIXTURES, name), "east-vale", `ocds/${name}`, maxChars);

describe("readOcdsFile", () => {
  it("reads a release package's releases, each traced to its JSON pointer, amounts exact", async () => {
    const { summary, releases, set_aside } = await read("release-package.json");
    expect(summary).toMatchObject({ releases: 2, kept: 2, set_aside: 0, file_reason: null });
    expect(set_aside).toEqual([]);
    const award = releases[1]?.awards[0];
    expect(award?.value).toEqual({
      value: { micros: 118_500_250_000, currency: "GBP" },
      at: "ocds/release-package.json#/releases/1/awards/0/value",
    });
    expect(award?.suppliers[0]).toMatchObject({
      name: "Green Acre Ltd",
      company_number: "01234567",
      postcode: {
        value: "EX1 1AA",
        at: "ocds/release-package.json#/releases/1/parties/0/address/streetAddress",
      },
      scale: { value: "sme" },
    });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("merges releases by ocid: the later value wins and the earlier, different one is kept beside it", async () => {
    const { releases } = await read("release-package.json");
    const [contract] = mergeReleases("east-vale", releases);
    expect(contract?.tender_value).toEqual({
      value: { micros: 118_500_250_000, currency: "GBP" },
      at: "ocds/release-package.json#/releases/1/tender/value",
      earlier: [
        {
          value: { micros: 120_000_000_000, currency: "GBP" },
          at: "ocds/release-package.json#/releases/0/tender/value",
        },
      ],
    });
    expect(contract?.suitable_sme?.value).toBe(true);
    expect(contract?.releases.map((r) => r.id)).toEqual(["r1", "r2"]);
  });

  it("reads a record package's compiled release and sets aside a record of linked releases only", async () => {
    const { releases, set_aside } = await read("record-package.json");
    expect(releases.map((r) => r.at)).toEqual(["ocds/record-package.json#/records/0/compiledRelease"]);
    expect(set_aside).toEqual([
      expect.objectContaining({
        pointer: "#/records/1/releases/0",
        reason: expect.stringContaining("linked release"),
      }),
    ]);
  });

  it("reads JSON lines one document a line and stops at a malformed line, naming line and column", async () => {
    const { releases, summary } = await read("lines.jsonl");
    expect(releases.map((r) => r.at)).toEqual(["ocds/lines.jsonl:1#"]);
    expect(summary.file_reason).toMatch(
      /^ocds\/lines\.jsonl:2#: malformed JSON at line 2, column 37: expected , or } after "id", found "/,
    );
  });

  it("sets aside a release with a field of the wrong type, naming the field's pointer, and keeps the others", async () => {
    const { releases, set_aside } = await read("wrong-type.json");
    expect(releases.map((r) => r.id)).toEqual(["w3"]);
    expect(set_aside.map((s) => s.reason)).toEqual([
      'wrong type at ocds/wrong-type.json#/releases/0/awards/0/value/amount: expected a number, found the text "12,000"',
      "no ocid: a release must name its contracting process",
    ]);
    expect(set_aside.map((s) => s.line)).toEqual([2, 3]);
  });

  it("keeps what came before a truncated end and says where the file stops", async () => {
    const { releases, summary } = await read("truncated.json");
    expect(releases.map((r) => r.id)).toEqual(["t1"]);
    expect(summary.file_reason).toContain("the file ends inside a value");
  });

  it("sets aside a JSON file that is not OCDS, and a release too large to hold, reading on after it", async () => {
    expect((await read("not-ocds.json")).set_aside[0]?.reason).toMatch(/^not OCDS/);
    const { releases, set_aside } = await read("huge-release.json", 1000);
    expect(releases.map((r) => r.id)).toEqual(["b2"]);
    expect(set_aside[0]).toMatchObject({
      pointer: "#/releases/0",
      reason: expect.stringContaining("too large"),
    });
  });

  it("reads every real Contracts Finder release, keeping each or saying why not", async () => {
    const dir = "/work/shared/realdata/ocds";
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".json"));
    } catch {
      return;
    }
    for (const name of names) {
      const result = await readOcdsFile(join(dir, name), "real", name);
      expect(result.summary.file_reason).toBeNull();
      expect(result.releases.length + result.set_aside.length).toBe(result.summary.releases);
      expect(result.releases.length).toBe(1);
      expect(JSON.parse(readFileSync(join(dir, name), "utf8")).ocid).toBe(result.releases[0]?.ocid);
    }
  });
});
