import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../../src/lib/extract/extract.ts';
import { syntheticArticle } from '../../src/lib/extract/syntheticArticle.ts';
import { paragraphs } from '../../src/lib/archive/paragraphs.ts';
import { candidatesToCsv } from '../../src/lib/extract/candidateCsv.ts';
import { CANDIDATE_COLUMNS, CLAIM_COLUMNS } from '../../src/lib/extract/candidate.ts';
import { MEASURES, COUNTED, QUALIFIERS, SIDES, UNITS, HEDGES } from '../../src/lib/data/types.ts';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

describe('candidate rows', () => {
  const text = syntheticArticle(60_000, 7);
  const rows = extractArticle(text, { sourceId: 'synthetic', published: '2020-10-05' });
  const lines = paragraphs(text);

  it('cut figure_text out of its paragraph at char_start..char_end', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(lines[r.paragraph - 1]?.slice(r.char_start, r.char_end)).toBe(r.figure_text);
    }
  });

  it('use only the ledger’s vocabularies (or leave a guess empty and flag it)', () => {
    const ids = new Set<string>();
    for (const r of rows) {
      expect(r.claim_id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.has(r.claim_id)).toBe(false);
      ids.add(r.claim_id);
      expect(['', ...UNITS]).toContain(r.unit);
      expect(QUALIFIERS).toContain(r.qualifier);
      expect(['', ...MEASURES]).toContain(r.measure);
      expect(['', ...COUNTED]).toContain(r.counted);
      expect(SIDES).toContain(r.claimant_side);
      expect(HEDGES).toContain(r.hedge);
      if (r.measure === '') expect(r.flags).toContain('measure');
      if (r.unit === '') expect(r.flags).toContain('unit');
      for (const c of [r.measure_confidence, r.claimant_confidence, r.time_confidence]) {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
  });

  it('are written in the column layout of claims.csv, then the review columns', () => {
    const header = readFileSync(resolve(repoRoot, 'data/claims.csv'), 'utf8')
      .split('\n')[0]
      ?.trim();
    expect(CLAIM_COLUMNS.join(',')).toBe(header);
    const parsed = parse(candidatesToCsv(rows.slice(0, 20)), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(Object.keys(parsed[0] ?? {})).toEqual(CANDIDATE_COLUMNS);
    expect(parsed[0]?.figure_text).toBe(rows[0]?.figure_text);
  });

  it('never throw and always point into the text, whatever the input', () => {
    const piece = fc.constantFrom(
      '40',
      '1,900',
      'eight',
      'at least',
      'more than',
      '$',
      'US$',
      '%',
      'percent',
      'million',
      'between',
      'and',
      'or',
      '-',
      '\u2013',
      'days',
      'soldiers',
      '"',
      ',',
      '.',
      ' ',
      '\n',
      'said',
      'according to',
      'Armenia',
      'Yerevan',
      'dozens',
      'of',
      'half',
      'fifth',
      'day',
      '2019',
      'September',
      '17:09',
      'km2',
      'square',
      'miles',
      'the',
      'two',
      'weeks',
      '(',
      ')',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const input = parts.join(' ');
        const out = extractArticle(input, { sourceId: 'fuzz', published: '2020-10-05' });
        const ps = paragraphs(input);
        for (const r of out)
          expect(ps[r.paragraph - 1]?.slice(r.char_start, r.char_end)).toBe(r.figure_text);
      }),
      { numRuns: 300 },
    );
  });
});
