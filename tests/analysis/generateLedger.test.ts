/** The benchmark's ledger generator (bench/generateLedger.ts), which others reuse for 10k-claim dashboards. */
import { describe, expect, it } from 'vitest';
import { generateLedgerTexts } from '../../bench/generateLedger.ts';
import { loadLedger } from '../../src/lib/data/loadLedger.ts';
import { COUNTED, MEASURES, QUALIFIERS, SIDES, UNITS } from '../../src/lib/data/types.ts';
import { analyse } from '../../src/lib/analysis/analyse.ts';

describe('generateLedger', () => {
  const texts = generateLedgerTexts({ claims: 2000, seed: 7 });
  const ledger = loadLedger(texts);
  const claims = ledger.claims.objects() as Record<string, unknown>[];

  it('is deterministic for a seed, and differs between seeds', () => {
    expect(generateLedgerTexts({ claims: 2000, seed: 7 })).toEqual(texts);
    expect(generateLedgerTexts({ claims: 2000, seed: 8 }).claims).not.toEqual(texts.claims);
  });

  it('gives the requested number of claims, with unique readable ids, each joined to a source', () => {
    expect(claims).toHaveLength(2000);
    expect(new Set(claims.map((c) => c.claim_id)).size).toBe(2000);
    for (const c of claims) {
      expect(c.claim_id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps to the ledger vocabularies, so the engine compares every claim', () => {
    const within = (column: string, vocabulary: readonly string[]) =>
      expect(claims.filter((c) => !vocabulary.includes(String(c[column])))).toEqual([]);
    within('unit', UNITS);
    within('qualifier', QUALIFIERS);
    within('measure', MEASURES);
    within('counted', COUNTED);
    within('claimant_side', SIDES);
    expect(analyse(ledger.claims).unknown.numRows()).toBe(0);
  });
});
