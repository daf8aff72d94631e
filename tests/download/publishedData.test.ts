import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  publishedDataFiles,
  publishLedgerTable,
  type PublishedFile,
} from '../../src/lib/download/publishedData.ts';
import { CSV_DIALECT } from '../../src/lib/download/toCsv.ts';
import { readModel } from '../../src/lib/view/readModel.ts';

const LEDGERS = ['data', 'tests/fixtures/hostile-ledger'];
const TABLES = ['sources.csv', 'claims.csv', 'events.csv'];

const published = (dir: string): PublishedFile[] => publishedDataFiles(dir, readModel(dir).claims);
const file = (files: PublishedFile[], path: string): string => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} not published`);
  return found.contents;
};

/** The documented way back from a published cell to the ledger's text. */
const original = (cell: string) => (/^'[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell);
const FORMULA_LIKE = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

describe.each(LEDGERS)('the data published beside the site, from %s', (dir) => {
  const files = published(dir);

  it('holds every table of the descriptor, the descriptor and the claims with sources', () => {
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['claims-with-sources.csv', ...TABLES, 'datapackage.json']),
    );
  });

  it('writes every ledger table through the safe writer: no live formula, the text kept', () => {
    for (const table of TABLES) {
      const source = parse(readFileSync(join(dir, table), 'utf8'), { bom: true }) as string[][];
      const text = file(files, table);
      // A descriptor points at it: no byte-order mark; CRLF ends every record (a reader that
      // splits records at CRLF only finds them all).
      expect(text.startsWith('\uFEFF')).toBe(false);
      const out = parse(text, { record_delimiter: '\r\n' }) as string[][];
      expect(out).toHaveLength(source.length);
      out.forEach((row, r) =>
        row.forEach((cell, c) => {
          const before = source[r]?.[c] ?? '';
          expect(original(cell)).toBe(before);
          // A spreadsheet would run it: it must have been neutralised.
          if (FORMULA_LIKE.test(before) && !PLAIN_NUMBER.test(before))
            expect(cell).toBe(`'${before}`);
        }),
      );
    }
  });

  it('declares, for each table, the dialect it is written in, and keeps keys and constraints', () => {
    const given = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const out = JSON.parse(file(files, 'datapackage.json'));
    expect(out.resources).toHaveLength(given.resources.length);
    out.resources.forEach((resource: Record<string, unknown>, i: number) => {
      expect(resource.dialect).toEqual(CSV_DIALECT);
      expect(resource.encoding).toBe('utf-8');
      const rest = { ...resource };
      delete rest.dialect;
      expect(rest).toEqual(given.resources[i]);
    });
    expect({ ...out, resources: [] }).toEqual({ ...given, resources: [] });
  });
});

describe('published data from the hostile ledger', () => {
  const files = published('tests/fixtures/hostile-ledger');

  it('turns formula cells into text a spreadsheet shows, in every CSV', () => {
    const hyperlink = `"'=HYPERLINK(""http://evil.invalid"",""x"")"`;
    const expected: Record<string, string> = {
      'claims-with-sources.csv': hyperlink, // a publisher
      'sources.csv': hyperlink,
      'events.csv': hyperlink, // an event title
      'claims.csv': ",'+1+1\r\n", // a note
    };
    for (const [table, cell] of Object.entries(expected)) {
      const text = file(files, table);
      expect(text).toContain(cell);
      expect(text).not.toMatch(/(^|,)"?(=HYPERLINK|\+1\+1)/m);
    }
  });

  it('publishes no README when the ledger folder has none', () => {
    expect(files.some((f) => f.path === 'README.md')).toBe(false);
  });
});

describe('published data from the real ledger', () => {
  it('publishes the ledger README as written, and the claims with a byte-order mark for spreadsheets', () => {
    const files = published('data');
    expect(file(files, 'README.md')).toBe(readFileSync('data/README.md', 'utf8'));
    expect(file(files, 'claims-with-sources.csv').startsWith('\uFEFF')).toBe(true);
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'published-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file and the line of a CSV it cannot read', () => {
    expect(() => publishLedgerTable('a,b\n1,2\n3\n', 'data/claims.csv')).toThrow(
      /^data\/claims\.csv: .*line 3/,
    );
  });

  it('refuses a descriptor path that would leave the data folder', () => {
    writeFileSync(
      join(dir, 'datapackage.json'),
      JSON.stringify({ resources: [{ name: 'x', path: '../x.csv', schema: { fields: [] } }] }),
    );
    expect(() => publishedDataFiles(dir, [])).toThrow(
      /"\.\.\/x\.csv" is not a \.csv file inside the folder/,
    );
  });
});
