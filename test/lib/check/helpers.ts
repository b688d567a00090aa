// Small synthetic built sites for the checker's tests: pages, a published dataset and original files,
// written to a fresh temporary folder.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { CONTRACTS } from "../../../src/lib/tables/contracts.ts";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A page with the given body; `base` prefixes the stylesheet link. */
export const page = (body: string, base = "/") =>
  `<!DOCTYPE html><html lang="en-GB"><head><link rel="stylesheet" href="${base}site.css"></head>` +
  `<body><main id="main">${body}</main></body></html>`;

export interface ContractRow {
  id: string;
  council: string;
  reference: string;
  supplier_id: string;
  purchasing_council?: string;
}

/** The files of a small good site under `base`: two councils, two suppliers, a joint contract. */
export function goodSite(base = "/"): Record<string, string> {
  const original = "Date,Supplier,Amount\n01/04/2023,Acme Ltd,100.00\n";
  const contracts: ContractRow[] = [
    { id: "alpha-c1", council: "alpha", reference: "C1", supplier_id: "acme" },
    // Beta lists the same contract, let by Alpha for both: one contract page, alpha-c1.
    { id: "beta-c1", council: "beta", reference: "c 1", supplier_id: "acme", purchasing_council: "alpha" },
    { id: "beta-x", council: "beta", reference: "", supplier_id: "" },
  ];
  const link = (path: string, text: string) => `<a href="${base}${path}">${text}</a>`;
  return {
    "index.html": page(
      `<h1 id="top-heading">Home</h1>${link("councils/alpha/", "Alpha")} ${link("councils/beta/", "Beta")}` +
        ` ${link("suppliers/acme/#payments", "Acme")} ${link("data/payments.csv", "CSV")}` +
        ` ${link("sources/alpha/spend/2023-04.csv", "original")} <a href="#top-heading">up</a>` +
        ` <a href="https://example.org/?a=1&amp;b=2">ext</a> <a href="mailto:x@example.org">mail</a>`,
      base,
    ),
    "404.html": page(`<p>Not found. ${link("", "Home")}</p>`, base),
    "site.css": "body { margin: 0 }",
    "councils/alpha/index.html": page(`${link("contracts/alpha-c1/", "waste")}`, base),
    "councils/beta/index.html": page(`${link("contracts/beta-x/?sort=date", "other")}`, base),
    "suppliers/acme/index.html": page(
      `<h2 id="payments">Payments</h2>${link("suppliers/bravo-co/", "B")}`,
      base,
    ),
    "suppliers/bravo-co/index.html": page(`<a href="../acme/">Acme</a>`, base),
    "contracts/alpha-c1/index.html": page(`<img src="${base}site.css" alt="">`, base),
    "contracts/beta-x/index.html": page("<p>Beta x</p>", base),
    "data/suppliers.csv": "id,name\nacme,Acme Ltd\nbravo-co,Bravo & Co\n",
    "data/contracts.csv": contractsCsv(contracts),
    "data/payments.csv": "id\n1\n",
    "data/quality.json": JSON.stringify({
      councils: [{ council: "alpha" }, { council: "beta" }],
      files: [{ council: "alpha", file: "spend/2023-04.csv", sha256: sha256(original) }],
    }),
    "sources/alpha/spend/2023-04.csv": original,
  };
}

export function contractsCsv(rows: ContractRow[]): string {
  const lines = [CONTRACTS.header];
  for (const row of rows) {
    const values: Record<string, string> = {
      ...row,
      title: "T",
      source_file: "contracts/r.csv",
      source_line: "2",
    };
    lines.push(CONTRACTS.names.map((c) => values[c] ?? "").join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** Writes `files` (path → text) into a new temporary folder and returns it. */
export function writeSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ledger-check-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
