// One OCDS release, as parsed from its JSON text, read into the fields the site uses, each traced to
// its JSON pointer. A field of the wrong type sets the release aside with a reason naming the field's
// pointer; an absent field is just absent. Amounts are read from their digits, never through a double.
import type { OcdsMoney, OcdsSupplier, OcdsTransaction, Traced } from "../../ocds/model.ts";
import { normaliseCompanyNumber } from "../suppliers/supplier-names.ts";
import { FieldReader, type Json, JsonAmount, parseReleaseText, WrongType } from "./field-reader.ts";

export { JsonAmount, parseReleaseText };

export interface ParsedAward {
  id: string;
  status: Traced<string> | null;
  date: Traced<string> | null;
  value: Traced<OcdsMoney> | null;
  start_date: Traced<string> | null;
  end_date: Traced<string> | null;
  suppliers: OcdsSupplier[];
  at: string;
}

export interface ParsedContract {
  id: string;
  award_id: string | null;
  title: Traced<string> | null;
  status: Traced<string> | null;
  value: Traced<OcdsMoney> | null;
  start_date: Traced<string> | null;
  end_date: Traced<string> | null;
  date_signed: Traced<string> | null;
  transactions: OcdsTransaction[];
  at: string;
}

export interface ParsedRelease {
  ocid: string;
  id: string;
  date: string | null;
  tags: string[];
  at: string;
  reference: Traced<string> | null;
  title: Traced<string> | null;
  description: Traced<string> | null;
  buyer: Traced<string> | null;
  tender_value: Traced<OcdsMoney> | null;
  suitable_sme: Traced<boolean> | null;
  suitable_vcse: Traced<boolean> | null;
  start_date: Traced<string> | null;
  end_date: Traced<string> | null;
  category: Traced<string> | null;
  awards: ParsedAward[];
  contracts: ParsedContract[];
}

export type ReleaseResult = { ok: true; release: ParsedRelease } | { ok: false; reason: string };

/** UK postcode (outward and inward parts), as written in street addresses. */
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/gi;

/** The postcode of a party's address: postalCode, else the last postcode written in streetAddress. */
function postcodeOf(read: FieldReader, address: Json | null, path: string): Traced<string> | null {
  if (!address) return null;
  for (const key of ["postalCode", "streetAddress"]) {
    const text = read.string(address[key], `${path}/${key}`);
    const found = text ? [...text.matchAll(POSTCODE)].at(-1) : undefined;
    if (found) return { value: `${found[1]} ${found[2]}`.toUpperCase(), at: read.at(`${path}/${key}`) };
  }
  return null;
}

const CHARITY_SCHEMES = new Set(["GB-CHC", "GB-SC", "GB-NIC"]);

/** Company and charity numbers from a party's identifier, additional identifiers and id. */
function numbersOf(
  read: FieldReader,
  party: Json,
  path: string,
): { company: string | null; charity: string | null } {
  let company: string | null = null;
  let charity: string | null = null;
  const ids: [string | null, string | null][] = [];
  const identifier = read.object(party.identifier, `${path}/identifier`);
  if (identifier)
    ids.push([
      read.string(identifier.scheme, `${path}/identifier/scheme`),
      read.string(identifier.id, `${path}/identifier/id`),
    ]);
  for (const [i, extra] of read
    .array(party.additionalIdentifiers, `${path}/additionalIdentifiers`)
    .entries()) {
    const item = read.object(extra, `${path}/additionalIdentifiers/${i}`);
    if (item)
      ids.push([
        read.string(item.scheme, `${path}/additionalIdentifiers/${i}/scheme`),
        read.string(item.id, `${path}/additionalIdentifiers/${i}/id`),
      ]);
  }
  const partyId = read.string(party.id, `${path}/id`);
  const prefixed = partyId ? /^(GB-COH|GB-CHC|GB-SC|GB-NIC)-(.+)$/.exec(partyId) : null;
  if (prefixed) ids.push([prefixed[1] as string, prefixed[2] as string]);
  for (const [scheme, id] of ids) {
    if (!scheme || !id) continue;
    if (scheme === "GB-COH") company ??= normaliseCompanyNumber(id);
    else if (CHARITY_SCHEMES.has(scheme)) charity ??= id.trim();
  }
  return { company, charity };
}

function supplierOf(
  read: FieldReader,
  party: Json | undefined,
  path: string,
  name: string | null,
  id: string | null,
): OcdsSupplier {
  if (!party)
    return {
      name,
      party_id: id,
      supplier_id: null,
      company_number: null,
      charity_number: null,
      postcode: null,
      scale: null,
      vcse: null,
    };
  const details = read.object(party.details, `${path}/details`);
  const numbers = numbersOf(read, party, path);
  return {
    name: read.string(party.name, `${path}/name`) ?? name,
    party_id: id,
    supplier_id: null,
    company_number: numbers.company,
    charity_number: numbers.charity,
    postcode: postcodeOf(read, read.object(party.address, `${path}/address`), `${path}/address`),
    scale: details ? read.traced(details.scale, `${path}/details/scale`) : null,
    vcse: details ? read.boolean(details.vcse, `${path}/details/vcse`) : null,
  };
}

function periodOf(read: FieldReader, value: unknown, path: string) {
  const period = read.object(value, path);
  return {
    start: period ? read.traced(period.startDate, `${path}/startDate`) : null,
    end: period ? read.traced(period.endDate, `${path}/endDate`) : null,
  };
}

