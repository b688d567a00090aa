// Supplier names as councils publish them: redactions, the matching key, slugs, company numbers.

const CACHE_LIMIT = 200_000;

/** Remembers f(text) for repeated published values; cleared when it grows too large. */
function cached<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = f(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}

const NON_ASCII = /[\u0080-\uffff]/;
const DIACRITICS = /[\u0300-\u036f]/g;
const DROPPED = /['\u2019\u2018`.]/g;
const NON_WORD = /[^a-z0-9]+/g;

/**
 * Lower-case ASCII words separated by single spaces. Accents are removed (é → e); apostrophes and
 * full stops are deleted (Sainsbury's → sainsburys, J.C.B. → jcb); other punctuation separates words.
 */
function plainWords(name: string): string {
  let s = name.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize("NFKD").replace(DIACRITICS, "");
  return s.replace(DROPPED, "").replace(NON_WORD, " ").trim();
}

/** Whole names (as plain words) that stand for a person whose name was withheld. */
const REDACTED_WHOLE = new Set([
  "individual",
  "individuals",
  "private individual",
  "an individual",
  "personal data",
  "personal information",
  "personal details",
  "name withheld",
  "withheld",
  "data protection",
  "data protection act",
  "confidential",
]);
const REDACTED_WORD = /\b(?:redacted|withheld)\b/;
/** A legal form as the last word means a registered business, not a redaction ("Redacted Ltd"). */
const LEGAL_FORM_END = /\b(?:ltd|limited|plc|llp|lp|cic|cio|inc|llc|co|company)$/;

/**
 * True for a redacted payee in any published wording (REDACTED, Redacted – personal data,
 * REDACTED UNDER DP ACT, individual, Name withheld…); never for a business such as
 * Redactive Events Ltd, Lime Personal Injury or Individual Solutions Ltd.
 */
export const isRedactedSupplier: (name: string) => boolean = cached((name) => {
  const words = plainWords(name);
  if (words === "" || LEGAL_FORM_END.test(words)) return false;
  return REDACTED_WHOLE.has(words) || REDACTED_WORD.test(words);
});

/** Trailing legal forms dropped from the key, longest first (each as whole trailing words). */
const LEGAL_FORMS = [
  " public limited company",
  " limited liability partnership",
  " limited partnership",
  " limited",
  " ltd",
  " plc",
  " llp",
  " lp",
  " cic",
  " cio",
  " inc",
  " llc",
];
/** Masked payment-card suffix: "(****6799)", "****6799", "(xxxx1234)", "XXXX-1234". */
const MASKED_CARD = /\(?(?<![a-z])(?:\*{3,}|x{3,})[ -]?\d{2,6}\)?/gi;

function dropLegalForms(words: string): string {
  let s = words;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (s.length > form.length && s.endsWith(form)) {
        s = s.slice(0, s.length - form.length);
        changed = true;
      }
    }
  }
  return s.endsWith(" company") ? `${s.slice(0, -8)} co` : s;
}

function computeKey(name: string): string {
  let s = name;
  if (s.includes("*") || /x{3}/i.test(s)) s = s.replace(MASKED_CARD, " ");
  if (s.includes("&")) s = s.replace(/&/g, " and ");
  const words = plainWords(s);
  const body = words.startsWith("the ") ? words.slice(4) : words;
  const key = dropLegalForms(body);
  // A name of only a card mask or symbols still gets a key of its own, never the empty key.
  return key !== "" ? key : plainWords(name) || name.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * The normalised matching key: lower case, "&" = "and", no punctuation or accents, no leading
 * "The", no trailing legal form (Ltd, Ltd., Limited, PLC, LLP, LP, CIC…; a final "Company" counts
 * as "Co"), no masked card suffix such as "(****6799)". "UK" and "Co" are kept: they name the entity.
 */
export const supplierKey: (name: string) => string = cached(computeKey);

/** 32-bit FNV-1a of a string, base 36 (at most 7 characters). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const MAX_SLUG = 80;

/**
 * URL-safe slug of a key: a-z, 0-9 and single hyphens, at most 80 characters. A longer slug is cut
 * and ends in a hash of the whole key, so distinct long keys never share a slug. Empty → "unnamed";
 * a key with no ASCII letters or digits → "x-<hash>".
 */
export function supplierSlug(key: string): string {
  const slug = plainWords(key.replace(/&/g, " and ")).replace(/ /g, "-");
  if (slug === "") return key.trim() === "" ? "unnamed" : `x-${shortHash(key)}`;
  if (slug.length <= MAX_SLUG) return slug;
  const hash = shortHash(key);
  let cut = MAX_SLUG - hash.length - 1;
  while (slug.charCodeAt(cut - 1) === 45) cut--;
  return `${slug.slice(0, cut)}-${hash}`;
}

/** Companies House prefixes followed by six digits (SC123456, OC301234, NI012345, FC…). */
const PREFIXED =
  /^(AC|BR|CE|CS|FC|GE|GN|GS|IC|LP|NA|NC|NF|NI|NL|NO|NP|NR|NZ|OC|RC|SA|SC|SE|SF|SG|SI|SL|SO|SP|SR|SZ|ZC|R0)(\d{1,6})$/;
/** Registered (co-operative and community benefit) societies: IP12345R, IP012345R, RS007901, 20014R. */
const SOCIETY = /^(?:IP\d{1,6}R?|RS\d{1,6}|\d{1,6}R)$/;
const DIGITS = /^\d{1,8}$/;
const NO_NUMBER = /^(?:N\/?A|TBC|NONE|NIL|-+|0+)$/;

/**
 * Companies House number restored to 8 characters (1026167 → 01026167, sc 123456 → SC123456,
 * SC12345 → SC012345); registered society numbers (IP12345R, RS007901, 20014R) kept as given but
 * upper case; placeholders and anything else (charity numbers, "Various", 9 digits) → null.
 */
export function normaliseCompanyNumber(text: string): string | null {
  let s = text.trim().toUpperCase().replace(/\s+/g, "");
  if (s.endsWith(".0") && DIGITS.test(s.slice(0, -2))) s = s.slice(0, -2);
  if (s === "" || NO_NUMBER.test(s)) return null;
  if (DIGITS.test(s)) return s.padStart(8, "0");
  const prefixed = PREFIXED.exec(s);
  if (prefixed) {
    const digits = prefixed[2] as string;
    return /^0+$/.test(digits) ? null : `${prefixed[1]}${digits.padStart(6, "0")}`;
  }
  if (SOCIETY.test(s)) return s;
  if (/^R\d{7}$/.test(s)) return s;
  return null;
}
