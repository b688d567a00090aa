// A problem the checker found: the file it concerns (relative to the site folder), what is wrong, and
// its kind ("broken link", "missing supplier page" …) for the summary.
export interface Problem {
  file: string;
  message: string;
  kind: string;
}

/** Number of problems of each kind, in order of first appearance. */
export function countByKind(problems: Problem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  return counts;
}

/**
 * "file: message" lines grouped by kind, at most about `limit` in all: the limit is shared between the
 * kinds (so a thousand missing pages do not hide one broken link), each kind ending with how many
 * more it has.
 */
export function formatProblems(problems: Problem[], limit: number): string[] {
  const byKind = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = byKind.get(p.kind);
    if (list) list.push(p);
    else byKind.set(p.kind, [p]);
  }
  const lines: string[] = [];
  let left = Math.max(limit, byKind.size);
  let kindsLeft = byKind.size;
  // Smallest kinds first take what they need; the rest is shared by the larger ones.
  const shares = new Map<string, number>();
  for (const [kind, list] of [...byKind].sort((a, b) => a[1].length - b[1].length)) {
    const share = Math.min(list.length, Math.floor(left / kindsLeft));
    shares.set(kind, share);
    left -= share;
    kindsLeft--;
  }
  for (const [kind, list] of byKind) {
    const share = shares.get(kind) ?? 0;
    lines.push(`${kind} (${list.length}):`);
    for (const p of list.slice(0, share)) lines.push(`  ${p.file}: ${p.message}`);
    if (list.length > share) lines.push(`  … and ${list.length - share} more`);
  }
  return lines;
}
