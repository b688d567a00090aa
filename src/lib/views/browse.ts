// A–Z browsing: entities grouped by the first letter or digit of their name.

/** "a".."z", or "0-9" for names starting with anything else. */
export function letterOf(name: string): string {
  const m = /[a-z0-9]/i.exec(
    name
      .normalize("NFKD")
      .replace(/^\s*the\s+/i, "")
      .replace(/[\u0300-\u036f]/g, ""),
  );
  const c = m ? (m[0] as string).toLowerCase() : "";
  return c >= "a" && c <= "z" ? c : "0-9";
}

export const LETTERS = [..."abcdefghijklmnopqrstuvwxyz", "0-9"];

/** Items grouped by letter, each group sorted by name (case-insensitive, then exact). */
export function byLetter<T>(items: T[], nameOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>(LETTERS.map((l) => [l, []]));
  for (const item of items) groups.get(letterOf(nameOf(item)))?.push(item);
  const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });
  for (const list of groups.values()) list.sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  return groups;
}
