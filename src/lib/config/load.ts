// Reads and validates the data folder's configuration. Any error stops the build at once,
// naming the file and the field.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { onDiskPath, staysInside } from "./data-files.ts";
import { replacedFiles } from "./replaces.ts";
import {
  type CouncilConfig,
  councilSchema,
  type PartnershipConfig,
  partnershipSchema,
  type SupplierAliases,
  supplierAliasesSchema,
} from "./schema.ts";

// Also needed before the configuration is read (the ingest starts its worker threads first).
export { dataDirFromEnv, listCouncilFiles } from "./data-files.ts";

export class ConfigError extends Error {
  readonly file: string;
  readonly field: string;
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field ? `field "${field}": ` : ""}${message}`);
    this.name = "ConfigError";
    this.file = file;
    this.field = field;
  }
}

export interface CouncilEntry {
  slug: string;
  dir: string;
  config: CouncilConfig;
}

export interface DataConfig {
  dataDir: string;
  partnership: PartnershipConfig;
  councils: CouncilEntry[];
  supplierAliases: SupplierAliases;
}

/** A JSON configuration file (a BOM allowed); a missing or malformed file is a ConfigError. */
export function readJson(path: string, shown: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ConfigError(shown, "", "file not found");
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigError(shown, "", `not valid JSON (${(error as Error).message})`);
  }
}

/** The value checked against a schema; the first problem is a ConfigError naming the file and field. */
export function validated<T>(schema: z.ZodType<T>, value: unknown, shown: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ConfigError(shown, "", "invalid");
  let field = issue.path.join(".");
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.join(", ");
    field = field ? `${field}.${issue.keys[0]}` : (issue.keys[0] ?? "");
    message = `unknown key${issue.keys.length > 1 ? "s" : ""} ${keys}`;
  }
  const more =
    result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem(s))` : "";
  throw new ConfigError(shown, field, `${message}${more}`);
}

export function loadDataConfig(dataDir: string): DataConfig {
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const partnershipPath = join(dataDir, "partnership.json");
  const partnership = validated(
    partnershipSchema,
    readJson(partnershipPath, shown(partnershipPath)),
    shown(partnershipPath),
  );
  const seen = new Set<string>();
  const councils = partnership.councils.map((slug, index) => {
    if (seen.has(slug))
      throw new ConfigError(shown(partnershipPath), `councils.${index}`, `"${slug}" is listed twice`);
    seen.add(slug);
    const dir = join(dataDir, "councils", slug);
    const path = join(dir, "council.json");
    if (!existsSync(path)) {
      throw new ConfigError(
        shown(partnershipPath),
        `councils.${index}`,
        `no ${shown(path)} for council "${slug}"`,
      );
    }
    const config = validated(councilSchema, readJson(path, shown(path)), shown(path));
    checkFileOptions(config, dir, shown(path));
    return { slug, dir, config };
  });
  for (const [index, arrangement] of (partnership.arrangements ?? []).entries()) {
    for (const [p, partner] of arrangement.partners.entries()) {
      if (!seen.has(partner)) {
        throw new ConfigError(
          shown(partnershipPath),
          `arrangements.${index}.partners.${p}`,
          `"${partner}" is not one of the partnership's councils`,
        );
      }
    }
  }
  const aliasesPath = join(dataDir, "suppliers.json");
  const supplierAliases = existsSync(aliasesPath)
    ? validated(supplierAliasesSchema, readJson(aliasesPath, shown(aliasesPath)), shown(aliasesPath))
    : { aliases: [] };
  return { dataDir, partnership, councils, supplierAliases };
}

const INSIDE = "must be a path inside the council folder, such as spend/2024-04.csv";

/** A per-file entry must name a file that exists in the council folder, and so must a replaced file. */
function checkFileOptions(config: CouncilConfig, dir: string, shown: string): void {
  for (const [file, options] of Object.entries(config.files ?? {})) {
    if (!staysInside(dir, file)) throw new ConfigError(shown, `files.${file}`, INSIDE);
    if (!existsSync(join(dir, onDiskPath(file))))
      throw new ConfigError(shown, `files.${file}`, `no such file in ${dir}`);
    for (const replaced of replacedFiles(options)) {
      if (!staysInside(dir, replaced)) throw new ConfigError(shown, `files.${file}.replaces`, INSIDE);
      if (!existsSync(join(dir, onDiskPath(replaced))))
        throw new ConfigError(shown, `files.${file}.replaces`, `no such file "${replaced}" in ${dir}`);
    }
  }
}
