// OCDS out: every contract the partnership knows as an OCDS 1.1 release in a release package. A
// contract the councils published as OCDS keeps its ocid and the notice's award; a register entry
// with no notice gets an ocid under the partnership's prefix. Payments to the supplier during the
// term are its contract's implementation.transactions. Amounts are written from their exact decimal
// digits (never through a binary double); the same input gives the same bytes.

import type { Micros } from "../model.ts";
import { formatDecimal } from "../money.ts";

/** Used when partnership.json names no ocid prefix (not registered: a placeholder). */
export const PLACEHOLDER_OCID_PREFIX = "ocds-000000";

export interface PackageParty {
  id: string;
  name: string;
  roles: string[];
  identifier?: { scheme: string; id: string; legalName?: string };
  address?: { postalCode: string };
  details?: Record<string, string | boolean>;
}

export interface PackageTransaction {
  id: string;
  date: string;
  micros: Micros;
  payer: { id: string; name: string };
  payee: { id: string; name: string };
}

export interface PackageContract {
  ocid: string;
  /** The release's id, unique within the package. */
  id: string;
  /** yyyy-mm-dd or an ISO date-time. */
  date: string;
  tags: string[];
  buyer: { id: string; name: string };
  parties: PackageParty[];
  reference: string;
  title: string;
  description: string;
  award: {
    id: string;
    status: string;
    micros: Micros | null;
    suppliers: { id: string; name: string }[];
    start: string;
    end: string;
  } | null;
  transactions: PackageTransaction[];
}

export interface PackageAbout {
  uri: string;
  publishedDate: string;
  publisher: {
    name: string;
    uri?: string | undefined;
    scheme?: string | undefined;
    uid?: string | undefined;
  };
  license?: string | undefined;
  publicationPolicy?: string | undefined;
}

/** Licence ids partnership.json may give, and the address of each. */
const LICENCE_URLS: Record<string, string> = {
  "OGL-UK-3.0": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
  "ODC-By-1.0": "https://opendatacommons.org/licenses/by/1-0/",
};

/** The licence's address: a known id's, or the text itself when it is an http(s) address. */
export function licenceUrl(licence: string | undefined): string | undefined {
  if (!licence) return undefined;
  return LICENCE_URLS[licence] ?? (/^https?:\/\//.test(licence) ? licence : undefined);
}

/** A date as OCDS wants it: an ISO date-time. */
export const dateTime = (date: string): string => (date.length === 10 ? `${date}T00:00:00Z` : date);

// Amounts go through JSON.stringify as marked text, then become bare decimal numbers.
const AMOUNT_MARK = "\u0000amount:";
const money = (micros: Micros) => ({ amount: `${AMOUNT_MARK}${formatDecimal(micros)}`, currency: "GBP" });

function period(start: string, end: string): { startDate?: string; endDate?: string } | undefined {
  if (!start && !end) return undefined;
  return { ...(start ? { startDate: dateTime(start) } : {}), ...(end ? { endDate: dateTime(end) } : {}) };
}

/** One contract as an OCDS release (amounts as marked text: see releasePackageParts). */
export function releaseOf(contract: PackageContract): Record<string, unknown> {
  const { award } = contract;
  const awardId = award?.id ?? `${contract.ocid}-award`;
  const contractPeriod = award ? period(award.start, award.end) : undefined;
  const release: Record<string, unknown> = {
    ocid: contract.ocid,
    id: contract.id,
    date: dateTime(contract.date),
    tag: contract.tags,
    initiationType: "tender",
    language: "en",
    parties: contract.parties,
    buyer: contract.buyer,
    tender: {
      id: contract.reference || contract.ocid,
      ...(contract.title ? { title: contract.title } : {}),
      ...(contract.description ? { description: contract.description } : {}),
    },
  };
  if (!award) return release;
  release.awards = [
    {
      id: awardId,
      status: award.status,
      ...(award.micros !== null ? { value: money(award.micros) } : {}),
      ...(award.suppliers.length > 0 ? { suppliers: award.suppliers } : {}),
      ...(contractPeriod ? { contractPeriod } : {}),
    },
  ];
  release.contracts = [
    {
      id: `${awardId}-contract`,
      awardID: awardId,
      status: "active",
      ...(award.micros !== null ? { value: money(award.micros) } : {}),
      ...(contractPeriod ? { period: contractPeriod } : {}),
      ...(contract.transactions.length > 0
        ? {
            implementation: {
              transactions: contract.transactions.map((t) => ({
                id: t.id,
                date: dateTime(t.date),
                value: money(t.micros),
                payer: t.payer,
                payee: t.payee,
              })),
            },
          }
        : {}),
    },
  ];
  return release;
}

/** Where the releases go in the package text: the package without them is split at its empty array. */
const RELEASES_SLOT = '"releases": []';

/** Marked amounts become bare decimal numbers: `"\u0000amount:-12.5"` in the JSON text loses its quotes and mark. */
const unmark = (text: string) => text.replace(/"\\u0000amount:(-?\d+(?:\.\d+)?)"/g, "$1");

/**
 * The release package's JSON text in parts, each release's text made only when it is reached: joined,
 * the parts are the text of the whole package indented by one space, and no more than one release is
 * held as JSON at a time.
 */
export function* releasePackageParts(
  about: PackageAbout,
  contracts: Iterable<PackageContract>,
): Generator<string> {
  const head = JSON.stringify(
    {
      uri: about.uri,
      version: "1.1",
      publishedDate: dateTime(about.publishedDate),
      publisher: Object.fromEntries(Object.entries(about.publisher).filter(([, v]) => v !== undefined)),
      ...(about.license ? { license: about.license } : {}),
      ...(about.publicationPolicy ? { publicationPolicy: about.publicationPolicy } : {}),
      releases: [],
    },
    null,
    1,
  );
  const slot = head.lastIndexOf(RELEASES_SLOT) + RELEASES_SLOT.length - 1;
  let first = true;
  for (const contract of contracts) {
    // a release is two levels deep in the package: each of its lines is indented two more spaces
    const release = JSON.stringify(releaseOf(contract), null, 1).replace(/\n/g, "\n  ");
    yield `${first ? head.slice(0, slot) : ","}\n  ${unmark(release)}`;
    first = false;
  }
  yield first ? `${head}\n` : `\n ${head.slice(slot)}\n`;
}

/** Parts of text as a byte stream, joined into chunks of about 64 kB, each part made when it is pulled. */
export function textStream(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = "";
      while (chunk.length < 1 << 16) {
        const next = iterator.next();
        if (next.done) break;
        chunk += next.value;
      }
      if (chunk === "") controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
}

/** The release package's JSON text. */
export function releasePackageJson(about: PackageAbout, contracts: Iterable<PackageContract>): string {
  return [...releasePackageParts(about, contracts)].join("");
}

/**
 * A release as one council's package carries it: only the transactions that council paid, and of
 * the parties only the buyer, the suppliers and the payers of those transactions.
 */
export function councilRelease(contract: PackageContract, payerId: string): PackageContract {
  const transactions = contract.transactions.filter((t) => t.payer.id === payerId);
  if (transactions.length === contract.transactions.length) return contract;
  const payers = new Set(transactions.map((t) => t.payer.id));
  return {
    ...contract,
    tags: transactions.length > 0 ? contract.tags : contract.tags.filter((tag) => tag !== "implementation"),
    parties: contract.parties.filter(
      (p) => p.id === contract.buyer.id || payers.has(p.id) || !p.roles.every((role) => role === "payer"),
    ),
    transactions,
  };
}
