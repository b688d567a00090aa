// The evidence a possible duplicate payment needs beyond the same amount (duplicates.ts), after
// recovery-audit practice: within a run of one council's payments to one supplier of one amount, two
// payments are linked when their references are the same, differ only by padding (zeros, spaces,
// punctuation, case) or by two neighbouring characters swapped, or when they went through different
// payment runs (references of different series on one day). A recurring schedule (the same amount
// every week or month) is recognised: its payments on schedule are linked by the same or a padded
// reference only. Linked payments make one question, with the strongest evidence among its links.

/** The kinds of evidence, strongest first. */
export const DUPLICATE_EVIDENCE = [
  "same-reference",
  "padded-reference",
  "transposed-reference",
  "different-runs",
] as const;
export type DuplicateEvidence = (typeof DUPLICATE_EVIDENCE)[number];

/** How strongly each kind points to one invoice paid twice (the score's multiplier). */
export const DUPLICATE_STRENGTH: Record<DuplicateEvidence, number> = {
  "same-reference": 1,
  "padded-reference": 0.9,
  "transposed-reference": 0.7,
  "different-runs": 0.5,
};

/**
 * A series is a payment run out of the ordinary for a supplier when fewer than this share of the
 * council's payments to it carry it: a supplier paid through two systems as a matter of course
 * (a care provider on two care systems, a change of ledger) is not paid twice by either.
 */
export const UNUSUAL_SERIES_SHARE = 0.2;

/** Fewest payments, and shortest typical gap in days, of a recurring schedule. */
export const SCHEDULE_MIN_PAYMENTS = 3;
export const SCHEDULE_MIN_GAP = 5;

/** A reference as compared: letters and digits only, upper case, digit runs without leading zeros. */
export function normalisedRef(ref: string): string {
  const plain = ref.toUpperCase().replace(/[^A-Z0-9]+/g, "");
  return plain.replace(/(^|[^0-9])0+(?=[0-9])/g, "$1");
}

/** The series of a reference: its letters before the first digit ("CFADRES19020798" → "CFADRES"). */
export function refSeries(ref: string): string {
  const match = /^[A-Z]*/.exec(normalisedRef(ref));
  return match?.[0] ?? "";
}

/** True when b is a with two neighbouring, different characters swapped (both normalised). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a[i] !== a[i + 1] && a.slice(i + 2) === b.slice(i + 2);
}

/** The same for references that are anagrams of each other (a swap keeps it): length and sums. */
function anagramKey(ref: string): string {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    sum += c;
    squares += c * c;
  }
  return `${ref.length},${sum},${squares}`;
}

/** What the evidence reads of each payment of a run. */
export interface RunPayment {
  ref: string;
  day: number;
  /** The published file (its text id). */
  file: number;
}

/** Payments of a run linked by evidence: positions in the run (ascending), the strongest link. */
export interface LinkedPayments {
  positions: number[];
  evidence: DuplicateEvidence;
  /** The two references behind the strongest link, as published. */
  refs: [string, string];
}

/** The median days between a run's payments (0 for a run too short to be a schedule). */
export function typicalGap(run: readonly RunPayment[]): number {
  if (run.length < SCHEDULE_MIN_PAYMENTS) return 0;
  const gaps: number[] = [];
  for (let i = 1; i < run.length; i++) gaps.push((run[i] as RunPayment).day - (run[i - 1] as RunPayment).day);
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] as number;
}

/** The run's payments joined by their links (union-find), each group with its strongest link. */
class Links {
  private readonly parent: number[];
  readonly best: (DuplicateEvidence | null)[];
  readonly refs: ([string, string] | null)[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.best = new Array(n).fill(null);
    this.refs = new Array(n).fill(null);
  }

