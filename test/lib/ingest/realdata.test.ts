// Smoke test over the real published samples in ../shared/realdata (when present beside the
// project): nothing crashes, every record is kept or rejected, and known quirks are read right.
// The samples are copied into a temporary folder, never into the project (the ingest refuses a
// symbolic link, so they cannot be linked).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";

const REALDATA = resolve(import.meta.dirname, "../../../../shared/realdata");
/** Without the samples these tests skip, and say so: in their titles and in a line of the output. */
const MISSING = !existsSync(REALDATA);
const SKIPPED = MISSING ? ` (skipped: ${REALDATA} is missing)` : "";
if (MISSING) {
  console.warn(
    `realdata.test.ts skipped: the real published samples folder ${REALDATA} is missing (put ../shared/realdata beside the project to run it)`,
  );
}
const SOURCES = ["devon", "warwickshire", "openlylocal", "odileeds"];

function copiedDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ledger-real-"));
  for (const source of SOURCES) {
    const council = join(dir, "councils", source);
    mkdirSync(join(council, "spend"), { recursive: true });
    mkdirSync(join(council, "contracts"), { recursive: true });
    writeFileSync(join(council, "council.json"), JSON.stringify({ name: `${source} samples` }));
    for (const name of readdirSync(join(REALDATA, source)).filter((n) => n.endsWith(".csv"))) {
      const kind = name.includes("CONTRACTS") ? "contracts" : "spend";
      copyFileSync(join(REALDATA, source, name), join(council, kind, name));
    }
  }
  writeFileSync(
    join(dir, "partnership.json"),
    JSON.stringify({ name: "Real samples", description: "Published files", councils: SOURCES }),
  );
  return dir;
}

describe.skipIf(MISSING)(`the ingest on real published samples${SKIPPED}`, () => {
  let files: FileQuality[];
  const file = (name: string) => files.find((f) => f.file.endsWith(name)) as FileQuality;

  beforeAll(async () => {
    files = (
      await runIngest(loadDataConfig(copiedDataDir()), mkdtempSync(join(tmpdir(), "ledger-real-out-")))
    ).files;
  });

  it("accounts for every record of every file", () => {
    expect(files.length).toBeGreaterThan(25);
    for (const f of files) expect(f.rows, f.file).toBe(f.accepted + f.rejected);
  });

  it("reads each encoding and finds headers past preambles", () => {
    expect(file("p-card-december-2021.csv").encoding).toBe("windows-1252");
    expect(file("all-apr-2013.HEAD45.csv").encoding).toBe("cp850");
    expect(file("all-apr-2013.HEAD45.csv").header_line).toBe(23);
    expect(file("file_with_extra_lines_at_top.csv").header_line).toBe(3);
    expect(file("manchester_clean_2022-05.HEAD11.csv").accepted).toBe(10);
    expect(file("p-card-december-2021.csv").columns.amount).toBe("Net Amount");
  });

  it("rejects the impossible dates and keeps the rest", () => {
    const july = file("all-july-2014.LINES_1_1830-1836_3570-3574.csv");
    expect(july.rejects.map((r) => r.reason)).toEqual([
      'date not valid: "0708/2014" in column "Pay Date"',
      'date not valid: "15/0/72014" in column "Pay Date"',
    ]);
  });

  it("reads the Salford contract register", () => {
    const register = file("salford_clean_2022-07_CONTRACTS_REGISTER.csv");
    expect(register.kind).toBe("contracts");
    expect(register.accepted).toBeGreaterThan(300);
  });
});

/** ODI Leeds' crosswalk names → the field each published variant must map to. */
const ODI_FIELDS: Record<string, string> = {
  Amount: "amount",
  "Beneficiary Name": "supplier",
  "Organisation Label": "body_name",
  "Organisational Unit": "expense_area",
  "Payment Date": "date",
  "Company Number": "company_number",
};
/**
 * Variants ODI Leeds filed under "Organisational Unit" as a fallback that name what was bought, not
 * who bought it: read as the expense type.
 */
const EXPENSE_TYPES = new Set([
  "Proclass Description",
  "Expenditure Account Code Description",
  "Expenditure Account",
  "Procurement Classification",
]);

describe.skipIf(MISSING)(`real header variants (ODI Leeds' crosswalk of 18 publishers)${SKIPPED}`, () => {
  it("map to the field ODI Leeds gives them", async () => {
    const { mapColumns } = await import("../../../src/lib/ingest/map/columns.ts");
    const dir = join(REALDATA, "odileeds");
    const wrong: string[] = [];
    let checked = 0;
    for (const name of readdirSync(dir).filter((n) => n.startsWith("index_"))) {
      const map = (JSON.parse(readFileSync(join(dir, name), "utf8")).columns?.map ?? {}) as Record<
        string,
        string[]
      >;
      for (const [label, variants] of Object.entries(map)) {
        const field = ODI_FIELDS[label];
        if (!field) continue;
        for (const variant of variants) {
          const expected = EXPENSE_TYPES.has(variant) ? "expense_type" : field;
          const got = Object.keys(mapColumns([variant], "spend").fields)[0] ?? "(none)";
          if (got !== expected) wrong.push(`${name}: "${variant}" → ${got}, not ${expected}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
  });
});
