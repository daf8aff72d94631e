import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strToU8, unzipSync } from 'fflate';
import {
  buildDataZip,
  bundleReadme,
  type BundleReadmeOptions,
  type BundleTable,
} from '../../src/lib/download/dataBundle.ts';
import { toCsv } from '../../src/lib/download/toCsv.ts';
import descriptor from '../../data/datapackage.json' with { type: 'json' };

const dataDir = new URL('../../data/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dataDir), 'utf8');

const files = [
  { name: 'claims.csv', text: read('claims.csv') },
  { name: 'sources.csv', text: read('sources.csv') },
  { name: 'events.csv', text: read('events.csv') },
  { name: 'datapackage.json', text: read('datapackage.json') },
  {
    name: 'tables/hostile.csv',
    text: toCsv([{ who: 'Ստեփանակերտ 😀', note: '=HYPERLINK("x")' }], ['who', 'note']),
  },
  { name: 'README.md', text: '# Ledger\n\nAzərbaycan, Ղարաբաղ, ישראל\r\n' },
];

// The real tables' column descriptions, from the Data Package descriptor.
const tables: BundleTable[] = descriptor.resources.map((resource) => ({
  name: resource.path,
  description: resource.description,
  columns: resource.schema.fields.map((field) => ({
    name: field.name,
    description: field.description,
  })),
}));

const readmeOptions: BundleReadmeOptions = {
  title: descriptor.title,
  version: descriptor.version,
  generated: '2024-05-01',
  filters: {},
  tables,
  citation: 'Karabakh arms ledger (2024), version 0.1.0. CC BY 4.0.',
};

describe('buildDataZip', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
    vi.useRealTimers();
  });

  it('holds every file, byte-identical, in the order given', () => {
    const unzipped = unzipSync(buildDataZip(files));
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
    for (const file of files) {
      expect(unzipped[file.name]).toEqual(strToU8(file.text));
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(unzipped[file.name])).toBe(
        file.text,
      );
    }
  });

  it('gives the same bytes for the same input, whatever the clock or the time zone', () => {
    const first = buildDataZip(files);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-15T13:37:00Z'));
    process.env.TZ = 'Pacific/Kiritimati';
    const second = buildDataZip(files);
    process.env.TZ = 'America/St_Johns';
    const third = buildDataZip(files);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    // The first local header's DOS time and date (offsets 10–13): 00:00:00 on 1980-01-01.
    expect([...first.slice(10, 14)]).toEqual([0, 0, 0x21, 0]);
  });

  it('makes a valid empty zip from no files', () => {
    expect(unzipSync(buildDataZip([]))).toEqual({});
  });

  it.each([
    '',
    '../claims.csv',
    '/claims.csv',
    'tables/../claims.csv',
    'tables\\claims.csv',
    '.hidden.csv',
    '__proto__',
    '2023',
    'claims',
    'claims .csv',
  ])('refuses the unsafe name %j', (name) => {
    expect(() => buildDataZip([{ name, text: 'x' }])).toThrow(RangeError);
  });

  it('refuses names that differ only in case', () => {
    expect(() =>
      buildDataZip([
        { name: 'README.md', text: 'a' },
        { name: 'readme.md', text: 'b' },
      ]),
    ).toThrow(RangeError);
  });
});

describe('bundleReadme', () => {
  it('lists every table and every column with its meaning', () => {
    const readme = bundleReadme(readmeOptions);
    for (const table of tables) {
      expect(readme).toContain(`## \`${table.name}\``);
      for (const column of table.columns) {
        expect(readme).toContain(`| \`${column.name}\` |`);
      }
    }
    // A description with an underscore or a quote survives, escaped for Markdown.
    expect(readme).toContain("Outlet that published the article, or 'unidentified' when");
    expect(readme).toContain('Version 0.1.0, generated 2024-05-01.');
  });

  it('says "none" when no filter is applied, empty values included', () => {
    expect(bundleReadme(readmeOptions)).toMatch(/## Filters applied\n\nnone\b/);
    expect(bundleReadme({ ...readmeOptions, filters: { Topic: [], Publisher: ' ' } })).toMatch(
      /## Filters applied\n\nnone\b/,
    );
  });

  it('lists the filters that were applied, with every value', () => {
    const readme = bundleReadme({
      ...readmeOptions,
      filters: {
        Topic: ['Arms sales', 'Casualties'],
        'Claimant side': ['Armenia'],
        'Published from': '2020-09-27',
        'Only disputed': [],
      },
    });
    expect(readme).toContain('- **Topic**: Arms sales, Casualties');
    expect(readme).toContain('- **Claimant side**: Armenia');
    expect(readme).toContain('- **Published from**: 2020-09-27');
    expect(readme).not.toContain('Only disputed');
    expect(readme).not.toMatch(/Filters applied\n\nnone/);
  });

  it('writes the citation verbatim in a fenced block', () => {
    const citation = 'Ledger (2024). https://example.org/ledger_v1 — `v0.1.0`\nCC BY 4.0';
    const readme = bundleReadme({ ...readmeOptions, citation });
    expect(readme).toContain(`## How to cite\n\n\`\`\`text\n${citation}\n\`\`\``);
  });

  it('keeps hostile text from breaking the Markdown', () => {
    const readme = bundleReadme({
      ...readmeOptions,
      title: '# Title | with <b>html</b>',
      filters: { 'Side | pipe': ['*bold*\nnext line'] },
      tables: [
        {
          name: 'odd|name.csv',
          description: 'a | b',
          columns: [{ name: 'col`tick', description: 'line one\r\nline two [link](javascript:x)' }],
        },
      ],
    });
    expect(readme.startsWith('# \\# Title \\| with \\<b\\>html\\</b\\>\n')).toBe(true);
    expect(readme).toContain('- **Side \\| pipe**: \\*bold\\* next line');
    expect(readme).toContain('| ``col`tick`` | line one line two \\[link\\](javascript:x) |');
    expect(readme).toContain('| `odd\\|name.csv` | a \\| b |');
  });

  it('refuses an empty citation', () => {
    expect(() => bundleReadme({ ...readmeOptions, citation: ' \n' })).toThrow(TypeError);
  });

  it('keeps a description from opening a list', () => {
    const readme = bundleReadme({
      ...readmeOptions,
      tables: [{ name: 'x.csv', description: '- 1. not a list', columns: [] }],
    });
    expect(readme).toContain('\n\\- 1. not a list\n');
    const numbered = bundleReadme({
      ...readmeOptions,
      tables: [{ name: 'x.csv', description: '2023) not a list either', columns: [] }],
    });
    expect(numbered).toContain('\n2023\\) not a list either\n');
  });

  it('refuses a generated date that is not ISO 8601', () => {
    for (const generated of [
      'yesterday',
      '01/05/2024',
      '2024-13-45',
      '2024-02-30',
      '2024-05-01T25:00',
      '',
    ]) {
      expect(() => bundleReadme({ ...readmeOptions, generated })).toThrow(RangeError);
    }
    expect(() =>
      bundleReadme({ ...readmeOptions, generated: '2024-05-01T10:00:00Z' }),
    ).not.toThrow();
  });
});
