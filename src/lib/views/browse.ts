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

/** Entries per A–Z page: a letter with more is split over numbered pages. */
export const BROWSE_PAGE_SIZE = 400;

export interface BrowsePage<T> {
  letter: string;
  /** 1-based page within the letter. */
  page: number;
  pages: number;
  list: T[];
  /** Entries under each letter, for the letter links. */
  counts: Map<string, number>;
}

/** Every A–Z page: letters with entries, each split into pages of at most `size`. */
export function browsePages<T>(
  items: T[],
  nameOf: (item: T) => string,
  size = BROWSE_PAGE_SIZE,
): BrowsePage<T>[] {
  const groups = byLetter(items, nameOf);
  const counts = new Map([...groups].map(([letter, list]) => [letter, list.length]));
  const out: BrowsePage<T>[] = [];
  for (const [letter, list] of groups) {
    const pages = Math.ceil(list.length / size);
    for (let page = 1; page <= pages; page++) {
      out.push({ letter, page, pages, list: list.slice((page - 1) * size, page * size), counts });
    }
  }
  return out;
}
