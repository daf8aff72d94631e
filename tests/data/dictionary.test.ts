import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import descriptor from '../../data/datapackage.json' with { type: 'json' };

const readme = readFileSync('data/README.md', 'utf8');

describe('data/README.md documents the whole contract', () => {
  for (const resource of descriptor.resources) {
    it(`every column of ${resource.path}`, () => {
      for (const field of resource.schema.fields) {
        expect(readme, `${resource.path}: ${field.name}`).toContain(`\`${field.name}\``);
      }
    });
  }

  it('every vocabulary value of claims.csv', () => {
    const claims = descriptor.resources.find((r) => r.name === 'claims');
    for (const field of claims?.schema.fields ?? []) {
      const values = (field as { constraints?: { enum?: string[] } }).constraints?.enum ?? [];
      for (const value of values) {
        expect(readme, `${field.name}: ${value}`).toContain(`\`${value}\``);
      }
    }
  });
});
