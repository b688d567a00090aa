// The parts of the Frictionless `datapackage` library (no types of its own) that src/lib/check uses.
declare module "datapackage" {
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly tabular: boolean;
    iter(options?: {
      keyed?: boolean;
      forceCast?: boolean;
      relations?: boolean;
    }): Promise<AsyncIterable<Record<string, unknown> | unknown[] | Error>>;
    checkRelations(): Promise<true>;
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}
