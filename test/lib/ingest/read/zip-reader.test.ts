// ZIP archives in a council's folder, through the whole ingest: each CSV or workbook member read as a
// file of its own (`spend/archive.zip!/inner.csv`), its records traced to the member's lines, the
// archive's sha256 beside the member's; every member that cannot be read set aside saying why; the
// archive published under /sources/ byte for byte.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { listPublishedFiles } from "../../../../src/lib/config/data-files.ts";
import { loadDataConfig } from "../../../../src/lib/config/load.ts";
import { runIngest } from "../../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../../src/lib/model.ts";
import { publishDatasetAndSources } from "../../../../src/lib/publish/build-step.ts";
import { zipOf } from "../../../helpers/zip-file.ts";

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

const APRIL = "Date,Supplier,Amount\r\n01/04/2024,Acme Ltd,100.00\r\n02/04/2024,Beta Ltd,-20.50\r\n";
// A year in one file can total more than £1bn, which no single published amount may.
const YEAR = `Date,Supplier,Amount\n${"01/06/2024,Big Works Ltd,600000000.00\n".repeat(2)}`;
const MAY = XLSX.write(
  {
    SheetNames: ["May"],
    Sheets: {
      May: XLSX.utils.aoa_to_sheet([
        ["Date", "Supplier", "Amount"],
        ["01/05/2024", "Gamma Ltd", 0.1 + 0.2],
      ]),
    },
  },
  { type: "buffer", bookType: "xlsx" },
) as Buffer;
const ARCHIVE = zipOf([
  { name: "2024-04.csv", data: APRIL },
  { name: "2024-25.csv", data: YEAR },
  { name: "sub/2024-05.xlsx", data: MAY },
  { name: "__MACOSX/._2024-04.csv", data: "\u0000\u0005\u0016\u0007 resource fork" },
  { name: "../../escape.csv", data: APRIL },
  { name: "secret.csv", data: APRIL, encrypted: true },
  { name: "inner.zip", data: zipOf([{ name: "deeper.csv", data: APRIL }]) },
  // Declares 10 bytes, unpacks to thousands.
  {
    name: "liar.csv",
    data: `Date,Supplier,Amount\n${"01/04/2024,Liar Ltd,1.00\n".repeat(200)}`,
    declaredSize: 10,
  },
  { name: "readme.pdf", data: "%PDF-1.4" },
]);

let root: string;
let files: FileQuality[];
let payments: string;
let councilTotal: string;
const file = (name: string) => files.find((f) => f.file === name) as FileQuality;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "zip-reader-"));
  const council = join(root, "councils", "zipshire");
  mkdirSync(join(council, "spend"), { recursive: true });
  writeFileSync(
    join(root, "partnership.json"),
    JSON.stringify({
      name: "Archives",
      description: "Archives as councils publish them.",
      councils: ["zipshire"],
    }),
  );
  writeFileSync(join(council, "council.json"), JSON.stringify({ name: "Zipshire County Council" }));
  writeFileSync(join(council, "spend", "archive.zip"), ARCHIVE);
  writeFileSync(join(council, "spend", "docs.zip"), zipOf([{ name: "readme.pdf", data: "%PDF-1.4" }]));
  writeFileSync(join(root, "outside.zip"), zipOf([{ name: "x.csv", data: APRIL }]));
  symlinkSync(join(root, "outside.zip"), join(council, "spend", "linked.zip"));
  const out = join(root, "dataset");
  files = (await runIngest(loadDataConfig(root), out)).files;
  payments = readFileSync(join(out, "payments.csv"), "utf8");
  councilTotal = JSON.parse(readFileSync(join(out, "quality.json"), "utf8")).councils[0].amount_total;
});

