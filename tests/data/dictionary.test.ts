import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import descriptor from '../../data/datapackage.json' with { type: 'json' };
import { ORIGIN_NAME } from '../../src/lib/format/labels.ts';

const readme = readFileSync('data/README.md', 'utf8');

describe('data/README.md documents the whole contract', () => {
  for (const resource of descriptor.resources) {
    it(`every column of ${resource.path}`, () => {
      for (const field of resource.schema.fields) {
        expect(readme, `${resource.path}: ${field.name}`).toContain(`\`${field.name}\``);
      }
    });
  }

  it.each(['claims', 'sources'])('the column table of %s.csv, in the order of the file', (name) => {
    const resource = descriptor.resources.find((r) => r.name === name);
    const heading = readme.indexOf(`## \`${name}.csv\``);
    expect(heading).toBeGreaterThan(-1);
    const rows = readme
      .slice(heading)
      .split('\n\n')
      .find((b) => b.startsWith('| column'));
    // A row may document two columns at once (`low`, `high`).
    const documented = (rows ?? '')
      .split('\n')
      .slice(2)
      .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
    expect(documented).toEqual(resource?.schema.fields.map((f) => f.name));
  });

  it.each(['claims', 'sources'])('every vocabulary value of %s.csv', (name) => {
    const resource = descriptor.resources.find((r) => r.name === name);
    for (const field of resource?.schema.fields ?? []) {
      const values = (field as { constraints?: { enum?: string[] } }).constraints?.enum ?? [];
      for (const value of values) {
        expect(readme, `${field.name}: ${value}`).toContain(`\`${value}\``);
      }
    }
  });

  it('the forms of an origin, with the names the engine labels', () => {
    for (const form of [
      '`own`',
      '`name-YYYY-MM-DD`',
      '`name`',
      '`reuters-2020-10-05`',
      '`sipri`',
    ]) {
      expect(readme).toContain(form);
    }
    for (const name of Object.keys(ORIGIN_NAME)) expect(readme).toContain(`\`${name}\``);
  });
});
