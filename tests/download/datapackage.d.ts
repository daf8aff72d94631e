/** The part of the `datapackage` library (Frictionless, JavaScript) the descriptor tests use; it ships no types. */
declare module 'datapackage' {
  export interface Resource {
    name: string;
    descriptor: Record<string, unknown>;
    read(options?: {
      keyed?: boolean;
      cast?: boolean;
      relations?: boolean;
    }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string, options?: { strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
