// npm run generate-demo [-- --payments 50000 --out data --seed 2026 --suppliers N --report]: writes the
// fictional demo partnership (same arguments, same bytes). --suppliers scales the supplier population
// with a long tail of suppliers paid once or a few times. --report prints the special rows as JSON.
import { commandArgs } from "../src/lib/cli/args.ts";
import { generateDemo } from "../src/lib/demo/generate.ts";

const { values } = commandArgs("generate-demo", "Writes the fictional demo partnership.", {
  out: { type: "string", default: "data" },
  payments: { type: "string", default: "50000" },
  seed: { type: "string", default: "2026" },
  suppliers: { type: "string" },
  report: { type: "boolean", default: false },
});
const payments = Number(values.payments);
const seed = Number(values.seed);
const suppliers = values.suppliers === undefined ? undefined : Number(values.suppliers);
if (
  !Number.isFinite(payments) ||
  payments <= 0 ||
  !Number.isFinite(seed) ||
  (suppliers !== undefined && !(suppliers > 0))
) {
  console.error("--payments and --suppliers must be positive numbers and --seed a number");
  process.exit(2);
}
const summary = await generateDemo({ out: values.out, payments, seed, ...(suppliers ? { suppliers } : {}) });
if (values.report) console.log(JSON.stringify(summary, null, 2));
else {
  const mb = (summary.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `Wrote ${summary.payments.toLocaleString("en-GB")} payments (${summary.records.toLocaleString("en-GB")} rows) and ${summary.contracts} contracts in ${summary.files.length} files (${mb} MB) to ${values.out}/`,
  );
}