function awardsOf(read: FieldReader, release: Json): ParsedAward[] {
  const parties = new Map<string, [Json, string]>();
  for (const [i, item] of read.array(release.parties, "/parties").entries()) {
    const party = read.object(item, `/parties/${i}`);
    const id = party ? read.string(party.id, `/parties/${i}/id`) : null;
    if (party && id && !parties.has(id)) parties.set(id, [party, `/parties/${i}`]);
  }
  return read.array(release.awards, "/awards").flatMap((item, i) => {
    const path = `/awards/${i}`;
    const award = read.object(item, path);
    if (!award) return [];
    const period = periodOf(read, award.contractPeriod, `${path}/contractPeriod`);
    const suppliers = read.array(award.suppliers, `${path}/suppliers`).map((ref, j) => {
      const supplier = read.object(ref, `${path}/suppliers/${j}`) ?? {};
      const id = read.string(supplier.id, `${path}/suppliers/${j}/id`);
      const name = read.string(supplier.name, `${path}/suppliers/${j}/name`);
      const party = id ? parties.get(id) : undefined;
      return supplierOf(read, party?.[0], party?.[1] ?? `${path}/suppliers/${j}`, name, id);
    });
    return [
      {
        id: read.string(award.id, `${path}/id`) ?? String(i),
        status: read.traced(award.status, `${path}/status`),
        date: read.traced(award.date, `${path}/date`),
        value: read.money(award.value, `${path}/value`),
        start_date: period.start,
        end_date: period.end,
        suppliers,
        at: read.at(path),
      },
    ];
  });
}

function transactionsOf(read: FieldReader, value: unknown, path: string): OcdsTransaction[] {
  const implementation = read.object(value, path);
  if (!implementation) return [];
  return read.array(implementation.transactions, `${path}/transactions`).flatMap((item, k) => {
    const at = `${path}/transactions/${k}`;
    const transaction = read.object(item, at);
    if (!transaction) return [];
    const payee = read.object(transaction.payee, `${at}/payee`);
    return [
      {
        id: read.string(transaction.id, `${at}/id`),
        date: read.traced(transaction.date, `${at}/date`),
        value: read.money(transaction.value, `${at}/value`),
        payee: payee
          ? (read.string(payee.name, `${at}/payee/name`) ?? read.string(payee.id, `${at}/payee/id`))
          : null,
        at: read.at(at),
      },
    ];
  });
}

/** The release's contracts[]: each entry's id, award, value, period, signing date and payments. */
function contractsOf(read: FieldReader, release: Json): ParsedContract[] {
  return read.array(release.contracts, "/contracts").flatMap((item, i) => {
    const path = `/contracts/${i}`;
    const contract = read.object(item, path);
    if (!contract) return [];
    const period = periodOf(read, contract.period, `${path}/period`);
    return [
      {
        id: read.string(contract.id, `${path}/id`) ?? String(i),
        award_id: read.string(contract.awardID, `${path}/awardID`),
        title: read.traced(contract.title, `${path}/title`),
        status: read.traced(contract.status, `${path}/status`),
        value: read.money(contract.value, `${path}/value`),
        start_date: period.start,
        end_date: period.end,
        date_signed: read.traced(contract.dateSigned, `${path}/dateSigned`),
        transactions: transactionsOf(read, contract.implementation, `${path}/implementation`),
        at: read.at(path),
      },
    ];
  });
}

/** Reads one parsed release; `base` is `file#pointer` of the release. */
export function readRelease(value: unknown, base: string): ReleaseResult {
  const read = new FieldReader(base);
  try {
    const release = read.object(value, "");
    if (!release) return { ok: false, reason: "not a release: null" };
    const ocid = read.string(release.ocid, "/ocid");
    if (!ocid) return { ok: false, reason: "no ocid: a release must name its contracting process" };
    const tender = read.object(release.tender, "/tender") ?? {};
    const buyer = read.object(release.buyer, "/buyer");
    const suitability = read.object(tender.suitability, "/tender/suitability");
    const period = periodOf(read, tender.contractPeriod, "/tender/contractPeriod");
    const tags = read.array(release.tag, "/tag").map((tag, i) => read.string(tag, `/tag/${i}`) ?? "");
    return {
      ok: true,
      release: {
        ocid,
        id: read.string(release.id, "/id") ?? base,
        date: read.string(release.date, "/date"),
        tags,
        at: base,
        reference: read.traced(tender.id, "/tender/id"),
        title: read.traced(tender.title, "/tender/title"),
        description: read.traced(tender.description, "/tender/description"),
        buyer: buyer ? read.traced(buyer.name, "/buyer/name") : null,
        tender_value: read.money(tender.value, "/tender/value"),
        suitable_sme: suitability ? read.boolean(suitability.sme, "/tender/suitability/sme") : null,
        suitable_vcse: suitability ? read.boolean(suitability.vcse, "/tender/suitability/vcse") : null,
        start_date: period.start,
        end_date: period.end,
        category: read.traced(tender.mainProcurementCategory, "/tender/mainProcurementCategory"),
        awards: awardsOf(read, release),
        contracts: contractsOf(read, release),
      },
    };
  } catch (error) {
    if (error instanceof WrongType) return { ok: false, reason: `wrong type at ${base}${error.message}` };
    throw error;
  }
}
