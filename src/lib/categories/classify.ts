// Classifies published department / expense-area text into a SeRCOP service heading, and published
// expense types into a CIPFA subjective group.
//
// Priority: (1) a council.json override for the text ("override"), matched on normalised text so
// "Waste Services" and "WASTE SERVICES" are one key; (2) the first keyword rule, in the order of
// SERVICE_RULES / SUBJECTIVE_RULES ("keyword"); (3) "uncategorised" ("none"). Empty text is
// uncategorised. Results are cached per distinct text (per override set): a dataset has few distinct
// departments but a million rows.
import {
  type KeywordRule,
  SERVICE_NAMES,
  type ServiceId,
  SUBJECTIVE_NAMES,
  type SubjectiveId,
  UNCATEGORISED_ID,
} from "./sercop.ts";
import { SERVICE_RULES } from "./service-rules.ts";
import { SUBJECTIVE_RULES } from "./subjective-rules.ts";

export type ClassificationRule = "override" | "keyword" | "none";

export interface Classification<Id extends string = string> {
  id: Id;
  name: string;
  rule: ClassificationRule;
  /** The override key (as written in council.json) or the matched words of the normalised text. */
  matched?: string;
}

/** council.json "categories": published text → category id. */
export type Overrides<Id extends string = string> = Readonly<Record<string, Id>>;

export interface CategoryOverrides {
  services?: Overrides<ServiceId>;
  subjective?: Overrides<SubjectiveId>;
}

/** Lower case, "&" and "+" → "and", apostrophes dropped, other punctuation → one space. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[&+]/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Scheme<Id extends string> {
  rules: readonly KeywordRule<Id>[];
  names: Readonly<Record<Id, string>>;
  /** Cache without overrides. */
  plain: Map<string, Classification<Id>>;
  /** Caches per override object, with the overrides keyed by normalised text. */
  byOverrides: WeakMap<Overrides<Id>, { keys: Map<string, string>; cache: Map<string, Classification<Id>> }>;
}

function scheme<Id extends string>(rules: readonly KeywordRule<Id>[], names: Record<Id, string>): Scheme<Id> {
  return { rules, names, plain: new Map(), byOverrides: new WeakMap() };
}

const SERVICES = scheme(SERVICE_RULES, SERVICE_NAMES);
const SUBJECTIVE = scheme(SUBJECTIVE_RULES, SUBJECTIVE_NAMES);

function byKeyword<Id extends string>(s: Scheme<Id>, normalised: string): Classification<Id> {
  if (normalised !== "") {
    for (const rule of s.rules) {
      const match = rule.pattern.exec(normalised);
      if (match)
        return Object.freeze({
          id: rule.id,
          name: s.names[rule.id],
          rule: "keyword",
          matched: match[0].trim(),
        });
    }
  }
  const id = UNCATEGORISED_ID as Id;
  return Object.freeze({ id, name: s.names[id], rule: "none" });
}

function classify<Id extends string>(
  s: Scheme<Id>,
  text: string,
  overrides: Overrides<Id> | undefined,
): Classification<Id> {
  const hasOverrides = overrides !== undefined && Object.keys(overrides).length > 0;
  if (!hasOverrides) {
    let result = s.plain.get(text);
    if (!result) {
      result = byKeyword(s, normaliseText(text));
      s.plain.set(text, result);
    }
    return result;
  }
  let entry = s.byOverrides.get(overrides);
  if (!entry) {
    const keys = new Map<string, string>();
    for (const key of Object.keys(overrides).sort()) {
      const n = normaliseText(key);
      if (!keys.has(n)) keys.set(n, key);
    }
    entry = { keys, cache: new Map() };
    s.byOverrides.set(overrides, entry);
  }
  let result = entry.cache.get(text);
  if (!result) {
    const normalised = normaliseText(text);
    const key = entry.keys.get(normalised);
    if (key !== undefined) {
      const id = overrides[key] as Id;
      const name = s.names[id];
      if (name === undefined) throw new Error(`unknown category id "${id}" for "${key}"`);
      result = Object.freeze({ id, name, rule: "override", matched: key });
    } else {
      result = s.plain.get(text) ?? byKeyword(s, normalised);
    }
    entry.cache.set(text, result);
  }
  return result;
}

/** The SeRCOP service heading of a published department / expense area. */
export function classifyService(text: string, overrides?: Overrides<ServiceId>): Classification<ServiceId> {
  return classify(SERVICES, text, overrides);
}

/** The CIPFA subjective group of a published expense type. */
export function classifySubjective(
  text: string,
  overrides?: Overrides<SubjectiveId>,
): Classification<SubjectiveId> {
  return classify(SUBJECTIVE, text, overrides);
}
