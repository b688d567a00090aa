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

/** The series of a reference: its letters before the first digit, upper case ("CFADRES19020798" → "CFADRES"). */
export function refSeries(ref: string): string {
  let series = "";
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) break;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) series += ref[i] as string;
  }
  return series.toUpperCase();
}

/** True when b is a with two neighbouring, different characters swapped (both normalised). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a[i] !== a[i + 1] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A number equal for references equal once normalised or one swap apart (the count, sum and sum of
 * squares of their letters and digits, upper case, zeros left out); 0 for none. Computed without
 * making a string: most runs' references share no signature, and are then compared no further.
 */
function signature(ref: string): number {
  let count = 0;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < ref.length; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (!((c >= 65 && c <= 90) || (c >= 49 && c <= 57))) continue;
    count++;
    sum += c;
    squares += c * c;
  }
  return count === 0 ? 0 : (count * 65_536 + sum) * 16_777_216 + squares;
}

/** Every reference one neighbouring swap away from a normalised reference. */
function transpositions(ref: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < ref.length; i++) {
    if (ref[i] === ref[i + 1]) continue;
    out.push(`${ref.slice(0, i)}${ref[i + 1]}${ref[i]}${ref.slice(i + 2)}`);
  }
  return out;
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

/**
 * The run's payments joined by their links (union-find), each group with its strongest link. Cheap to
 * make: most runs link nothing.
 */
class Links {
  /** Position → its parent (-1: a root). */
  private readonly parent: Int32Array;
  /** Root → its strongest link and the two references behind it. */
  readonly best = new Map<number, { evidence: DuplicateEvidence; refs: [string, string] }>();

  constructor(n: number) {
    this.parent = new Int32Array(n).fill(-1);
  }

  root(i: number): number {
    let r = i;
    while ((this.parent[r] as number) >= 0) r = this.parent[r] as number;
    while ((this.parent[i] as number) >= 0) {
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
    const candidates = [this.best.get(root), this.best.get(other), { evidence, refs }];
    let best = candidates[2] as { evidence: DuplicateEvidence; refs: [string, string] };
    for (const c of candidates)
      if (c && DUPLICATE_STRENGTH[c.evidence] > DUPLICATE_STRENGTH[best.evidence]) best = c;
    if (other !== root) {
      this.parent[other] = root;
      this.best.delete(other);
    }
    this.best.set(root, best);
  }
}

/**
 * Links payments of a run (positions ascending) by their references: the same, padded, or one swap
 * apart on days `close` allows. Each reference is looked up in maps, its swaps too: linear.
 */
function linkReferences(
  run: readonly RunPayment[],
  positions: readonly number[],
  links: Links,
  close: (a: RunPayment, b: RunPayment) => boolean,
): void {
  const byRaw = new Map<string, number>();
  const byNormal = new Map<string, number>();
  for (const i of positions) {
    const p = run[i] as RunPayment;
    const norm = normalisedRef(p.ref);
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
    for (const swapped of transpositions(norm)) {
      const k = byNormal.get(swapped);
      // Sequential numbers of one day's payment run, or of a schedule's weeks, are not a mistyped invoice.
      if (k !== undefined && close(run[k] as RunPayment, p))
        links.link(k, i, "transposed-reference", [(run[k] as RunPayment).ref, p.ref]);
    }
    if (!byRaw.has(raw)) byRaw.set(raw, i);
    if (!byNormal.has(norm)) byNormal.set(norm, i);
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
  // Payments whose references could be linked: those sharing a signature with another (found with a
  // set first: in most runs no two do, and nothing more is made).
  const signatures = new Float64Array(n);
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (let i = 0; i < n; i++) {
    const sig = signature((run[i] as RunPayment).ref);
    signatures[i] = sig;
    if (sig === 0) continue;
    if (seen.has(sig)) shared.add(sig);
    else seen.add(sig);
  }
  if (shared.size > 0) {
    const bySignature = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = signatures[i] as number;
      if (!shared.has(sig)) continue;
      const list = bySignature.get(sig);
      if (list) list.push(i);
      else bySignature.set(sig, [i]);
    }
    for (const positions of bySignature.values()) linkReferences(run, positions, links, close);
  }
  // Different payment runs: payments on the same day under references of different series, one of
  // them out of the ordinary for the supplier, of an amount not paid to it on other days of the run
  // (a recurring amount, such as a fixed price, is not evidence of one invoice).
  const oneDay = n > 0 && (run[0] as RunPayment).day === (run[n - 1] as RunPayment).day;
  for (let i = 1; i < n && oneDay; i++) {
    const a = run[i - 1] as RunPayment;
    const b = run[i] as RunPayment;
    if (signature(a.ref) === 0 || signature(b.ref) === 0 || a.day !== b.day) continue;
    const [sa, sb] = [refSeries(a.ref), refSeries(b.ref)];
    if (sa !== sb && Math.min(seriesShare(sa), seriesShare(sb)) < UNUSUAL_SERIES_SHARE)
      links.link(i - 1, i, "different-runs", [a.ref, b.ref]);
  }
  if (links.best.size === 0) return [];
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = links.root(i);
    if (!links.best.has(root)) continue;
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups].map(([root, positions]) => {
    const best = links.best.get(root) as { evidence: DuplicateEvidence; refs: [string, string] };
    return { positions, evidence: best.evidence, refs: best.refs };
  });
}
