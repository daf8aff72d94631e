/**
 * Both Data Package descriptors the site serves, read by a real Frictionless reader (the npm
 * package `datapackage`): the one beside the site (`dist/data/datapackage.json`, built here by
 * the same code as the build) and the data zip's. Every row of every table must load and cast,
 * with primary keys, foreign keys and constraints checked, on the real and the hostile ledger.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import { publishedDataFiles } from '../../src/lib/download/publishedData.ts';
import { NO_FILTERS } from '../../src/lib/state/filterQuery.ts';
import { readModel } from '../../src/lib/view/readModel.ts';
import { dataBundleFiles } from '../../src/lib/view/dataBundleFiles.ts';
import ledgerDescriptor from '../../data/datapackage.json' with { type: 'json' };

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Write files into a fresh folder, as a reader would find them after download or unzip. */
function folderWith(files: { path: string; text: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  folders.push(dir);
  for (const { path, text } of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Load the descriptor and read every table, cast, with foreign keys resolved; rows per table. */
async function readAll(dir: string): Promise<Record<string, Record<string, unknown>[]>> {
  const pkg = await Package.load(join(dir, 'datapackage.json'));
  expect(pkg.errors.map(String)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const resource of pkg.resources) {
    tables[resource.name] = await resource.read({ keyed: true, cast: true, relations: true });
  }
  return tables;
}

/** Records in a CSV file, counted by a strict parser (the reader must not skip or merge any). */
const recordCount = (dir: string, path: string) =>
  (parse(readFileSync(join(dir, path), 'utf8'), { bom: true }) as unknown[]).length - 1;

describe.each(['data', 'tests/fixtures/hostile-ledger'])('the descriptors of %s', (ledgerDir) => {
  const model = readModel(ledgerDir);

  it('the published descriptor loads and casts every row of every table', async () => {
    const dir = folderWith(
      publishedDataFiles(ledgerDir, model.claims).map((f) => ({ path: f.path, text: f.contents })),
    );
    const tables = await readAll(dir);
    expect(Object.keys(tables).sort()).toEqual(['claims', 'events', 'sipri-transfers', 'sources']);
    const pathOf = (name: string) =>
      name === 'sipri-transfers' ? `reference/${name}.csv` : `${name}.csv`;
    for (const [name, rows] of Object.entries(tables)) {
      expect(rows.length).toBe(recordCount(dir, pathOf(name)));
    }
    expect(tables.claims?.length).toBe(model.claims.length);
    // Cast, not text: numbers are numbers and dates are dates.
    expect(typeof tables.claims?.[0]?.value).toBe('number');
    expect(tables.sources?.[0]?.published).toBeInstanceOf(Date);
  }, 60_000);

  it.each([
    ['every claim', NO_FILTERS, () => true],
    [
      'the casualty claims',
      { ...NO_FILTERS, topic: ['casualties'] },
      (t: string) => t === 'casualties',
    ],
  ])(
    'the zip of %s loads and casts every row of every table',
    async (_, filters, keep) => {
      const shown = model.claims.filter((c) => keep(c.topic));
      const files = dataBundleFiles(model, shown, filters, '2026-01-01', ledgerDescriptor);
      const dir = folderWith(files.map((f) => ({ path: f.name, text: f.text })));
      const tables = await readAll(dir);
      const csvs = files.filter((f) => f.name.endsWith('.csv'));
      expect(Object.keys(tables)).toHaveLength(csvs.length);
      for (const { name } of csvs) {
        expect(tables[name.replace(/\.csv$/, '')]?.length).toBe(recordCount(dir, name));
      }
      // Free text arrives as written, once the documented apostrophe is taken off.
      const original = (cell: unknown) => String(cell ?? '').replace(/^'(?=[=+\-@\t\r\n])/, '');
      tables['claims-with-sources']?.forEach((row, i) => {
        for (const column of [
          'figure_text',
          'claimant',
          'note',
          'publisher',
          'headline',
        ] as const) {
          expect(original(row[column])).toBe(shown[i]?.[column] ?? '');
        }
      });
      expect(tables['claims-with-sources']?.map((r) => r.claim_id)).toEqual(
        shown.map((c) => c.claim_id),
      );
      // SIPRI's series, cast: years are integers, the inferred flag a boolean; a printed
      // figure's claim and article resolve in the zip's own tables.
      const sipri = tables['sipri-series'] ?? [];
      expect(sipri.length).toBeGreaterThan(0);
      expect(sipri.every((r) => Number.isInteger(r.from) && Number.isInteger(r.to))).toBe(true);
      const printed = sipri.filter((r) => r.kind === 'printed');
      expect(printed.every((r) => typeof r.window_inferred === 'boolean')).toBe(true);
      expect(printed.length).toBe(
        shown.filter((c) =>
          [...(model.sipri?.values ?? []), ...(model.sipri?.printedShares ?? [])].some(
            (v) => v.claim_id === c.claim_id,
          ),
        ).length,
      );
    },
    60_000,
  );
});

describe('the reader checks what the descriptors declare', () => {
  const model = readModel('data');
  const files = publishedDataFiles('data', model.claims).map((f) => ({
    path: f.path,
    text: f.contents,
  }));
  const withClaims = (edit: (text: string) => string) =>
    folderWith(files.map((f) => (f.path === 'claims.csv' ? { ...f, text: edit(f.text) } : f)));
  const readClaims = async (dir: string) => {
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    const claims = pkg.resources.find((r) => r.name === 'claims');
    return claims?.read({ keyed: true, relations: true });
  };

  // Without these the tests above would pass on a descriptor that had lost its keys.
  it('a repeated primary key fails', async () => {
    const dir = withClaims((text) => {
      const [header, first, ...rest] = text.split('\r\n');
      return [header, first, first, ...rest].join('\r\n');
    });
    await expect(readClaims(dir)).rejects.toThrow(
      /unique constraint violation in column "claim_id"/,
    );
  });

  it('a claim whose article is missing fails the foreign key', async () => {
    const id = model.claims[0]?.source_id ?? '';
    const dir = withClaims((text) => text.replaceAll(`,${id},`, ',no-such-article,'));
    await expect(readClaims(dir)).rejects.toThrow(/Foreign key "source_id" violation/);
  });

  it('a value outside its enum fails', async () => {
    const dir = withClaims((text) => text.replace(',people,', ',persons,'));
    await expect(readClaims(dir)).rejects.toThrow(/type and format mismatch/);
  });
});