  root(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  link(a: number, b: number, evidence: DuplicateEvidence, refs: [string, string]): void {
    const ra = this.root(a);
    const rb = this.root(b);
    const root = Math.min(ra, rb);
    const other = Math.max(ra, rb);
    this.parent[other] = root;
    let best = this.best[root] ?? null;
    let bestRefs = this.refs[root] ?? null;
    for (const [e, r] of [
      [this.best[other], this.refs[other]],
      [evidence, refs],
    ] as const) {
      if (e != null && (best === null || DUPLICATE_STRENGTH[e] > DUPLICATE_STRENGTH[best])) {
        best = e;
        bestRefs = r;
      }
    }
    this.best[root] = best;
    this.refs[root] = bestRefs;
  }
}

/**
 * The groups of a run's payments (in date order) linked by evidence, each of two payments or more.
 * Linear in the run's length (references looked up in maps), so a long schedule costs little.
 * `seriesShare`: the share of the supplier's payments (from this council) under a series.
 */
export function linkedPayments(
  run: readonly RunPayment[],
  window: number,
  seriesShare: (series: string) => number = () => 0,
): LinkedPayments[] {
  const n = run.length;
  const gap = typicalGap(run);
  const scheduled = gap >= SCHEDULE_MIN_GAP;
  /** True when two payments are close enough for a mistyped reference: within the window, off schedule. */
  const close = (a: RunPayment, b: RunPayment): boolean => {
    const apart = Math.abs(b.day - a.day);
    return apart > 0 && apart <= window && !(scheduled && apart * 2 >= gap);
  };
  const links = new Links(n);
  const normal = run.map((p) => normalisedRef(p.ref));
  const byRaw = new Map<string, number>();
  const byNormal = new Map<string, number>();
  /** Positions of the first payment of each normalised reference, by anagramKey. */
  const byAnagram = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const p = run[i] as RunPayment;
    const norm = normal[i] as string;
    if (norm === "") continue;
    const raw = p.ref.trim().toUpperCase();
    const same = byRaw.get(raw);
    // Two lines of one invoice on one day in one file are not a second payment.
    if (same !== undefined) {
      const q = run[same] as RunPayment;
      if (q.day !== p.day || q.file !== p.file) links.link(same, i, "same-reference", [q.ref, p.ref]);
    } else {
      const padded = byNormal.get(norm);
      if (padded !== undefined)
        links.link(padded, i, "padded-reference", [(run[padded] as RunPayment).ref, p.ref]);
    }
    const key = anagramKey(norm);
    const anagrams = byAnagram.get(key);
    for (const k of anagrams ?? []) {
      // Sequential numbers of one day's payment run, or of a schedule's weeks, are not a mistyped invoice.
      if (close(run[k] as RunPayment, p) && isTransposition(normal[k] as string, norm))
        links.link(k, i, "transposed-reference", [(run[k] as RunPayment).ref, p.ref]);
    }
    if (!byRaw.has(raw)) byRaw.set(raw, i);
    if (!byNormal.has(norm)) {
      byNormal.set(norm, i);
      if (anagrams) anagrams.push(i);
      else byAnagram.set(key, [i]);
    }
  }
  // Different payment runs: payments on the same day under references of different series, one of
  // them out of the ordinary for the supplier, of an amount not paid to it on other days of the run
  // (a recurring amount, such as a fixed price, is not evidence of one invoice).
  const oneDay = n > 0 && (run[0] as RunPayment).day === (run[n - 1] as RunPayment).day;
  for (let i = 1; i < n && oneDay; i++) {
    const a = run[i - 1] as RunPayment;
    const b = run[i] as RunPayment;
    if (normal[i - 1] === "" || normal[i] === "" || a.day !== b.day) continue;
    const [sa, sb] = [refSeries(a.ref), refSeries(b.ref)];
    if (sa !== sb && Math.min(seriesShare(sa), seriesShare(sb)) < UNUSUAL_SERIES_SHARE)
      links.link(i - 1, i, "different-runs", [a.ref, b.ref]);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = links.root(i);
    if (links.best[root] === null) continue;
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups]
    .filter(([, positions]) => positions.length >= 2)
    .map(([root, positions]) => ({
      positions,
      evidence: links.best[root] as DuplicateEvidence,
      refs: links.refs[root] as [string, string],
    }));
}
