/** Sorting for the ledger table, kept out of the component so it is tested without a DOM. */
import type { LedgerClaim } from '../data/types.ts';

export type SortKey =
  'figure_text' | 'value' | 'measure' | 'claimant' | 'publisher' | 'published' | 'paragraph';
export interface SortState {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A total order: ties fall back to source, paragraph and id, so the table never shuffles. */
export function sortRows(rows: readonly LedgerClaim[], sort: SortState): LedgerClaim[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: LedgerClaim, b: LedgerClaim): number => {
    const x = a[sort.key];
    const y = b[sort.key];
    const primary =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x ?? ''), String(y ?? ''));
    if (primary !== 0) return sign * primary;
    return (
      collator.compare(a.source_id, b.source_id) ||
      a.paragraph - b.paragraph ||
      collator.compare(a.claim_id, b.claim_id)
    );
  };
  return [...rows].sort(compare);
}
