// Every table the project publishes, by who writes it: the ingest's and the flags step's (described in
// datapackage.json, in this order), and the site's own (written by the build from the dataset).
import { CATEGORIES } from "./categories.ts";
import { CONTRACT_SPEND } from "./contract-spend.ts";
import { CONTRACTS } from "./contracts.ts";
import { FLAG_PAYMENTS } from "./flag-payments.ts";
import { FLAGS } from "./flags.ts";
import { PAYMENTS } from "./payments.ts";
import { REJECTS } from "./rejects.ts";
import { SCORECARD } from "./scorecard.ts";
import { SHARED_SUPPLIERS } from "./shared-suppliers.ts";
import { SOCIAL_VALUE } from "./social-value.ts";
import { SUPPLIERS } from "./suppliers.ts";
import type { Table } from "./table.ts";

/** What the ingest writes, as datapackage.json lists it. */
export const INGEST_TABLES: readonly Table[] = [PAYMENTS, CONTRACTS, SUPPLIERS, REJECTS];
/** What the flags step writes, added to datapackage.json after the ingest's. */
export const FLAG_TABLES: readonly Table[] = [FLAGS, FLAG_PAYMENTS];
/** What the site build writes beside the pages (listed in datapackage.json before the pages are built). */
export const SITE_TABLES: readonly Table[] = [
  CONTRACT_SPEND,
  CATEGORIES,
  SCORECARD,
  SHARED_SUPPLIERS,
  SOCIAL_VALUE,
];

/** Every published table, in groups: the dataset's (described in datapackage.json), then the site's. */
export const TABLE_GROUPS: readonly { title: string; about: string; tables: readonly Table[] }[] = [
  {
    title: "The dataset",
    about:
      "Written by the ingest (npm run ingest) and the flags step (npm run flags) into the dataset folder, and " +
      "published under data/. datapackage.json describes each with these columns (a Frictionless Table Schema with " +
      "its foreign keys), its CSV dialect, size and sha256, and the size and sha256 of every original file (its " +
      "path from data/: ../sources/…). The per-council contract files are resources of their own " +
      "(contracts-<council>). Payments, contracts and suppliers are also written once as Apache Parquet " +
      "(payments.parquet, contracts.parquet, suppliers.parquet: the same columns, amounts exact DECIMAL, dates " +
      "DATE), and payments.csv is published gzip-compressed only (payments.csv.gz).",
    tables: [...INGEST_TABLES, ...FLAG_TABLES],
  },
  {
    title: "The site's downloads",
    about:
      "Written by the site build from the dataset into data/, and listed in datapackage.json with their schemas " +
      "and dialect (without size or sha256: the package is written before them).",
    tables: SITE_TABLES,
  },
];

export const PUBLISHED_TABLES: readonly Table[] = TABLE_GROUPS.flatMap((g) => g.tables);
