// The state one council's contract registers share: where rows go and which files are replaced.
import { join } from "node:path";
import type { CouncilEntry } from "../../config/load.ts";
import { replacementsOf } from "../../config/replaces.ts";
import type { CouncilConfig } from "../../config/schema.ts";
import type { SupplierRegistry } from "../suppliers/supplier-registry.ts";

export class CouncilRun {
  readonly slug: string;
  readonly dir: string;
  readonly config: CouncilConfig;
  readonly registry: SupplierRegistry;
  /** Replaced file -> the file that replaces it. */
  readonly replacedBy: Map<string, string>;
  private readonly onProgress: (rows: number) => void;

  constructor(council: CouncilEntry, registry: SupplierRegistry, onProgress: (rows: number) => void) {
    this.slug = council.slug;
    this.dir = council.dir;
    this.config = council.config;
    this.registry = registry;
    this.onProgress = onProgress;
    this.replacedBy = replacementsOf(council.config);
  }

  pathOf(file: string): string {
    return join(this.dir, file);
  }

  progress(rows: number): void {
    this.onProgress(rows);
  }
}
