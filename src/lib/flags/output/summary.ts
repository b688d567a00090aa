// flags.json: what pages need without reading flags.csv: the thresholds used, each indicator's
// definition with its counts, what was set aside, and flag counts by council, supplier, contract and
// financial year (for badges and filters). Keys are in a stable order: same input, same bytes.
import type { SetAside } from "../engine/compute.ts";
import type { FlagThresholds } from "../engine/config.ts";
import type { FlagContext } from "../engine/context.ts";
import type { Flag } from "../engine/flag.ts";
import {
  INDICATOR_IDS,
  type IndicatorDefinition,
  type IndicatorId,
  indicatorDefinitions,
} from "../indicators/definitions.ts";

/** Flags per indicator for one council, supplier, contract or year. */
export type IndicatorCounts = Partial<Record<IndicatorId, number>>;

export interface FlagsSummary {
  /** The thresholds used (defaults, with any values from the data folder's flags.json). */
  thresholds: FlagThresholds;
  /** "flags.json" when the data folder has one, else "defaults". */
  thresholds_from: "flags.json" | "defaults";
  indicators: (IndicatorDefinition & { flags: number; rows: number })[];
  set_aside: SetAside[];
  /** rows: payments behind all flags (a payment once per flag); flag_payment_rows: flag_payments.csv's lines. */
  totals: { flags: number; rows: number; payments: number; flag_payment_rows: number };
  /** By council slug: a flag counts for its council and for every council among its rows. */
  by_council: Record<string, IndicatorCounts>;
  /** By supplier id (flags about one supplier). */
  by_supplier: Record<string, IndicatorCounts>;
  /** By contract id (contracts.csv id; flags of spend beyond a contract). */
  by_contract: Record<string, IndicatorCounts>;
  /** By financial year: the flag's year (its own, or that of its latest row). */
  by_year: Record<string, IndicatorCounts>;
}

function bump(counts: Map<string, IndicatorCounts>, key: string, indicator: IndicatorId): void {
  if (key === "") return;
  let entry = counts.get(key);
  if (!entry) {
    entry = {};
    counts.set(key, entry);
  }
  entry[indicator] = (entry[indicator] ?? 0) + 1;
}

const byCodepoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A map as an object with keys in the given order, and indicators within each in INDICATOR_IDS order. */
function ordered(counts: Map<string, IndicatorCounts>, keys: string[]): Record<string, IndicatorCounts> {
  const out: Record<string, IndicatorCounts> = {};
  for (const key of keys) {
    const entry = counts.get(key);
    if (!entry) continue;
    const sorted: IndicatorCounts = {};
    for (const id of INDICATOR_IDS) if (entry[id] !== undefined) sorted[id] = entry[id];
    out[key] = sorted;
  }
  return out;
}

export function flagsSummary(
  ctx: FlagContext,
  flags: readonly Flag[],
  setAside: SetAside[],
  thresholds: FlagThresholds,
  fromFile: boolean,
  flagPaymentRows: number,
): FlagsSummary {
  const councils = new Map<string, IndicatorCounts>();
  const suppliers = new Map<string, IndicatorCounts>();
  const contracts = new Map<string, IndicatorCounts>();
  const years = new Map<string, IndicatorCounts>();
  const perIndicator = new Map<IndicatorId, { flags: number; rows: number }>();
  const flagged = new Uint8Array(ctx.payments.size);
  let payments = 0;
  let rows = 0;
  for (const flag of flags) {
    const flagCouncils = new Set([flag.council]);
    for (let i = 0; i < flag.rows.length; i++) {
      const row = flag.rows[i] as number;
      flagCouncils.add(ctx.councilOf[row]);
      if (flagged[row] === 0) {
        flagged[row] = 1;
        payments++;
      }
    }
    for (const council of flagCouncils) bump(councils, ctx.councils[council]?.slug ?? "", flag.indicator);
    bump(suppliers, flag.supplierId, flag.indicator);
    bump(contracts, flag.contractId, flag.indicator);
    bump(years, flag.financialYear, flag.indicator);
    const count = perIndicator.get(flag.indicator) ?? { flags: 0, rows: 0 };
    count.flags++;
    count.rows += flag.rows.length;
    perIndicator.set(flag.indicator, count);
    rows += flag.rows.length;
  }
  const councilOrder = [...ctx.councils.map((c) => c.slug), ...[...councils.keys()].sort(byCodepoint)];
  return {
    thresholds,
    thresholds_from: fromFile ? "flags.json" : "defaults",
    indicators: indicatorDefinitions(thresholds).map((d) => ({
      ...d,
      flags: perIndicator.get(d.id)?.flags ?? 0,
      rows: perIndicator.get(d.id)?.rows ?? 0,
    })),
    set_aside: setAside,
    totals: { flags: flags.length, rows, payments, flag_payment_rows: flagPaymentRows },
    by_council: ordered(councils, [...new Set(councilOrder)]),
    by_supplier: ordered(suppliers, [...suppliers.keys()].sort(byCodepoint)),
    by_contract: ordered(contracts, [...contracts.keys()].sort(byCodepoint)),
    by_year: ordered(years, [...years.keys()].sort(byCodepoint)),
  };
}
