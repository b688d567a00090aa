// npm run columnar [-- --dataset DIR]: after the ingest, writes the dataset folder's payments,
// contracts and suppliers once as Parquet, payments.csv.gz for download, and the aggregates the pages
// show (SQL run by DuckDB), into the folder (default .cache/dataset).
import { commandArgs } from "../src/lib/cli/args.ts";
import { describeColumnar, writeColumnarDataset } from "../src/lib/columnar/write-dataset.ts";
import { ConfigError, dataDirFromEnv, loadDataConfig } from "../src/lib/config/load.ts";
import { DATASET_DIR } from "../src/lib/dataset-dir.ts";

const { values } = commandArgs(
  "columnar",
  "After the ingest: Parquet, payments.csv.gz and the SQL totals of the dataset folder.",
  { dataset: { type: "string", default: DATASET_DIR } },
);
const started = performance.now();
try {
  const summary = await writeColumnarDataset(values.dataset as string, loadDataConfig(dataDirFromEnv()));
  console.log(
    `Columnar dataset in ${values.dataset}: ${describeColumnar(summary)}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
  );
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  console.error(`Columnar step stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
