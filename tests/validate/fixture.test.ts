import { describe, expect, it } from 'vitest';
import { fixtureFiles, validate } from './helpers.ts';

/** The real SIPRI reference table rides along under the real descriptor: its rows, however many. */
const referenceRows =
  String(fixtureFiles()['reference/sipri-transfers.csv']).trim().split('\n').length - 1;

describe('the fixture ledger', () => {
  it('is valid, provenance included, so each test can break exactly one thing', () => {
    const result = validate(fixtureFiles());
    expect(result.problems).toEqual([]);
    expect(result.articlesChecked).toBe(2);
    expect(result.tables.map((t) => [t.file, t.rows])).toEqual([
      ['data/sources.csv', 2],
      ['data/claims.csv', 9],
      ['data/events.csv', 3],
      ['data/reference/sipri-transfers.csv', referenceRows],
    ]);
  });
});
