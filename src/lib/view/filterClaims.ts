/**
 * Apply the dashboard's filters to the table of claims. One Arquero expression with its values
 * passed as params (Arquero compiles expressions, so they cannot close over variables); the same
 * filtered table feeds every chart, the ledger table, the CSV and the source lines.
 */
import { op, type ColumnTable } from 'arquero';
import type { Filters } from '../state/filterQuery.ts';

/** Verdicts that count as "disputed": sources whose figures cannot all be true. */
export const DISPUTED_VERDICTS: readonly string[] = ['contradict'];

interface Row {
  topic: string;
  claimant_side: string;
  lens: string;
  publisher: string;
  published: string;
  verdict: string | null;
}

interface Params {
  topic: string[];
  side: string[];
  lens: string[];
  publisher: string[];
  from: string;
  to: string;
  disputed: boolean;
  disputedVerdicts: (string | null)[];
}

export function filterClaims(claims: ColumnTable, filters: Filters): ColumnTable {
  const params: Params = {
    topic: filters.topic,
    side: filters.side,
    lens: filters.lens,
    publisher: filters.publisher,
    from: filters.from ?? '',
    to: filters.to ?? '',
    disputed: filters.disputed,
    disputedVerdicts: [...DISPUTED_VERDICTS],
  };
  return claims
    .params(params)
    .filter(
      (d: Row, $: Params) =>
        ($.topic.length === 0 || op.includes($.topic, d.topic)) &&
        ($.side.length === 0 || op.includes($.side, d.claimant_side)) &&
        ($.lens.length === 0 || op.includes($.lens, d.lens)) &&
        ($.publisher.length === 0 || op.includes($.publisher, d.publisher)) &&
        ($.from === '' || d.published >= $.from) &&
        ($.to === '' || d.published <= $.to) &&
        (!$.disputed || op.includes($.disputedVerdicts, d.verdict)),
    );
}
