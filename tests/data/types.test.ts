import { describe, expect, it } from 'vitest';
import descriptor from '../../data/datapackage.json' with { type: 'json' };
import {
  COUNTED,
  HEDGES,
  MEASURES,
  QUALIFIERS,
  SIDES,
  TOPIC_OF_MEASURE,
  UNITS,
} from '../../src/lib/data/types.ts';

function enumOf(resource: string, field: string): readonly string[] | undefined {
  const r = descriptor.resources.find((x) => x.name === resource);
  const f = r?.schema.fields.find((x) => x.name === field) as
    { constraints?: { enum?: string[] } } | undefined;
  return f?.constraints?.enum;
}

describe('the TypeScript vocabularies match the descriptor', () => {
  it.each([
    ['unit', UNITS],
    ['qualifier', QUALIFIERS],
    ['measure', MEASURES],
    ['counted', COUNTED],
    ['claimant_side', SIDES],
    ['hedge', HEDGES],
  ])('%s', (field, values) => {
    expect(enumOf('claims', field)).toEqual([...values]);
  });

  it('every measure has a topic', () => {
    expect(Object.keys(TOPIC_OF_MEASURE).sort()).toEqual([...MEASURES].sort());
  });
});
