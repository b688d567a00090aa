// The published mapping: every council's published departments and expense types with the category
// each maps to and by which rule (for /about/ and a CSV download), and per council the share of rows
// and of spend that is uncategorised (exact: bigint micros), never hidden.

import { CATEGORIES } from "../tables/categories.ts";
import { recordLineOf } from "../tables/records.ts";
import type { RecordOf } from "../tables/table.ts";
import {
  type CategoryOverrides,
  type ClassificationRule,
  classifyService,
  classifySubjective,
} from "./classify.ts";
import { UNCATEGORISED_ID } from "./sercop.ts";

/** Rows grouped by council, department and expense type (count and exact total in micros). */
export interface MappingInputRow {
  council: string;
  department: string;
  expenseType: string;
  count: number;
  total: bigint;
}

export type MappingKind = "service" | "subjective";

/** A line of categories.csv: a published department ("service") or expense type ("subjective") and its category. */
export type MappingEntry = Omit<RecordOf<typeof CATEGORIES, bigint>, "kind" | "rule"> & {
  kind: MappingKind;
  rule: ClassificationRule;
};

export interface UncategorisedShare {
  rows: number;
  total: bigint;
}

export interface CouncilShares {
  council: string;
  rows: number;
  /** Net spend (payments less credits), micros. */
  total: bigint;
  service: UncategorisedShare;
  subjective: UncategorisedShare;
}

export interface Mapping {
  entries: MappingEntry[];
  shares: CouncilShares[];
}

/** Per-council overrides from council.json "categories" (absent: keyword rules only). */
export type OverridesOf = (council: string) => CategoryOverrides | undefined;

const byCodepoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const KIND_ORDER: Record<MappingKind, number> = { service: 0, subjective: 1 };

/** The mapping of every published department and expense type, sorted by council, kind, text. */
export function mappingTable(rows: readonly MappingInputRow[], overridesOf?: OverridesOf): Mapping {
  const entries = new Map<string, MappingEntry>();
  const shares = new Map<string, CouncilShares>();
  const add = (council: string, kind: MappingKind, published: string, row: MappingInputRow): void => {
    const key = `${council}\u0000${kind}\u0000${published}`;
    let entry = entries.get(key);
    if (!entry) {
      const overrides = overridesOf?.(council);
      const c =
        kind === "service"
          ? classifyService(published, overrides?.services)
          : classifySubjective(published, overrides?.subjective);
      entry = {
        council,
        kind,
        published,
        categoryId: c.id,
        category: c.name,
        rule: c.rule,
        matched: c.matched ?? "",
        rows: 0,
        total: 0n,
      };
      entries.set(key, entry);
    }
    entry.rows += row.count;
    entry.total += row.total;
    return;
  };
  for (const row of rows) {
    add(row.council, "service", row.department, row);
    add(row.council, "subjective", row.expenseType, row);
    let share = shares.get(row.council);
    if (!share) {
      share = {
        council: row.council,
        rows: 0,
        total: 0n,
        service: { rows: 0, total: 0n },
        subjective: { rows: 0, total: 0n },
      };
      shares.set(row.council, share);
    }
    share.rows += row.count;
    share.total += row.total;
  }
  for (const entry of entries.values()) {
    if (entry.categoryId !== UNCATEGORISED_ID) continue;
    const share = shares.get(entry.council) as CouncilShares;
    const part = share[entry.kind];
    part.rows += entry.rows;
    part.total += entry.total;
  }
  const sorted = [...entries.values()].sort(
    (a, b) =>
      byCodepoint(a.council, b.council) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      byCodepoint(a.published, b.published),
  );
  const councils = [...shares.values()].sort((a, b) => byCodepoint(a.council, b.council));
  return { entries: sorted, shares: councils };
}

/**
 * A share as a percentage with `decimals` places, rounded half away from zero, computed exactly
 * (bigint). Null when the whole is zero (no rows, or credits cancelling payments).
 */
export function percentText(part: bigint | number, whole: bigint | number, decimals = 1): string | null {
  const p = BigInt(part);
  const w = BigInt(whole);
  if (w === 0n) return null;
  const scale = 10n ** BigInt(decimals);
  const numerator = p * 100n * scale;
  const negative = numerator < 0n !== w < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = w < 0n ? -w : w;
  const rounded = (2n * n + d) / (2n * d);
  const whole10 = rounded / scale;
  const fraction = (rounded % scale).toString().padStart(decimals, "0");
  return `${negative && rounded !== 0n ? "-" : ""}${whole10}${decimals > 0 ? `.${fraction}` : ""}`;
}

const mappingLine = recordLineOf(CATEGORIES);

/** The mapping as CSV (categories.csv: text cells formula-guarded, totals plain decimal pounds), one line per entry. */
export function mappingCsv(entries: readonly MappingEntry[]): string {
  let out = `${CATEGORIES.header}\n`;
  for (const e of entries) out += `${mappingLine(e)}\n`;
  return out;
}
