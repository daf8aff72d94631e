import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { readModel } from '../../src/lib/view/readModel.ts';
import { dataBundleFiles } from '../../src/lib/view/dataBundleFiles.ts';
import { buildDataZip } from '../../src/lib/download/dataBundle.ts';
import { NO_FILTERS } from '../../src/lib/state/filterQuery.ts';
import { CSV_DIALECT } from '../../src/lib/download/toCsv.ts';
import { ALL_HOSTILE } from '../fixtures/hostile-ledger/hostileTexts.ts';
import { SIPRI_SERIES_FIELDS } from '../../src/lib/view/sipriSeriesFields.ts';
import { SIPRI_SERIES_COLUMNS } from '../../src/lib/view/sipriTable.ts';
import ledgerDescriptor from '../../data/datapackage.json' with { type: 'json' };

// tests/fixtures/hostile: a made-up ledger whose text cells look like spreadsheet formulas.
const model = readModel('tests/fixtures/hostile');
const shown = model.claims;
const files = unzipSync(
  buildDataZip(dataBundleFiles(model, shown, NO_FILTERS, '2026-01-01', ledgerDescriptor)),
);
const table = (name: string) =>
  parse(strFromU8(files[name] as Uint8Array), { bom: true, columns: true }) as Record<
    string,
    string
  >[];

describe('the data zip on hostile cells', () => {
  it('neutralises every formula-like text cell and leaves numbers alone', () => {
    const claims = table('claims-with-sources.csv');
    const a = claims.find((r) => r.claim_id === 'hostile-a');
    const b = claims.find((r) => r.claim_id === 'hostile-b');
    expect(a?.claimant).toBe("'=cmd|' /C calc'!A0");
    expect(a?.note).toBe("'@evil, with a comma");
    expect(a?.publisher).toBe('\'=HYPERLINK("http://example.invalid")');
    expect(a?.byline).toBe("'@SUM(A1:A9)");
    expect(b?.claimant).toBe("'+Azerbaijani government");
    expect(b?.note).toBe("'-1 is text here");
    expect(b?.figure_text).toBe('1,900');
    expect(b?.value).toBe('1900');
    const events = table('events.csv');
    expect(events[0]?.title).toBe("'=1+2 made-up event");
  });

  it('says in its README that no filter was applied', () => {
    expect(strFromU8(files['README.md'] as Uint8Array)).toMatch(/none/i);
  });

  it('the engine still compares the two made-up claims', () => {
    const verdicts = table('verdicts.csv');
    expect(verdicts.map((v) => v.verdict)).toContain('contradict');
  });
});

describe("the zip's descriptor", () => {
  const ledger = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
    resources: {
      name: string;
      schema: {
        fields: { name: string; constraints?: Record<string, unknown> }[];
        primaryKey: string[];
        foreignKeys?: unknown[];
      };
    }[];
  };
  const real = readModel('data');
  const zip = unzipSync(
    buildDataZip(dataBundleFiles(real, real.claims, NO_FILTERS, '2026-01-01', ledgerDescriptor)),
  );
  const bundle = JSON.parse(strFromU8(zip['datapackage.json'] as Uint8Array));
  const resource = (name: string) =>
    bundle.resources.find((r: { name: string }) => r.name === name);
  const ledgerSchema = (name: string) => ledger.resources.find((r) => r.name === name)?.schema;

  it('declares a standard encoding and the dialect, and the files have no byte-order mark', () => {
    for (const r of bundle.resources) {
      expect(r.encoding).toBe('utf-8');
      expect(r.dialect).toEqual(CSV_DIALECT);
      expect(strFromU8(zip[r.path] as Uint8Array).startsWith('\uFEFF')).toBe(false);
    }
  });

  it('carries the keys and constraints of data/datapackage.json to the ledger tables', () => {
    for (const name of ['sources', 'events']) {
      expect(resource(name).schema.fields).toEqual(ledgerSchema(name)?.fields);
      expect(resource(name).schema.primaryKey).toEqual(ledgerSchema(name)?.primaryKey);
      expect(resource(name).schema.foreignKeys).toEqual(ledgerSchema(name)?.foreignKeys);
    }
    const joined = resource('claims-with-sources').schema;
    expect(joined.primaryKey).toEqual(['claim_id']);
    // The key from the claims to themselves (`revises`) stays behind: a download may leave out
    // the earlier claim a figure revises.
    const keys = (ledgerSchema('claims')?.foreignKeys ?? []) as {
      reference: { resource: string };
    }[];
    expect(keys.some((k) => k.reference.resource === '')).toBe(true);
    expect(joined.foreignKeys).toEqual(
      expect.arrayContaining(keys.filter((k) => k.reference.resource !== '')),
    );
    expect(joined.foreignKeys).not.toContainEqual(
      expect.objectContaining({ reference: expect.objectContaining({ resource: '' }) }),
    );
    const byName = new Map(joined.fields.map((f: { name: string }) => [f.name, f]));
    for (const field of ledgerSchema('claims')?.fields ?? []) {
      if (byName.has(field.name)) expect(byName.get(field.name)).toEqual(field);
    }
    // An article repeats on each of its claims: its own unique columns are not unique here.
    const archive = ledgerSchema('sources')?.fields.find((f) => f.name === 'archive_file');
    expect(archive?.constraints?.unique).toBe(true);
    expect(byName.get('archive_file')).toMatchObject({
      constraints: { required: true, pattern: archive?.constraints?.pattern },
    });
    expect((byName.get('archive_file') as { constraints: object }).constraints).not.toHaveProperty(
      'unique',
    );
  });

  it('keys the engine tables and ties them to their groups', () => {
    expect(resource('groups').schema.primaryKey).toEqual(['group_id']);
    expect(resource('members').schema.primaryKey).toEqual(['group_id', 'claim_id']);
    expect(resource('checks').schema.primaryKey).toEqual(['check_id']);
    for (const name of ['verdicts', 'members']) {
      expect(resource(name).schema.foreignKeys).toEqual([
        { fields: ['group_id'], reference: { resource: 'groups', fields: ['group_id'] } },
      ]);
    }
  });
});

