// The state one council's ingest shares across its files: overlap keys, staged rows, progress.
import { join } from "node:path";
import type { CouncilEntry } from "../config/load.ts";
import type { CouncilConfig } from "../config/schema.ts";
import type { LineFile } from "./line-file.ts";
import type { StagedPayment } from "./spend-file.ts";
import type { SupplierRegistry } from "./supplier-registry.ts";

export class CouncilRun {
  readonly slug: string;
  readonly dir: string;
  readonly config: CouncilConfig;
  readonly registry: SupplierRegistry;
  /** Record key -> first location (file number * 2^32 + line) across this council's files. */
  readonly overlap = new Map<string, number>();
  /** Replaced file -> the file that replaces it. */
  readonly replacedBy = new Map<string, string>();
  /** File -> record keys that occur more than once inside it. */
  readonly duplicateKeys = new Map<string, Set<string>>();
  private readonly files: string[] = [];
  private readonly staging: LineFile;
  private readonly onProgress: (rows: number) => void;

  constructor(
    council: CouncilEntry,
    registry: SupplierRegistry,
    staging: LineFile,
    onProgress: (rows: number) => void,
  ) {
    this.slug = council.slug;
    this.dir = council.dir;
    this.config = council.config;
    this.registry = registry;
    this.staging = staging;
    this.onProgress = onProgress;
    for (const [file, options] of Object.entries(council.config.files ?? {})) {
      if (options.replaces) this.replacedBy.set(options.replaces, file);
    }
  }

  pathOf(file: string): string {
    return join(this.dir, file);
  }

  fileNumber(file: string): number {
    let index = this.files.indexOf(file);
    if (index === -1) index = this.files.push(file) - 1;
    return index;
  }

  describeLocation(location: number): string {
    const file = this.files[Math.floor(location / 2 ** 32)];
    return `${file}:${location % 2 ** 32}`;
  }

  markDuplicate(file: string, key: string): void {
    let keys = this.duplicateKeys.get(file);
    if (!keys) {
      keys = new Set();
      this.duplicateKeys.set(file, keys);
    }
    keys.add(key);
  }

  stage(payment: StagedPayment): void {
    this.staging.write(JSON.stringify(payment));
  }

  progress(rows: number): void {
    this.onProgress(rows);
  }
}
