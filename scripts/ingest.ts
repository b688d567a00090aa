// npm run ingest [-- --out DIR] [-- --report]: reads DATA_DIR (default data/) and writes the dataset to
// dist/data/; --report then prints, per council and reason, the rows and pounds set aside.
// STRICT=1 makes any rejected row fail the run. --read-settings FILE also writes, per payment file, how
// it was read (its path, reader, encoding, delimiter, first data line, amount column) and its totals:
// what bench:ingest reads the same bytes again with.
// The worker threads start first; the modules that read and check the configuration load meanwhile.
import { commandArgs } from "../src/lib/cli/args.ts";
import { dataDirFromEnv } from "../src/lib/config/data-files.ts";
import { startEarlyPool } from "../src/lib/ingest/threads/early-pool.ts";

const dataDir = dataDirFromEnv();
const pool = startEarlyPool(dataDir);
const [
  { ConfigError, loadDataConfig },
  { consoleReporter },
  { runIngest },
  { summaryTable },
  { setAsideReport },
] = await Promise.all([
  import("../src/lib/config/load.ts"),
  import("../src/lib/ingest/output/progress.ts"),
  import("../src/lib/ingest/run.ts"),
  import("../src/lib/ingest/output/summary.ts"),
  import("../src/lib/ingest/output/set-aside-report.ts"),
]);

const { values } = commandArgs("ingest", "Reads DATA_DIR (default data/) and writes the dataset.", {
  out: { type: "string", default: "dist/data" },
  report: { type: "boolean", default: false },
  "read-settings": { type: "string" },
});
try {
  const config = loadDataConfig(dataDir);
  const started = performance.now();
  const result = await runIngest(config, values.out as string, consoleReporter(process.stdout), { pool });
  const seconds = (performance.now() - started) / 1000;
  if (values["read-settings"]) {
    const { writeReadSettings } = await import("../src/lib/ingest/output/read-settings.ts");
    writeReadSettings(values["read-settings"], config, result.files);
  }
  console.log(
    `\n${summaryTable(
      result.files,
      config.councils.map((c) => c.slug),
    )}`,
  );
  console.log(
    `\n${result.payments.toLocaleString("en-GB")} payments, ${result.contracts.toLocaleString("en-GB")} contracts, ` +
      `${result.suppliers.toLocaleString("en-GB")} suppliers written to ${values.out} in ${seconds.toFixed(1)} s`,
  );
  if (values.report) {
    console.log(
      `\n${setAsideReport(
        result.files,
        config.councils.map((c) => c.slug),
      )}`,
    );
  }
  const rejected = result.files.reduce((n, f) => n + f.rejected, 0);
  if (process.env.STRICT === "1" && rejected > 0) {
    console.error(`STRICT=1: ${rejected} record(s) rejected; see ${values.out}/rejects.csv`);
    process.exit(1);
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    await pool?.close();
    process.exit(2);
  }
  throw error;
}
