import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPayments, type PaymentTable } from "../../../src/lib/dataset/payments.ts";
import type { FileQuality } from "../../../src/lib/model.ts";
import { SCORECARD } from "../../../src/lib/tables/scorecard.ts";
import { scorecard } from "../../../src/lib/views/scorecard.ts";
import { scorecardCsv } from "../../../src/lib/views/scorecard-csv.ts";

const HEADER =
  "id,council,date,financial_year,amount,supplier_id,supplier,redacted,partner_payment,expense_area,expense_type,description,transaction_ref,possible_duplicate,source_file,source_line";
let n = 0;
const row = (council: string, amount: string, id: string, name: string, redacted = false) =>
  `p${++n},${council},2024-04-01,2024-25,${amount},${id},${name},${redacted},false,Waste,Hire,,T${n},false,spend/a.csv,${n + 1}`;

const FULL = {
  body_name: "Body",
  date: "Date",
  transaction_ref: "Ref",
  amount: "Amount",
  supplier: "Supplier",
  expense_area: "Dept",
  expense_type: "Type",
};
function file(council: string, over: Partial<FileQuality>): FileQuality {
  return {
    council,
    kind: "spend",
    file: "spend/a.csv",
    sha256: "",
    bytes: 0,
    encoding: "utf-8",
    header_line: 1,
    columns: FULL,
    rows: 10,
    accepted: 10,
    rejected: 0,
    amount_total: "0",
    first_date: "2024-04-01",
    last_date: "2024-04-30",
    file_reason: null,
    replaced_by: null,
    possible_duplicates: 0,
    warnings: [],
    rejects: [],
    ...over,
  } as FileQuality;
}

let payments: PaymentTable;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "score-"));
  writeFileSync(
    join(dir, "p.csv"),
    [
      HEADER,
      row("good", "100.00", "acme", "Acme Ltd"),
      row("good", "100.00", "acme", "Acme Ltd"),
      row("poor", "100.00", "acme", "Acme Ltd"),
      row("poor", "100.00", "acme", "ACME LIMITED"),
      row("poor", "300.00", "bolt", "Bolt"),
      row("poor", "500.00", "redacted", "Redacted", true),
    ].join("\n"),
  );
  payments = await loadPayments(join(dir, "p.csv"));
});

describe("data-quality scorecard", () => {
  it("scores each check from its share and ranks councils by the average", () => {
    const files = [
      file("good", {}),
      file("poor", { first_date: "2024-04-01", last_date: "2024-04-30" }),
      file("poor", {
        file: "spend/b.csv",
        first_date: "2024-06-01",
        last_date: "2024-06-30",
        columns: { date: "D", amount: "A", supplier: "S" },
        rows: 10,
        accepted: 8,
        rejected: 2,
        rejects: [
          { line: 3, reason: "duplicate of spend/a.csv:2" },
          { line: 4, reason: 'date not valid: "VARIOUS"' },
        ],
      }),
      file("poor", { file: "spend/old.csv", replaced_by: "spend/b.csv", columns: {}, rows: 99 }),
    ];
    const [first, second] = scorecard(
      [
        { slug: "poor", name: "Poor" },
        { slug: "good", name: "Good" },
      ],
      files,
      payments,
    );
    expect(first).toMatchObject({ slug: "good", rank: 1, overall: 100 });
    expect(second?.slug).toBe("poor");
    expect(second?.months).toMatchObject({ score: 67, missing: ["2024-05"], text: "1 of 3 missing" });
    expect(second?.fields).toMatchObject({
      score: 50,
      missing: ["body name", "transaction number", "department", "purpose (expense type)"],
    });
    // 1 of 4 rows withheld, £500 of £1,000 gross value: the larger share counts
    expect(second?.redacted).toMatchObject({ score: 50, text: "25.0% of rows, 50.0% of value" });
    expect(second?.setAside).toMatchObject({
      score: 95,
      text: "1 of 20",
      reasons: [{ reason: "date not valid", count: 1 }],
    });
    expect(second?.repeats).toMatchObject({ score: 95, text: "1 of 20" });
    expect(second?.variants).toMatchObject({ score: 50, suppliers: 2, withVariants: 1 });
    expect(second?.overall).toBe(Math.round((67 + 50 + 50 + 95 + 50 + 95) / 6));
    expect(second?.rank).toBe(2);
  });
});

describe("the scorecard as CSV", () => {
  it("writes one line per council in rank order, scores as numbers and text cells guarded", () => {
    const check = (score: number, text: string) => ({ score, text });
    const score = (rank: number, slug: string, name: string) => ({
      slug,
      name,
      rank,
      overall: 90 + rank,
      notScored: null,
      months: { ...check(100, "none missing"), missing: rank === 2 ? ["2023-05", "2023-08"] : [] },
      fields: {
        ...check(50, "every file lacks department"),
        missing: ["department", "purpose (expense type)"],
      },
      redacted: check(99, "0.5% of rows, 1.2% of value"),
      setAside: { ...check(98, "2.0%"), reasons: [] },
      variants: { ...check(97, "3 of 100"), suppliers: 100, withVariants: 3 },
      repeats: check(100, "none"),
    });
    const csv = scorecardCsv([score(1, "alpha", "Alpha"), score(2, "beta", "=Beta, Council")]);
    const [header, first, second] = csv.trimEnd().split("\n");
    expect(header).toBe(SCORECARD.header);
    expect(first).toBe(
      '1,alpha,Alpha,91,100,,50,department; purpose (expense type),99,"0.5% of rows, 1.2% of value",98,2.0%,97,3,100,none,',
    );
    expect(second?.startsWith('2,beta,"\'=Beta, Council",92,100,2023-05 2023-08,')).toBe(true);
  });
});

describe("councils with nothing to score", () => {
  it("are listed last, not scored, whether they published no file or none could be read", () => {
    const files = [
      file("good", {}),
      file("gamma", {
        file: "spend/junk.csv",
        rows: 7,
        accepted: 0,
        rejected: 7,
        file_reason: "no header row with date, amount and supplier columns in the first rows; found: x",
        columns: {},
        first_date: null,
        last_date: null,
      }),
    ];
    const scores = scorecard(
      [
        { slug: "delta", name: "Delta" },
        { slug: "gamma", name: "Gamma" },
        { slug: "good", name: "Good" },
      ],
      files,
      payments,
    );
    expect(scores.map((s) => [s.slug, s.rank, s.overall])).toEqual([
      ["good", 1, 100],
      ["delta", null, null],
      ["gamma", null, null],
    ]);
    expect(scores[1]?.notScored).toBe("Not scored: no payment files yet.");
    expect(scores[2]?.notScored).toMatch(/^Not scored: no payment could be read/);
    // A file rejected whole sets all its records aside, with the file's reason.
    expect(scores[2]?.setAside).toMatchObject({
      text: "7 of 7",
      reasons: [{ reason: "whole file", count: 7 }],
    });
    const csv = scorecardCsv(scores).trimEnd().split("\n");
    expect(csv[2]).toBe(
      `,delta,Delta${",".repeat(SCORECARD.names.length - 4)},Not scored: no payment files yet.`,
    );
    expect(csv[1]?.endsWith(",")).toBe(true);
  });
});