describe('the data zip of the hostile ledger', () => {
  const hostile = readModel('tests/fixtures/hostile-ledger');
  const zip = unzipSync(
    buildDataZip(
      dataBundleFiles(hostile, hostile.claims, NO_FILTERS, '2026-01-01', ledgerDescriptor),
    ),
  );
  const rows = (name: string) =>
    parse(strFromU8(zip[name] as Uint8Array), { columns: true }) as Record<string, string>[];
  /** The documented way back from a cell to the text: drop the apostrophe before a formula prefix. */
  const original = (cell: string | undefined) => (cell ?? '').replace(/^'(?=[=+\-@\t\r\n])/, '');

  it('keeps every hostile string as text, formula cells neutralised', () => {
    const claims = rows('claims-with-sources.csv');
    hostile.claims.forEach((claim, i) => {
      for (const column of ['figure_text', 'claimant', 'note', 'publisher', 'byline'] as const) {
        expect(original(claims[i]?.[column])).toBe(claim[column] ?? '');
      }
    });
    const events = rows('events.csv');
    hostile.events.forEach((event, i) => expect(original(events[i]?.title)).toBe(event.title));
    const cells = Object.values(zip)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    for (const text of ALL_HOSTILE) expect(cells).toContain(text.replaceAll('"', '""'));
    // No cell a spreadsheet would run: every formula-like cell starts with the apostrophe.
    for (const name of Object.keys(zip).filter((n) => n.endsWith('.csv'))) {
      for (const row of rows(name)) {
        for (const cell of Object.values(row)) {
          if (/^[=+@\t\r\n]/.test(cell)) throw new Error(`live formula in ${name}: ${cell}`);
        }
      }
    }
  });
});

describe("the data zip's SIPRI series", () => {
  const real = readModel('data');
  const sipri = real.sipri;
  if (!sipri) throw new Error('data/ has no SIPRI reference');
  const zipOf = (shown: typeof real.claims) =>
    unzipSync(
      buildDataZip(dataBundleFiles(real, shown, NO_FILTERS, '2026-01-01', ledgerDescriptor)),
    );
  const rowsOf = (zip: Record<string, Uint8Array>) =>
    parse(strFromU8(zip['sipri-series.csv'] as Uint8Array), { columns: true }) as Record<
      string,
      string
    >[];

  it('describes every column it writes, in order', () => {
    expect(SIPRI_SERIES_FIELDS.map((f) => f.name)).toEqual([...SIPRI_SERIES_COLUMNS]);
  });

  it("holds both charts' series and every printed figure shown, with SIPRI's source line", () => {
    const zip = zipOf(real.claims);
    const rows = rowsOf(zip);
    const database = rows.filter((r) => r.kind === 'database');
    expect(database).toHaveLength(sipri.deliveries.length + sipri.shares.length);
    expect(new Set(database.map((r) => r.source))).toEqual(new Set([sipri.source]));
    expect(rows.filter((r) => r.kind === 'printed').map((r) => r.claim_id)).toEqual(
      [...sipri.values, ...sipri.printedShares].map((v) => v.claim_id),
    );
    const descriptor = JSON.parse(strFromU8(zip['datapackage.json'] as Uint8Array));
    const resource = descriptor.resources.find((r: { name: string }) => r.name === 'sipri-series');
    expect(resource.sources).toEqual([
      {
        title: 'SIPRI Arms Transfers Database',
        path: 'https://www.sipri.org/databases/armstransfers',
      },
    ]);
    expect(resource.description).toContain(sipri.source);
    expect(resource.schema).not.toHaveProperty('primaryKey');
    const readme = strFromU8(zip['README.md'] as Uint8Array);
    expect(readme).toContain('`sipri-series.csv`');
    expect(readme).toContain(
      'Source: SIPRI Arms Transfers Database. Data generated: 3 January 2025',
    );
  });

  it('keeps the series but only the printed figures shown when filtered', () => {
    const rows = rowsOf(zipOf(real.claims.filter((c) => c.topic === 'casualties')));
    expect(rows.length).toBe(sipri.deliveries.length + sipri.shares.length);
    expect(rows.every((r) => r.kind === 'database')).toBe(true);
  });
});
