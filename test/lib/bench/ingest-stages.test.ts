// bench:ingest's stages: the ingest's first steps alone, each adding one, over files shared out by size.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { characterSum, runStage, shareOut } from "../../../src/lib/bench/ingest-stages.ts";

describe("shareOut", () => {
  it("gives the largest files out first, each to the thread with fewest bytes so far (the first on a tie)", () => {
    const files = [
      { path: "a", bytes: 10 },
      { path: "b", bytes: 70 },
      { path: "c", bytes: 40 },
      { path: "d", bytes: 30 },
    ];
    expect(shareOut(files, 2)).toEqual([
      ["b", "a"],
      ["c", "d"],
    ]);
    expect(shareOut(files, 1)).toEqual([["b", "c", "d", "a"]]);
    expect(shareOut([], 3)).toEqual([[], [], []]);
  });
});

describe("characterSum", () => {
  it("adds up the character codes of every cell", () => {
    expect(characterSum(["ab", "", "c"])).toBe(97 + 98 + 99);
  });
});

describe("runStage", () => {
  const dir = mkdtempSync(join(tmpdir(), "ledger-stages-"));
  const header = "Payments over £500,,\n\nDate,Supplier Name,Amount\n";
  const april = join(dir, "april.csv");
  const may = join(dir, "may.csv");
  writeFileSync(april, `${header}03/04/2024,Acme Ltd,12.50\n03/04/2024,Acme Ltd,12.50\n`);
  writeFileSync(
    may,
    `${header}04/04/2024,Beta Ltd,REDACTED\n\n03/04/2024, Acme Ltd ,12.50\n05/04/2024,Beta Ltd,9.99\n`,
  );

  it("parse counts every record papaparse gives, blank lines and preamble too", async () => {
    expect(await runStage("parse", [april, may])).toEqual({
      records: 12,
      payments: 0,
      repeated: 0,
      characters: 0,
    });
  });

  it("read counts the non-blank records after the header, as the ingest reads them", async () => {
    expect(await runStage("read", [april, may])).toEqual({
      records: 5,
      payments: 0,
      repeated: 0,
      characters: 0,
    });
  });

  it("values keeps the records with a valid date and amount", async () => {
    expect(await runStage("values", [april, may])).toEqual({
      records: 5,
      payments: 4,
      repeated: 0,
      characters: 0,
    });
  });

  it("characters reads every character of each payment's record once", async () => {
    const sums = (text: string) => [...text].reduce((n, c) => n + (c.codePointAt(0) as number), 0);
    const records = [
      "03/04/2024Acme Ltd12.50",
      "03/04/2024Acme Ltd12.50",
      "03/04/2024 Acme Ltd 12.50",
      "05/04/2024Beta Ltd9.99",
    ];
    expect(await runStage("characters", [april, may])).toEqual({
      records: 5,
      payments: 4,
      repeated: 0,
      characters: records.reduce((n, r) => n + sums(r), 0),
    });
  });

  it("identity finds records seen before, in the same file or another, cells trimmed", async () => {
    expect(await runStage("identity", [april, may])).toEqual({
      records: 5,
      payments: 4,
      repeated: 2,
      characters: 0,
    });
  });
});
