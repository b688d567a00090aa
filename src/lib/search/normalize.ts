// Name normalisation shared by the index builder and the browser: the same function turns a published
// name and a typed query into the same word tokens. Case, accents and punctuation do not matter,
// "&" is "and", "Limited" is "ltd", and "Ltd." / "O'Neill" / "U.K." lose their dots and apostrophes.

/** Letters that Unicode decomposition does not reduce to a base letter. */
const FOLD: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Words that mean the same in a company name. */
const SAME: Record<string, string> = {
  limited: "ltd",
};

const MARKS = /\p{M}+/gu;
/** Removed without a break: apostrophes and dots ("O'Neill" → "oneill", "Ltd." → "ltd"). */
const JOINERS = /['’‘`´.]/g;
/** Anything else that is not a letter or a digit separates words. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** The word tokens of a name or query, in order (repeats kept). */
export function nameTokens(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/[&+]/g, " and ")
    .replace(JOINERS, "")
    .replace(SEPARATORS, " ")
    .trim();
  if (folded === "") return [];
  return folded.split(" ").map((word) => SAME[word] ?? word);
}

/** A name as one normalised string of tokens separated by single spaces. */
export function normalizeName(text: string): string {
  return nameTokens(text).join(" ");
}

/** The distinct tokens of a name, in first-seen order. */
export function distinctTokens(text: string): string[] {
  return [...new Set(nameTokens(text))];
}
