/**
 * Apply the dashboard's filters to the claims. The same filtered list feeds every chart, the
 * ledger table, the CSV and the source lines. A plain predicate over the model's rows: the pages
 * ship no Arquero (the model is computed at build time), and a loop is the fastest filter there is.
 */
import type { Filters } from '../state/filterQuery.ts';

/**
 * Verdicts that count as "disputed": figures that cannot all be true, whether two claimants
 * contradict each other or two outlets print one origin's figure differently.
 */
export const DISPUTED_VERDICTS: readonly string[] = ['contradict', 'misquote'];

/** What the filters read of a claim (a ViewClaim has all of it). */
type Filterable = Record<'topic' | 'claimant_side' | 'lens' | 'publisher' | 'published', string> & {
  verdict: string | null;
};

export function filterClaims<T extends Filterable>(claims: readonly T[], filters: Filters): T[] {
  const among = (chosen: readonly string[]) => {
    const set = new Set(chosen);
    return (value: string) => set.size === 0 || set.has(value);
  };
  const topic = among(filters.topic);
  const side = among(filters.side);
  const lens = among(filters.lens);
  const publisher = among(filters.publisher);
  const from = filters.from ?? '';
  const to = filters.to ?? '';
  return claims.filter(
    (d) =>
      topic(d.topic) &&
      side(d.claimant_side) &&
      lens(d.lens) &&
      publisher(d.publisher) &&
      (from === '' || d.published >= from) &&
      (to === '' || d.published <= to) &&
      (!filters.disputed || (d.verdict !== null && DISPUTED_VERDICTS.includes(d.verdict))),
  );
}
