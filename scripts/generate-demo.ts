// npm run generate-demo [-- --payments 50000 --out data --seed 2026]: writes the fictional demo partnership.
import { parseArgs } from "node:util";
import { generateDemo } from "../src/lib/demo/generate.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "data" },
    payments: { type: "string", default: "50000" },
    seed: { type: "string", default: "2026" },
  },
});
const summary = await generateDemo({
  out: values.out as string,
  payments: Number(values.payments),
  seed: Number(values.seed),
});
console.log(
  `Wrote ${summary.payments.toLocaleString("en-GB")} payments in ${summary.files} files to ${values.out}/`,
);
