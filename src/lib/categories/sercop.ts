// Comparable categories: the CIPFA SeRCOP service headings relevant to district and county councils,
// and the CIPFA subjective groups, each with keyword rules over normalised published text (see
// normalise.ts: lower case, "&" → "and", punctuation → spaces, apostrophes dropped).
//
// Rules are tried in the order of the RULES lists below, and the first that matches wins: specific
// rules come before general ones (e.g. "housing benefit" → central services before "housing" →
// housing services; "environmental health" before "health"; education (home-to-school transport,
// school place planning) before planning and highways; children before adults; corporate support
// last). Text no rule matches is "uncategorised" and shown as such.
//
// Support services (ICT, finance, HR, legal, facilities …) are not apportioned to the services they
// support, as a SeRCOP return would: a council's support departments are shown under Corporate and
// democratic core.

export const UNCATEGORISED_ID = "uncategorised";
export const UNCATEGORISED_NAME = "Uncategorised";

/** SeRCOP service headings (ids are stable slugs: part of the /about/ mapping and council.json). */
export const SERVICE_IDS = [
  "central-services",
  "cultural",
  "environmental-and-regulatory",
  "planning",
  "highways-and-transport",
  "housing",
  "adult-social-care",
  "childrens-social-care",
  "education",
  "public-health",
  "fire-and-rescue",
  "corporate-and-democratic-core",
  "non-distributed-costs",
  UNCATEGORISED_ID,
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/** CIPFA subjective analysis groups (what the money was spent on). */
export const SUBJECTIVE_IDS = [
  "employees",
  "premises",
  "transport",
  "supplies-and-services",
  "third-party-payments",
  "transfer-payments",
  "support-services",
  "capital",
  "income",
  UNCATEGORISED_ID,
] as const;
export type SubjectiveId = (typeof SUBJECTIVE_IDS)[number];

export const SERVICE_NAMES: Readonly<Record<ServiceId, string>> = {
  "central-services": "Central services to the public",
  cultural: "Cultural and related services",
  "environmental-and-regulatory": "Environmental and regulatory services",
  planning: "Planning services",
  "highways-and-transport": "Highways and transport services",
  housing: "Housing services (GFRA only)",
  "adult-social-care": "Adult social care",
  "childrens-social-care": "Children's social care",
  education: "Education services",
  "public-health": "Public health",
  "fire-and-rescue": "Fire and rescue services",
  "corporate-and-democratic-core": "Corporate and democratic core",
  "non-distributed-costs": "Non-distributed costs",
  [UNCATEGORISED_ID]: UNCATEGORISED_NAME,
};

export const SUBJECTIVE_NAMES: Readonly<Record<SubjectiveId, string>> = {
  employees: "Employees",
  premises: "Premises",
  transport: "Transport",
  "supplies-and-services": "Supplies and services",
  "third-party-payments": "Third party payments",
  "transfer-payments": "Transfer payments",
  "support-services": "Support services",
  capital: "Capital",
  income: "Income",
  [UNCATEGORISED_ID]: UNCATEGORISED_NAME,
};

/** One keyword rule: a regular expression over normalised text, and the category it gives. */
export interface KeywordRule<Id extends string> {
  id: Id;
  pattern: RegExp;
}

export const rules = <Id extends string>(id: Id, ...patterns: RegExp[]): KeywordRule<Id>[] =>
  patterns.map((pattern) => ({ id, pattern }));
