// The red-flag thresholds: defaults here, overridden by an optional flags.json in the data folder
// (validated like the other configuration files: an unknown key or a wrong type stops the run with a
// message naming the file and the field). Money is in pounds, as a person writes it.
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import { readJson, validated } from "../../config/load.ts";

/** Whole pounds or pounds and pence (at most 2 decimal places), under £1bn. */
const pounds = z
  .number()
  .nonnegative()
  .max(999_999_999)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: "must be an amount in pounds with at most 2 decimal places",
  });
const positivePounds = pounds.refine((value) => value > 0, { message: "must be more than 0" });
const days = z.number().int().min(0).max(3_660);
const atLeastOne = z.number().int().min(1);
/** A share strictly between 0 and 1 (0.5 = half). */
const share = z.number().gt(0).lt(1);
const ratio = z.number().min(1);

export const flagsConfigSchema = z.strictObject({
  "duplicate-payment": z
    .strictObject({ window_days: days, credit_window_days: days, min_amount: pounds })
    .partial()
    .optional(),
  "threshold-bunching": z
    .strictObject({
      thresholds: z.array(positivePounds).min(1),
      band: share,
      min_payments: atLeastOne,
      min_ratio: ratio,
    })
    .partial()
    .optional(),
  "spend-without-contract": z
    .strictObject({ thresholds: z.array(positivePounds).min(1) })
    .partial()
    .optional(),
  "spend-beyond-contract": z.strictObject({ grace_days: days }).partial().optional(),
  "supplier-concentration": z
    .strictObject({ min_share: z.number().gt(0).max(1), min_category_total: pounds })
    .partial()
    .optional(),
  "large-first-payment": z
    .strictObject({ min_amount: positivePounds, history_days: days })
    .partial()
    .optional(),
  "year-end-spike": z
    .strictObject({ min_ratio: ratio, min_march_total: pounds, min_months: z.number().int().min(1).max(11) })
    .partial()
    .optional(),
  "round-numbers": z
    .strictObject({ multiple: positivePounds, min_amount: pounds, min_payments: atLeastOne })
    .partial()
    .optional(),
});
export type FlagsConfig = z.infer<typeof flagsConfigSchema>;

/** Every threshold with its effective value (pounds, days, counts, shares as fractions). */
export interface FlagThresholds {
  "duplicate-payment": { window_days: number; credit_window_days: number; min_amount: number };
  "threshold-bunching": { thresholds: number[]; band: number; min_payments: number; min_ratio: number };
  "spend-without-contract": { thresholds: number[] };
  "spend-beyond-contract": { grace_days: number };
  "supplier-concentration": { min_share: number; min_category_total: number };
  "large-first-payment": { min_amount: number; history_days: number };
  "year-end-spike": { min_ratio: number; min_march_total: number; min_months: number };
  "round-numbers": { multiple: number; min_amount: number; min_payments: number };
}

export const DEFAULT_THRESHOLDS: FlagThresholds = {
  "duplicate-payment": { window_days: 14, credit_window_days: 90, min_amount: 100 },
  "threshold-bunching": { thresholds: [500, 5_000, 25_000], band: 0.1, min_payments: 5, min_ratio: 3 },
  "spend-without-contract": { thresholds: [5_000, 25_000] },
  "spend-beyond-contract": { grace_days: 90 },
  "supplier-concentration": { min_share: 0.5, min_category_total: 100_000 },
  "large-first-payment": { min_amount: 25_000, history_days: 365 },
  "year-end-spike": { min_ratio: 3, min_march_total: 50_000, min_months: 6 },
  "round-numbers": { multiple: 1_000, min_amount: 10_000, min_payments: 3 },
};

/** The defaults with a configuration's values laid over them, section by section. */
export function effectiveThresholds(config: FlagsConfig = {}): FlagThresholds {
  const sections = Object.keys(DEFAULT_THRESHOLDS) as (keyof FlagThresholds)[];
  const out = {} as Record<keyof FlagThresholds, unknown>;
  for (const section of sections) {
    const given = Object.fromEntries(
      Object.entries(config[section] ?? {}).filter(([, value]) => value !== undefined),
    );
    const merged = { ...DEFAULT_THRESHOLDS[section], ...given } as Record<string, unknown>;
    for (const [key, value] of Object.entries(merged)) {
      // Thresholds listed in a config are used in ascending order, each once.
      if (Array.isArray(value)) merged[key] = [...new Set(value as number[])].sort((a, b) => a - b);
    }
    out[section] = merged;
  }
  return out as FlagThresholds;
}

export interface LoadedThresholds {
  thresholds: FlagThresholds;
  /** The configuration file read, relative to the working directory; null when the defaults are used. */
  file: string | null;
}

/** DATA_DIR/flags.json if present (validated), laid over the defaults. */
export function loadFlagThresholds(dataDir: string): LoadedThresholds {
  const path = join(dataDir, "flags.json");
  if (!existsSync(path)) return { thresholds: effectiveThresholds(), file: null };
  const shown = relative(process.cwd(), path) || path;
  const config = validated(flagsConfigSchema, readJson(path, shown), shown);
  return { thresholds: effectiveThresholds(config), file: shown };
}

/** Whole micros of an amount in pounds with at most 2 decimal places (validated above): exact. */
export const poundsToMicros = (value: number): number => Math.round(value * 100) * 10_000;

/** A fraction as exact parts per million (0.5 → 500000), for comparisons in integers. */
export const partsPerMillion = (value: number): number => Math.round(value * 1_000_000);
