// The contracts read from councils' OCDS files (Contracts Finder, Find a Tender), shared by the
// ingest (which writes ocds.json) and the dataset module (which reads it). Every field keeps where it
// was published: `ocds/notices.json#/releases/3/awards/0/value` (file relative to the council folder).
import type { Micros } from "../model.ts";

/** A value and the file#pointer it was read from. */
export interface Traced<T> {
  value: T;
  at: string;
}

/** A field of a merged contract: the latest release's value, and any different value an earlier release published. */
export interface MergedField<T> extends Traced<T> {
  earlier?: Traced<T>[];
}

export interface OcdsMoney {
  micros: Micros;
  currency: string;
}

export interface OcdsSupplier {
  name: string | null;
  /** The party's id in the release (GB-COH-01234567, GB-CFS-307567). */
  party_id: string | null;
  /** The supplier of the same name in suppliers.csv, when it has payments or register entries. */
  supplier_id: string | null;
  /** Companies House number (8 characters) from a GB-COH identifier. */
  company_number: string | null;
  /** Charity number from a GB-CHC, GB-SC or GB-NIC identifier. */
  charity_number: string | null;
  /** Postcode from the party's address (postalCode, else the last postcode in its street address). */
  postcode: Traced<string> | null;
  /** details.scale as published: sme, large, micro… */
  scale: Traced<string> | null;
  /** details.vcse as published. */
  vcse: Traced<boolean> | null;
}

export interface OcdsAward {
  id: string;
  status: MergedField<string> | null;
  date: MergedField<string> | null;
  value: MergedField<OcdsMoney> | null;
  start_date: MergedField<string> | null;
  end_date: MergedField<string> | null;
  suppliers: OcdsSupplier[];
  at: string;
}

/** A payment a release lists under contracts[].implementation.transactions. */
export interface OcdsTransaction {
  id: string | null;
  date: Traced<string> | null;
  value: Traced<OcdsMoney> | null;
  /** payee.name, else payee.id, as published. */
  payee: string | null;
  at: string;
}

/** A release's contracts[] entry, merged by its id across releases (like awards). */
export interface OcdsNoticeContract {
  id: string;
  /** awardID: the award it implements (null when the release names none: then it fills no award's fields). */
  award_id: string | null;
  title: MergedField<string> | null;
  status: MergedField<string> | null;
  value: MergedField<OcdsMoney> | null;
  start_date: MergedField<string> | null;
  end_date: MergedField<string> | null;
  date_signed: MergedField<string> | null;
  /** implementation.transactions of the latest release that lists any. */
  transactions: OcdsTransaction[];
  at: string;
}

/** One contracting process (one ocid) of one council, merged from all its releases. */
export interface OcdsContract {
  ocid: string;
  council: string;
  /** tender.id: the notice's own reference for the contract. */
  reference: MergedField<string> | null;
  title: MergedField<string> | null;
  description: MergedField<string> | null;
  buyer: MergedField<string> | null;
  tender_value: MergedField<OcdsMoney> | null;
  /** tender.suitability.sme / vcse: the notice says the contract suits SMEs / VCSEs. */
  suitable_sme: MergedField<boolean> | null;
  suitable_vcse: MergedField<boolean> | null;
  start_date: MergedField<string> | null;
  end_date: MergedField<string> | null;
  category: MergedField<string> | null;
  /**
   * Awards merged by id. An award's value, start and end dates missing from every awards[] entry are
   * taken from the contracts[] entry naming it (awardID), traced to that entry's pointer.
   */
  awards: OcdsAward[];
  /** contracts[] entries merged by id. */
  contracts: OcdsNoticeContract[];
  /** Every release merged into it, in date order. */
  releases: { id: string; date: string | null; tags: string[]; at: string }[];
  /** The register entries (contracts.csv ids) of the same contract, and how they were matched. */
  register_matches: { entry_id: string; by: "reference" | "ocid" | "supplier, value and dates" }[];
}

/** A release not used, with the reason (like a rejected CSV row). */
export interface OcdsSetAside {
  council: string;
  file: string;
  pointer: string;
  line: number;
  reason: string;
}

/** Per OCDS file: what was read from it. */
export interface OcdsFileSummary {
  council: string;
  file: string;
  sha256: string;
  bytes: number;
  releases: number;
  kept: number;
  set_aside: number;
  /** Why the rest of the file could not be read (malformed JSON), with its line and column. */
  file_reason: string | null;
}

/** dataset/ocds.json: everything the ingest read from OCDS files. */
export interface OcdsDataset {
  contracts: OcdsContract[];
  set_aside: OcdsSetAside[];
  files: OcdsFileSummary[];
}

export const OCDS_DATASET_FILE = "ocds.json";
