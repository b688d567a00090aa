// Flags over a fixture folder (test/fixtures/flags/<name>: payments.csv as the ingest writes it, and a
// contracts.csv when the quirk needs one), for three councils alpha, beta and gamma.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CategoryOverrides } from "../../../src/lib/categories/classify.ts";
import {
  type DeclaredContracts,
  groupContracts,
  loadRegisterEntries,
} from "../../../src/lib/dataset/contracts.ts";
import { computeFlags, type FlagResult } from "../../../src/lib/flags/engine/compute.ts";
import { effectiveThresholds, type FlagsConfig } from "../../../src/lib/flags/engine/config.ts";
import type { FlagInput } from "../../../src/lib/flags/engine/context.ts";
import type { Flag } from "../../../src/lib/flags/engine/flag.ts";
import { loadFlagPayments } from "../../../src/lib/flags/engine/payments.ts";
import type { IndicatorId } from "../../../src/lib/flags/indicators/definitions.ts";

export const FIXTURES = resolve(import.meta.dirname, "../../fixtures/flags");
export const COUNCILS = ["alpha", "beta", "gamma"];

export interface FixtureOptions {
  arrangements?: DeclaredContracts[];
  config?: FlagsConfig;
  categories?: Record<string, CategoryOverrides>;
}

export async function fixtureInput(name: string, options: FixtureOptions = {}): Promise<FlagInput> {
  const dir = join(FIXTURES, name);
  const contractsPath = join(dir, "contracts.csv");
  const entries = existsSync(contractsPath) ? await loadRegisterEntries(contractsPath) : [];
  return {
    payments: await loadFlagPayments(join(dir, "payments.csv")),
    councils: COUNCILS.map((slug) => ({
      slug,
      name: `${slug[0]?.toUpperCase()}${slug.slice(1)} Council`,
      categories: options.categories?.[slug],
    })),
    contracts: groupContracts(entries, COUNCILS, options.arrangements ?? []),
  };
}

export async function fixtureFlags(name: string, options: FixtureOptions = {}): Promise<FlagResult> {
  return computeFlags(await fixtureInput(name, options), effectiveThresholds(options.config));
}

/** The flags one indicator raised, as plain facts: id, payment ids of its rows, figure, threshold. */
export function raised(result: FlagResult, indicator: IndicatorId) {
  const p = result.context.payments;
  return result.flags
    .filter((f: Flag) => f.indicator === indicator)
    .map((f) => ({
      id: f.id,
      rows: Array.from(f.rows, (row) => p.ids.get(row)),
      total: f.total,
      threshold: f.threshold,
      year: f.financialYear,
      question: f.question,
    }));
}
