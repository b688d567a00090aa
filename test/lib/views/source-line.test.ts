import { describe, expect, it } from "vitest";
import { emptyQuality } from "../../../src/lib/ingest/rows/file-quality.ts";
import { isPublishedSource } from "../../../src/lib/views/links.ts";
import { viewerFiles } from "../../../src/lib/views/source-line.ts";

const published = (file: string, extra: object) => ({
  ...emptyQuality("zipshire", "spend", file),
  encoding: "utf-8",
  bytes: 120,
  ...extra,
});

describe("the viewer's files", () => {
  it("links a member to its archive, and says where a workbook's or a member's line is instead of decoding it", () => {
    const [csv, member, workbook] = viewerFiles(
      [
        published("spend/2024-04.csv", {}),
        published("spend/a.zip!/2024-05.csv", {
          format: "zip",
          archive: { file: "spend/a.zip", sha256: "ab", bytes: 999 },
        }),
        published("spend/2024-06.xlsx", {
          format: "workbook",
          encoding: "xlsx workbook",
          sheets: [{ name: "June", first_line: 1, last_line: 9, header_line: 1 }],
        }),
      ],
      () => "Zipshire",
    );
    expect(csv?.opaque).toBeUndefined();
    expect([member?.href, member?.bytes, member?.opaque]).toEqual([
      "/sources/zipshire/spend/a.zip",
      999,
      { kind: "member", archive: "spend/a.zip", member: "2024-05.csv" },
    ]);
    expect(workbook?.opaque).toEqual({
      kind: "workbook",
      sheets: [{ name: "June", first_line: 1, last_line: 9, header_line: 1 }],
    });
  });
});

describe("which files /sources/ holds", () => {
  it("every file read (hashed) and every member of an archive, never a refused link", () => {
    expect(isPublishedSource({ sha256: "ab" })).toBe(true);
    expect(isPublishedSource({ sha256: "", archive: { file: "spend/a.zip" } })).toBe(true);
    expect(isPublishedSource({ sha256: "" })).toBe(false);
  });
});
