/**
 * The data zip's own Data Package descriptor: one resource per CSV in the zip, with the types,
 * constraints, primary keys and foreign keys of `data/datapackage.json` carried over to the
 * ledger's columns, keys for the engine's tables, and the dialect and encoding `toCsv` writes,
 * so that a Frictionless reader loads and casts every table without guessing.
 *
 * The ledger's descriptor is a parameter: the browser fetches the published
 * `data/datapackage.json` when a reader asks for the zip, rather than carrying its 20 kB in a script.
 */
import type ledgerDescriptor from '../../../data/datapackage.json';
import { VERDICTS } from '../analysis/verdicts.ts';
import { TOPICS } from '../data/types.ts';
import { CSV_DIALECT } from '../download/toCsv.ts';
import { LENSES } from './viewClaim.ts';

export interface FieldSchema {
  name: string;
  type: string;
  description: string;
  format?: string;
  constraints?: Record<string, unknown>;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface BundleResource {
  /** File name in the zip, e.g. `claims-with-sources.csv`. */
  path: string;
  description: string;
  fields: FieldSchema[];
  /** Empty for a table without a key (written without `primaryKey`, which needs one field). */
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Where the table's figures come from, when not from the ledger (Data Package `sources`). */
  sources?: { title: string; path?: string }[];
}

type LedgerResource = 'sources' | 'claims' | 'events';

/** The ledger's Data Package descriptor, `data/datapackage.json`. */
export type LedgerDescriptor = typeof ledgerDescriptor;

/** The ledger's own field definitions (type, format, constraints, description), by table. */
export function ledgerFields(descriptor: LedgerDescriptor, name: LedgerResource): FieldSchema[] {
  const resource = descriptor.resources.find((r) => r.name === name);
  return (resource?.schema.fields ?? []) as FieldSchema[];
}

/** The ledger's primary key and foreign keys of a table, as its descriptor declares them. */
export function ledgerKeys(
  descriptor: LedgerDescriptor,
  name: LedgerResource,
): Pick<BundleResource, 'primaryKey' | 'foreignKeys'> {
  const schema = descriptor.resources.find((r) => r.name === name)?.schema as
    { primaryKey?: string[]; foreignKeys?: ForeignKey[] } | undefined;
  return { primaryKey: schema?.primaryKey ?? [], foreignKeys: schema?.foreignKeys ?? [] };
}

/** What the engine adds to a claim: type and constraints (descriptions live in exportColumns). */
const DERIVED_CLAIM_FIELDS: Record<string, Omit<FieldSchema, 'name' | 'description'>> = {
  lo: { type: 'number' },
  hi: { type: 'number' },
  topic: { type: 'string', constraints: { required: true, enum: [...TOPICS] } },
  lens: { type: 'string', constraints: { required: true, enum: [...LENSES] } },
  group_id: { type: 'string' },
  verdict: { type: 'string', constraints: { enum: [...VERDICTS] } },
};

/**
 * The fields of the claims joined to their sources: a claim column as the ledger declares it, a
 * source column without `unique` (an article repeats on each of its claims), an engine column
 * as `DERIVED_CLAIM_FIELDS` says.
 */
export function claimWithSourceFields(
  descriptor: LedgerDescriptor,
  columns: readonly string[],
  descriptions: Record<string, string>,
): FieldSchema[] {
  const claims = new Map(ledgerFields(descriptor, 'claims').map((f) => [f.name, f]));
  const sources = new Map(ledgerFields(descriptor, 'sources').map((f) => [f.name, f]));
  return columns.map((name) => {
    const claim = claims.get(name);
    if (claim) return claim;
    const source = sources.get(name);
    if (source) {
      const constraints = { ...source.constraints };
      delete constraints.unique;
      return { ...source, constraints };
    }
    const derived = DERIVED_CLAIM_FIELDS[name] ?? { type: 'string' };
    return { name, description: descriptions[name] ?? '(see data/README.md)', ...derived };
  });
}

const toGroups = (field: string): ForeignKey => ({
  fields: [field],
  reference: { resource: 'groups', fields: ['group_id'] },
});

/** Keys of the engine's tables: a group per row, a member per claim and group. */
export const ENGINE_KEYS: Record<string, Pick<BundleResource, 'primaryKey' | 'foreignKeys'>> = {
  groups: { primaryKey: ['group_id'], foreignKeys: [] },
  verdicts: { primaryKey: ['group_id'], foreignKeys: [toGroups('group_id')] },
  members: { primaryKey: ['group_id', 'claim_id'], foreignKeys: [toGroups('group_id')] },
  checks: { primaryKey: ['check_id'], foreignKeys: [] },
};

/** Vocabulary of the engine's columns, checked as enums. */
const ENGINE_ENUMS: Record<string, readonly string[]> = { verdict: VERDICTS, lens: LENSES };

/** An engine column's schema: its type read off the values, an enum where the vocabulary is known. */
export function engineField(
  name: string,
  description: string,
  type: string,
  primaryKey: readonly string[],
): FieldSchema {
  const constraints: Record<string, unknown> = {};
  if (primaryKey.includes(name)) constraints.required = true;
  const vocabulary = ENGINE_ENUMS[name];
  if (vocabulary) constraints.enum = [...vocabulary];
  return { name, type, description, constraints };
}

/** The descriptor of the zip, as JSON text. */
export function bundleDescriptorJson(
  descriptor: LedgerDescriptor,
  resources: readonly BundleResource[],
): string {
  const bundle = {
    profile: 'tabular-data-package',
    name: descriptor.name,
    title: descriptor.title,
    description: descriptor.description,
    version: descriptor.version,
    licenses: descriptor.licenses,
    resources: resources.map((r) => ({
      name: r.path.replace(/\.csv$/, ''),
      path: r.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      // Plain UTF-8, no byte-order mark: `utf-8-sig` is a Python codec, not an encoding name.
      encoding: 'utf-8',
      dialect: CSV_DIALECT,
      description: r.description,
      ...(r.sources ? { sources: r.sources } : {}),
      schema: {
        fields: r.fields,
        ...(r.primaryKey.length > 0 ? { primaryKey: r.primaryKey } : {}),
        ...(r.foreignKeys.length > 0 ? { foreignKeys: r.foreignKeys } : {}),
        missingValues: [''],
      },
    })),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