describe("a ZIP archive of published files", () => {
  it("lists each CSV, text or workbook member as a file, an unsafe name by its place, and an archive with none as itself", async () => {
    expect(await listPublishedFiles(join(root, "councils", "zipshire"), "spend")).toEqual([
      "spend/archive.zip!/2024-04.csv",
      "spend/archive.zip!/2024-25.csv",
      "spend/archive.zip!/sub/2024-05.xlsx",
      "spend/archive.zip!/#4",
      "spend/archive.zip!/secret.csv",
      "spend/archive.zip!/inner.zip",
      "spend/archive.zip!/liar.csv",
      "spend/docs.zip",
      "spend/linked.zip",
    ]);
  });

  it("reads a CSV member with its own lines, sha256 and encoding, and the archive's sha256 beside them", () => {
    const april = file("spend/archive.zip!/2024-04.csv");
    expect([april.rows, april.accepted, april.rejected, april.amount_total]).toEqual([2, 2, 0, "79.50"]);
    expect(april.sha256).toBe(sha256(APRIL));
    expect(april.archive).toEqual({
      file: "spend/archive.zip",
      sha256: sha256(ARCHIVE),
      bytes: ARCHIVE.length,
    });
    expect(april.format).toBe("zip");
    expect(payments).toContain("spend/archive.zip!/2024-04.csv,2");
    expect(payments).toContain("spend/archive.zip!/2024-04.csv,3");
  });

  it("lists the member in datapackage.json as published inside its archive", () => {
    const pkg = JSON.parse(readFileSync(join(root, "dataset", "datapackage.json"), "utf8"));
    const source = pkg.sources.find((s: { title: string }) =>
      s.title.endsWith("spend/archive.zip!/2024-04.csv"),
    );
    expect(source).toEqual({
      title: "Zipshire County Council: spend/archive.zip!/2024-04.csv",
      path: "../sources/zipshire/spend/archive.zip",
      sha256: sha256(ARCHIVE),
      bytes: ARCHIVE.length,
      member: "2024-04.csv",
      member_sha256: sha256(APRIL),
    });
  });

  it("counts a member whose total passes £1bn in the council's total, exactly", () => {
    expect(file("spend/archive.zip!/2024-25.csv").amount_total).toBe("1200000000.00");
    // 79.50 (April) + 1,200,000,000.00 (the year) + 0.30 (May's workbook).
    expect(councilTotal).toBe("1200000079.80");
  });

  it("reads a workbook member, its sheets and rows, a cell's double as the decimal it stands for", () => {
    const may = file("spend/archive.zip!/sub/2024-05.xlsx");
    // The cell holds the double 0.1 + 0.2 (0.30000000000000004): 0.30 to the penny, and noted.
    expect([may.amount_total, may.double_amounts?.count]).toEqual(["0.30", 1]);
    expect([may.accepted, may.sha256, may.sheets]).toEqual([
      1,
      sha256(MAY),
      [{ name: "May", first_line: 1, last_line: 2, header_line: 1 }],
    ]);
    expect(payments).toContain("spend/archive.zip!/sub/2024-05.xlsx,2");
  });

  it.each([
    [
      "spend/archive.zip!/#4",
      'member (named "../../escape.csv"): its name leads out of the archive or is not a plain path (zip slip): it is not unpacked',
    ],
    ["spend/archive.zip!/secret.csv", "member: it is encrypted: it cannot be read without its password"],
    [
      "spend/archive.zip!/inner.zip",
      "an archive inside an archive: nested archives are not opened (unpack it into the data folder to have it read)",
    ],
    ["spend/docs.zip", "the archive holds no CSV file or workbook (it holds readme.pdf)"],
    [
      "spend/linked.zip",
      "a symbolic link: files are read only from inside the data folder, and links are not followed",
    ],
  ])("sets aside %s, saying why", (name, reason) => {
    expect(file(name).file_reason).toBe(reason);
    expect(file(name).accepted).toBe(0);
  });

  it("sets aside a member that unpacks to more than it declares (a zip bomb's trick)", () => {
    expect(file("spend/archive.zip!/liar.csv").file_reason).toMatch(
      /^the member could not be unpacked: too many bytes/,
    );
  });

  it("writes nothing outside the data folder and publishes the archive unchanged under /sources/", () => {
    expect(existsSync(join(root, "..", "escape.csv"))).toBe(false);
    const site = join(root, "site");
    publishDatasetAndSources(loadDataConfig(root), { datasetDir: join(root, "dataset"), siteDir: site });
    const published = join(site, "sources", "zipshire", "spend");
    expect(sha256(readFileSync(join(published, "archive.zip")))).toBe(sha256(ARCHIVE));
    expect(existsSync(join(published, "linked.zip"))).toBe(false);
  });
});
