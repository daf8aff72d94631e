/**
 * Everything the dashboard derives from the ledger, as plain JSON-safe data: the claims joined to
 * their sources and annotated by the engine (lens, interval, group, verdict), the sources and
 * events, the engine's tables, the values each filter may take, and the series of SIPRI's
 * database that the SIPRI charts draw (never the reference table itself).
 *
 * The site computes it once at build time (view/buildModel.ts, in the routes' loader,
 * lib/server/ledgerModel.ts), so no reader's browser loads Arquero or parses CSV: the page gets
 * the finished tables.
 */
import type { EventRow, SourceRow } from '../data/types.ts';
import type { SipriChartData } from '../reference/sipriChartData.ts';
import type { FilterVocabulary } from '../state/filterQuery.ts';
import type { ViewClaim } from './viewClaim.ts';

/** One of the engine's tables: its column names, in order, and its rows. */
export interface PlainTable {
  columns: string[];
  rows: Record<string, unknown>[];
}

export type EngineTableName = 'members' | 'groups' | 'verdicts' | 'checks' | 'unknown';

export interface DashboardModel {
  /** Claims joined to sources and annotated by the engine: what filters narrow. */
  claims: ViewClaim[];
  sources: SourceRow[];
  events: EventRow[];
  analysis: Record<EngineTableName, PlainTable>;
  vocabulary: FilterVocabulary;
  /**
   * SIPRI's series for the flows the ledger's SIPRI-derived figures count, with those figures
   * placed on them (reference/sipriChartData.ts); null when the ledger has no reference table.
   */
  sipri: SipriChartData | null;
}
