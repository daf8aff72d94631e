import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import type { LedgerClaim } from '../../src/lib/data/types.ts';
import { sortRows, type SortKey } from '../../src/lib/components/sortRows.ts';

const rows = readLedger('data').claims.objects() as LedgerClaim[];
const keys: SortKey[] = [
  'figure_text',
  'value',
  'measure',
  'claimant',
  'publisher',
  'published',
  'paragraph',
];

describe('sortRows', () => {
  it('orders values numerically, both ways', () => {
    const up = sortRows(rows, { key: 'value', direction: 'ascending' }).map((r) => r.value);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = sortRows(rows, { key: 'value', direction: 'descending' });
    expect(down[0]?.claim_id).toBe('unid20-aliyev-usd-4-85bn');
  });

  it('gives the same order whatever order the rows come in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: rows.length }),
        fc.constantFrom(...keys),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (shuffled, key, direction) => {
          const a = sortRows(shuffled, { key, direction }).map((r) => r.claim_id);
          const b = sortRows(rows, { key, direction }).map((r) => r.claim_id);
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 50 },
    );
  });
});
