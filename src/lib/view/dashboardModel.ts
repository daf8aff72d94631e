/**
 * Everything the dashboard derives once from the ledger: the engine's tables, the claims
 * annotated with lens, interval, group and verdict, and the values each filter may take.
 */
import type { ColumnTable } from 'arquero';
import { analyse, type AnalysisTables } from '../analysis/analyse.ts';
import { annotateClaims } from '../analysis/annotateClaims.ts';
import type { Ledger } from '../data/loadLedger.ts';
import { SIDES, TOPICS, type EventRow, type SourceRow } from '../data/types.ts';
import type { FilterVocabulary } from '../state/filterQuery.ts';
import { LENSES } from './viewClaim.ts';

export interface DashboardModel {
  ledger: Ledger;
  analysis: AnalysisTables;
  /** Claims joined to sources and annotated by the engine: what filters narrow. */
  claims: ColumnTable;
  sources: SourceRow[];
  events: EventRow[];
  vocabulary: FilterVocabulary;
}

export function buildModel(ledger: Ledger): DashboardModel {
  const analysis = analyse(ledger.claims);
  const claims = annotateClaims(ledger.claims, analysis);
  const present = (column: string) => new Set(claims.array(column) as string[]);
  const topics = present('topic');
  const sides = present('claimant_side');
  const publishers = [...present('publisher')].sort((a, b) =>
    a === 'unidentified' ? 1 : b === 'unidentified' ? -1 : a.localeCompare(b),
  );
  return {
    ledger,
    analysis,
    claims,
    sources: ledger.sources.objects() as SourceRow[],
    events: ledger.events.objects() as EventRow[],
    vocabulary: {
      topic: TOPICS.filter((t) => topics.has(t)),
      side: SIDES.filter((s) => sides.has(s)),
      lens: [...LENSES],
      publisher: publishers,
    },
  };
}
