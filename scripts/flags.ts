// npm run flags [-- --dataset DIR]: computes the red-flag indicators over the ingest's dataset (default
// .cache/dataset) with the thresholds of DATA_DIR/flags.json (or the defaults), and writes flags.csv,
// flags.json and flags.csv's entry in datapackage.json there.
import { commandArgs } from "../src/lib/cli/args.ts";
import { ConfigError, dataDirFromEnv, loadDataConfig } from "../src/lib/config/load.ts";
import { DATASET_DIR } from "../src/lib/dataset-dir.ts";
import { runFlags } from "../src/lib/flags/run.ts";

const { values } = commandArgs("flags", "Computes the red-flag indicators over an ingested dataset.", {
  dataset: { type: "string", default: DATASET_DIR },
});
try {
  const dataDir = dataDirFromEnv();
  console.log(await runFlags(loadDataConfig(dataDir), values.dataset as string));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
