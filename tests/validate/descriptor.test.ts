import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/lib/validate/descriptor.ts';
import { expectProblems, fixtureFiles, validate, type Files } from './helpers.ts';

/** The fixture with the real descriptor changed as JSON. */
function withDescriptor(
  change: (d: {
    resources: { name: string; schema: { fields: Record<string, unknown>[] } }[];
  }) => void,
) {
  const files: Files = fixtureFiles();
  const json = JSON.parse(String(files['datapackage.json']));
  change(json);
  files['datapackage.json'] = JSON.stringify(json, null, 2);
  return validate(files);
}
const fieldOf = (
  d: Parameters<Parameters<typeof withDescriptor>[0]>[0],
  resource: string,
  name: string,
) => {
  const field = d.resources
    .find((r) => r.name === resource)
    ?.schema.fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${resource}.${name}`);
  return field;
};

describe('the descriptor', () => {
  it('reports JSON syntax errors at their line and column', () => {
    const { problems } = parseDescriptor('data/datapackage.json', '{\n  "resources": [],\n}\n');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual(['3:1 (json)']);
    expect(problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('refuses a field type it cannot check instead of skipping it', () => {
    const result = withDescriptor((d) => {
      fieldOf(d, 'sources', 'published').type = 'datetime';
    });
    expectProblems(
      result,
      ['data/datapackage.json:1:1 resources[0].schema.fields[5].type'],
      /type "datetime" of published is not supported/,
    );
  });

  it('refuses a constraint it cannot check', () => {
    const result = withDescriptor((d) => {
      fieldOf(d, 'claims', 'value').constraints = { required: true, multipleOf: 5 };
    });
    expectProblems(result, [
      'data/datapackage.json:1:1 resources[1].schema.fields[4].constraints.multipleOf',
    ]);
  });

  it("rejects a vocabulary that differs from the code's (src/lib/data/types.ts)", () => {
    const result = withDescriptor((d) => {
      const c = fieldOf(d, 'claims', 'unit').constraints as { enum: string[] };
      c.enum = c.enum.filter((u) => u !== 'aircraft');
    });
    expectProblems(
      result,
      ['data/datapackage.json:1:1 claims.unit'],
      /differs from the code's vocabulary/,
    );
  });

  it('reports a missing descriptor or data file', () => {
    const files = fixtureFiles();
    delete files['events.csv'];
    expectProblems(validate(files), ['data/events.csv:1:1 (file)'], /file not found/);
    delete files['datapackage.json'];
    expectProblems(validate(files), ['data/datapackage.json:1:1 (file)'], /file not found/);
  });

  it('reports an empty data file', () => {
    const files = fixtureFiles();
    files['events.csv'] = '';
    expectProblems(validate(files), ['data/events.csv:1:1 (header)'], /file is empty/);
  });
});
