/**
 * Explicit column parsing from the Data Package descriptor: every column is read by the type
 * the contract gives it, never guessed from its contents ("1,900" stays an error, "0123" a string).
 */
import descriptor from '../../../data/datapackage.json' with { type: 'json' };

export type ResourceName = 'sources' | 'claims' | 'events';

interface FieldDescriptor {
  name: string;
  type: string;
}

function fieldsOf(resource: ResourceName): FieldDescriptor[] {
  const found = descriptor.resources.find((r) => r.name === resource);
  if (!found) throw new Error(`datapackage.json has no resource named ${resource}`);
  return found.schema.fields;
}

/** Column names of a resource, in the descriptor's order. */
export function columnNames(resource: ResourceName): string[] {
  return fieldsOf(resource).map((f) => f.name);
}

const emptyToNull = (s: string): string | null => (s === '' ? null : s);
const toNumber = (s: string): number | null => (s === '' ? null : Number(s));

/** One parse function per column; empty cells become null (the descriptor's missing value). */
export function columnParsers(resource: ResourceName): Record<string, (value: string) => unknown> {
  const parsers: Record<string, (value: string) => unknown> = {};
  for (const field of fieldsOf(resource)) {
    parsers[field.name] =
      field.type === 'integer' || field.type === 'number' ? toNumber : emptyToNull;
  }
  return parsers;
}
