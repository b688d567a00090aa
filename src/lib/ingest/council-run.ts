// The state one council's ingest shares across its files: overlap keys and where rows go.
import { join } from "node:path";
import type { CouncilEntry } from "../config/load.ts";
import type { CouncilConfig } from "../config/schema.ts";
import type { PaymentStore } from "./payment-store.ts";
import { RecordIndex } from "./record-key.ts";
import type { SupplierRegistry } from "./supplier-registry.ts";

export class CouncilRun {
  readonly slug: string;
  readonly dir: string;
  readonly config: CouncilConfig;
  readonly registry: SupplierRegistry;
  readonly store: PaymentStore;
  /** Record hash -> row number in the store of its first occurrence in this council's files. */
  readonly overlap = new RecordIndex();
  /** Replaced file -> the file that replaces it. */
  readonly replacedBy = new Map<string, string>();
  private readonly onProgress: (rows: number) => void;

  constructor(
    council: CouncilEntry,
    registry: SupplierRegistry,
    store: PaymentStore,
    onProgress: (rows: number) => void,
  ) {
    this.slug = council.slug;
    this.dir = council.dir;
    this.config = council.config;
    this.registry = registry;
    this.store = store;
    this.onProgress = onProgress;
    for (const [file, options] of Object.entries(council.config.files ?? {})) {
      if (options.replaces) this.replacedBy.set(options.replaces, file);
    }
  }

  pathOf(file: string): string {
    return join(this.dir, file);
  }

  progress(rows: number): void {
    this.onProgress(rows);
  }
}
