// The Parquet dataset as another program reads it (hyparquet, the reader the browser uses): one file
// of every payment with payments.csv's columns, amounts exact DECIMAL(18, 6), dates DATE, text as
// published (the CSV's formula guard undone), sorted by council, date and supplier id, zstd, row
// groups with statistics; read back in payments.csv's order; payments.csv.gz the CSV's bytes.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { beforeAll, describe, expect, it } from "vitest";
import { type PaymentCells, readPaymentRows } from "../../../src/lib/columnar/payment-rows.ts";
import { writeColumnarDataset } from "../../../src/lib/columnar/write-dataset.ts";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import { readCsvRows } from "../../../src/lib/tables/csv-read.ts";
import { PAYMENTS } from "../../../src/lib/tables/payments.ts";

const FIXTURE = resolve(import.meta.dirname, "../../fixtures/columnar");
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "columnar-parquet-"));
  const config = loadDataConfig(FIXTURE);
  await runIngest(config, dir);
  await writeColumnarDataset(dir, config);
});

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describe("payments.parquet", () => {
  it("has payments.csv's columns, amount DECIMAL(18, 6), date DATE, zstd, statistics on every row group", async () => {
    const file = await asyncBufferFromFile(join(dir, "payments.parquet"));
    const metadata = await parquetMetadataAsync(file);
    const columns = metadata.schema.slice(1);
    expect(columns.map((c) => c.name)).toEqual(PAYMENTS.names);
    const amount = columns.find((c) => c.name === "amount");
    expect(amount).toMatchObject({ type: "INT64", precision: 18, scale: 6 });
    const date = columns.find((c) => c.name === "date");
    expect([date?.type, date?.converted_type]).toEqual(["INT32", "DATE"]);
    expect(metadata.row_groups.length).toBeGreaterThan(0);
    for (const group of metadata.row_groups) {
      expect(Number(group.num_rows)).toBeLessThanOrEqual(100_000);
      for (const chunk of group.columns) {
        expect(chunk.meta_data?.codec).toBe("ZSTD");
        expect(chunk.meta_data?.statistics?.min_value).toBeDefined();
      }
    }
  });

  it("holds the text as published and the amounts exactly, sorted by council, date and supplier id", async () => {
    const file = await asyncBufferFromFile(join(dir, "payments.parquet"));
    const rows = (await parquetReadObjects({ file, compressors })) as Record<string, unknown>[];
    expect(rows.map((r) => [r.source_file, r.source_line])).toEqual([
      ["spend/2024-04.csv", 3],
      ["spend/2024-04.csv", 4],
      ["spend/2024-04.csv", 5],
      ["spend/2024-04.csv", 2],
      ["spend/2024-05.csv", 4],
      ["spend/2024-05.csv", 2],
    ]);
    const bySupplier = (name: string) => rows.find((r) => r.supplier === name);
    expect(bySupplier('=HYPERLINK("http://evil.example")')?.description).toBe("+44 call");
    expect(rows.find((r) => r.transaction_ref === "B1")?.description).toBe("two\nlines");
    expect(rows.find((r) => r.transaction_ref === "B2")?.description).toBe("@mention");
  });
});

describe("read back", () => {
  it("gives every payment of payments.csv in its order, amounts in exact micros", async () => {
    const csv: string[] = [];
    await readCsvRows(join(dir, "payments.csv"), PAYMENTS.names, (cells, at) =>
      csv.push(`${cells[at.id]} ${cells[at.supplier]} ${cells[at.date]} ${cells[at.source_line]}`),
    );
    const read: PaymentCells[] = [];
    await readPaymentRows(dir, (row) => read.push({ ...row }));
    expect(read.map((r) => `${r.id} ${r.supplier} ${r.date} ${r.source_line}`)).toEqual(csv);
    expect(read.map((r) => r.amount)).toEqual([
      12_345_678, 987_654_321_990_000, -75_250_000, 600_000_000, 510_100_000, 700_000_000,
    ]);
  });
});

describe("payments.csv.gz", () => {
  it("is payments.csv, formula guards and all, and datapackage.json gives its size and sha256", () => {
    const gz = readFileSync(join(dir, "payments.csv.gz"));
    expect(gunzipSync(gz).equals(readFileSync(join(dir, "payments.csv")))).toBe(true);
    expect(gunzipSync(gz).toString("utf8")).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    const entry = pkg.resources.find((r: { path: string }) => r.path === "payments.csv.gz");
    expect(entry).toMatchObject({ name: "payments", compression: "gz", bytes: gz.length });
    expect(entry.hash).toBe(`sha256:${sha256(gz)}`);
  });

  it("and the Parquet files are the same bytes when written again (no time stamps)", async () => {
    const before = ["payments.parquet", "suppliers.parquet", "payments.csv.gz"].map((f) =>
      sha256(readFileSync(join(dir, f))),
    );
    await writeColumnarDataset(dir);
    const after = ["payments.parquet", "suppliers.parquet", "payments.csv.gz"].map((f) =>
      sha256(readFileSync(join(dir, f))),
    );
    expect(after).toEqual(before);
  });
});
