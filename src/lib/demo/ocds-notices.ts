// Fictional OCDS notices (as Contracts Finder publishes them) for some of a council's register
// entries: a release package with a tender and an award release per contract, one award whose value
// differs from the register's (the site shows both), and one contract published only as a notice.
// Harrowmere publishes a release package; Kestwick JSON lines of single releases.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoCouncil } from "./catalogue.ts";
import type { RegisterEntry } from "./register-entries.ts";
import type { DemoReport } from "./report.ts";
import type { Day } from "./text.ts";

/** Councils that publish notices, and how. */
const NOTICE_COUNCILS: Record<string, "package" | "lines"> = { harrowmere: "package", kestwick: "lines" };
const NOTICES_PER_COUNCIL = 4;

const iso = (d: Day) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}T00:00:00Z`;
const isDay = (value: Day | string): value is Day => typeof value !== "string";
/** An amount as OCDS writes it: pounds as a JSON number (micros are whole pence here). */
const amount = (micros: number) => Number((micros / 1_000_000).toFixed(2));
const ocidOf = (council: DemoCouncil, n: number) =>
  `ocds-b5fd17-${council.short.toLowerCase()}0000-demo-${String(n).padStart(4, "0")}`;
const supplierId = (entry: RegisterEntry, n: number) =>
  /^\d+$/.test(entry.companyNumber)
    ? `GB-COH-${entry.companyNumber.padStart(8, "0")}`
    : `GB-CFS-${900000 + n}`;

function party(entry: RegisterEntry, n: number) {
  const id = supplierId(entry, n);
  return {
    id,
    name: entry.supplier,
    ...(id.startsWith("GB-COH-")
      ? { identifier: { scheme: "GB-COH", id: id.slice(7), legalName: entry.supplier } }
      : {}),
    address: { streetAddress: `1 Market Street, ${entry.postcode}` },
    details: { scale: entry.sme === "Yes" ? "sme" : "large", vcse: entry.vcse === "Yes" },
    roles: ["supplier"],
  };
}

/** The tender and award releases of one contract; `value` is what the award publishes. */
function releasesOf(council: DemoCouncil, entry: RegisterEntry, n: number, value: number) {
  const ocid = ocidOf(council, n);
  const start = entry.start as Day;
  const published = { ...start, day: 1, month: start.month === 1 ? 1 : start.month - 1 };
  const buyer = { id: `GB-CFS-${council.short}`, name: council.name };
  const tender = {
    id: entry.reference,
    title: entry.title,
    description: entry.description,
    status: "active",
    value: { amount: amount(value), currency: "GBP" },
    suitability: { sme: true, vcse: entry.vcse === "Yes" },
    contractPeriod: { startDate: iso(start), ...(isDay(entry.end) ? { endDate: iso(entry.end) } : {}) },
    mainProcurementCategory: "services",
  };
  const tenderRelease = {
    ocid,
    id: `${ocid}-tender`,
    date: iso(published),
    tag: ["tender"],
    initiationType: "tender",
    buyer,
    parties: [{ ...buyer, roles: ["buyer"] }],
    tender,
  };
  const supplier = party(entry, n);
  const award = {
    id: `${ocid}-1`,
    status: "active",
    date: iso(published),
    value: { amount: amount(value), currency: "GBP" },
    suppliers: [{ id: supplier.id, name: supplier.name }],
    contractPeriod: tender.contractPeriod,
  };
  const awardRelease = {
    ocid,
    id: `${ocid}-award`,
    date: iso({ ...published, day: 15 }),
    tag: ["award"],
    initiationType: "tender",
    buyer,
    parties: [{ ...buyer, roles: ["buyer"] }, supplier],
    tender: { ...tender, status: "complete" },
    awards: [award],
  };
  return [tenderRelease, awardRelease];
}

/** A contract published only as a notice (no register entry): a small local charity. */
function noticeOnly(council: DemoCouncil, n: number): RegisterEntry {
  return {
    reference: `${council.short}-CF-${n}`,
    title: "Befriending service for older residents",
    description: "Telephone and home-visit befriending, awarded through Contracts Finder.",
    supplier: `${council.name.split(" ")[0]} Befriending Trust`,
    companyNumber: "",
    start: { year: 2024, month: 10, day: 1 },
    end: { year: 2026, month: 9, day: 30 },
    review: "-",
    total: 84_000_000_000,
    annual: 42_000_000_000,
    department: "Adult Social Care",
    route: "Open tender",
    sme: "Yes",
    vcse: "Yes",
    purchasingBody: council.name,
    postcode: "",
  };
}

/**
 * Writes the council's notices when it publishes any: the first register entries with a value and
 * dates, the first of them with an award value 5 % above the register's, and one notice of its own.
 */
export function writeOcdsNotices(
  council: DemoCouncil,
  dir: string,
  entries: RegisterEntry[],
  report: DemoReport,
): void {
  const form = NOTICE_COUNCILS[council.slug];
  if (!form) return;
  const chosen = entries
    .filter((e) => typeof e.total === "number" && isDay(e.end) && e.purchasingBody === council.name)
    .slice(0, NOTICES_PER_COUNCIL);
  const local = { ...noticeOnly(council, chosen.length + 1), postcode: chosen[0]?.postcode ?? "" };
  const releases = [
    ...chosen.flatMap((e, i) =>
      releasesOf(council, e, i + 1, i === 0 ? ((e.total as number) / 100) * 105 : (e.total as number)),
    ),
    ...releasesOf(council, local, chosen.length + 1, local.total as number),
  ];
  const file =
    form === "package" ? "ocds/contracts-finder-releases.json" : "ocds/contracts-finder-releases.jsonl";
  const text =
    form === "package"
      ? `${JSON.stringify({ uri: `https://www.contractsfinder.example/${council.slug}.json`, version: "1.1", publishedDate: "2025-03-31T00:00:00Z", publisher: { name: "Contracts Finder (fictional)" }, releases }, null, 1)}\n`
      : `${releases.map((r) => JSON.stringify(r)).join("\n")}\n`;
  mkdirSync(join(dir, "ocds"), { recursive: true });
  writeFileSync(join(dir, file), text);
  report.files.push({
    council: council.slug,
    file,
    bytes: Buffer.byteLength(text),
    records: releases.length,
  });
}
