// Supplier names as councils publish them: redactions, the matching key, slugs, company numbers.

/** Wordings that, as the whole name, mean "redacted" (after lower-casing and dropping punctuation). */
const REDACTED_WHOLE = new Set([
  "individual",
  "individuals",
  "private individual",
  "personal data",
  "personal information",
  "name withheld",
  "withheld",
  "data protection",
]);
const REDACTED_WORD = /\b(redacted|withheld)\b/;
const COMPANY_SUFFIX = /\b(ltd|limited|plc|llp|cic|inc|co|company|group|services|trust)$/;

function plainWords(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** True for a redacted payee in any published wording; never for a company such as Redactive Events Ltd. */
export function isRedactedSupplier(name: string): boolean {
  const words = plainWords(name);
  if (words === "") return false;
  if (COMPANY_SUFFIX.test(words)) return false;
  return REDACTED_WORD.test(words) || REDACTED_WHOLE.has(words);
}

const LEGAL_FORMS = [
  "public limited company",
  "company limited",
  "co limited",
  "co ltd",
  "limited",
  "ltd",
  "plc",
  "llp",
  "lp",
  "cic",
];
const MASKED_CARD = /\(?\s*[*x]{3,}\s*\d{2,6}\s*\)?/gi;

const keyCache = new Map<string, string>();

/**
 * The normalised matching key: case, punctuation, "&"/"and", a leading "The", trailing legal forms
 * (Ltd, Limited, PLC, LLP…) and masked card suffixes such as "(****6799)" do not matter.
 */
export function supplierKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  let words = ` ${plainWords(name.replace(MASKED_CARD, " ").replace(/&/g, " and "))} `;
  words = words.replace(/^ the /, " ");
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (words.endsWith(` ${form} `) && words.length > form.length + 3) {
        words = words.slice(0, words.length - form.length - 1);
        changed = true;
      }
    }
  }
  const key = words.trim().replace(/ +/g, " ");
  const result = key === "" ? plainWords(name) : key;
  if (keyCache.size > 200_000) keyCache.clear();
  keyCache.set(name, result);
  return result;
}

function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** URL-safe slug of a key (a-z0-9-, at most 80 characters; long keys end in a hash so none collide). */
export function supplierSlug(key: string): string {
  const slug = key
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") return key === "" ? "unnamed" : `x-${shortHash(key)}`;
  if (slug.length <= 80) return slug;
  return `${slug.slice(0, 72).replace(/-+$/, "")}-${shortHash(key)}`;
}

const PLACEHOLDER_NUMBER = /^(n\/?a|tbc|none|-+|0+)$/i;

/** Companies House number restored to 8 characters (1026167 → 01026167, sc 123456 → SC123456);
 * registered society numbers (IP12345R, RS007901) kept as given; anything else → null. */
export function normaliseCompanyNumber(text: string): string | null {
  const s = text.trim().toUpperCase().replace(/[\s.]/g, "");
  if (s === "" || PLACEHOLDER_NUMBER.test(s)) return null;
  if (/^\d{1,8}$/.test(s)) return s.padStart(8, "0");
  if (/^(SC|NI|OC|SO|NC|FC|SE|SL|LP|SF|NF|GE|R0|IC|RC|SI|SP|SR|NP|NO|NR|ZC|SZ|NL|IP|RS)\d{1,6}$/.test(s)) {
    if (s.startsWith("IP") || s.startsWith("RS")) return s;
    return `${s.slice(0, 2)}${s.slice(2).padStart(6, "0")}`;
  }
  if (/^(IP|RS)\d{1,6}R?$/.test(s)) return s;
  if (/^R\d{7}$/.test(s)) return s;
  return null;
}
