// Child process of bench:ocds --out: writes the release package of N generated contracts (each with
// `payments` transactions) into one buffer, as the site build does with the endpoint's response, either
// as the site does (each release built and written in turn, streamed) or, as the baseline, the way it
// was first written: every release's object held in one package object, stringified whole. Prints the
// package's bytes.
import type { Micros } from "../model.ts";
import { type PackageContract, releaseOf, releasePackageParts, textStream } from "../ocds/release-package.ts";

const [mode, countText, paymentsText] = process.argv.slice(2);
const count = Number(countText);
const payments = Number(paymentsText);
const about = {
  uri: "https://example.org/p.json",
  publishedDate: "2025-01-01",
  publisher: { name: "Bench" },
};
const buyer = { id: "ocds-000000-council-bench", name: "Bench Council" };

/** Contract i, built afresh (as the site builds each from the dataset). */
function contract(i: number): PackageContract {
  const payee = { id: `GB-COH-${10000000 + i}`, name: `Supplier ${i} Ltd` };
  return {
    ocid: `ocds-000000-bench-${i}`,
    id: `ocds-000000-bench-${i}-ocds-000000`,
    date: "2024-04-01",
    tags: ["award", "contract", "implementation"],
    buyer,
    parties: [
      { ...buyer, roles: ["buyer", "payer"] },
      { ...payee, roles: ["supplier", "payee"] },
    ],
    reference: `REF-${i}`,
    title: `Contract ${i}`,
    description: "x".repeat(400),
    award: {
      id: `a-${i}`,
      status: "active",
      micros: (1_000_000_000 + i * 10_000) as Micros,
      suppliers: [payee],
      start: "2024-04-01",
      end: "2026-03-31",
    },
    transactions: Array.from({ length: payments }, (_, k) => ({
      id: `p-${i}-${k}`,
      date: "2024-05-01",
      micros: (1_234_560_000 + k) as Micros,
      payer: buyer,
      payee,
    })),
  };
}

function* contracts(): Generator<PackageContract> {
  for (let i = 0; i < count; i++) yield contract(i);
}

let bytes: number;
if (mode === "stream") {
  bytes = (await new Response(textStream(releasePackageParts(about, contracts()))).arrayBuffer()).byteLength;
} else {
  const list = [...contracts()];
  const pack = { ...about, version: "1.1", releases: list.map(releaseOf) };
  const text = `${JSON.stringify(pack, null, 1).replace(/"\\u0000amount:(-?\d+(?:\.\d+)?)"/g, "$1")}\n`;
  bytes = Buffer.from(new TextEncoder().encode(text)).byteLength;
}
console.log(`${bytes}`);
