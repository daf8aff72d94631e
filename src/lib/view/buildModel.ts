/**
 * The dashboard's model, computed from the ledger with Arquero and the contradiction engine. Runs
 * at build time (the routes' loader, lib/server/ledgerModel.ts), in tests, notebooks and the
 * benchmark page; the site's pages get the result as data and never load this module.
 */
import type { ColumnTable } from 'arquero';
import { analyse, type AnalysisTables } from '../analysis/analyse.ts';
import { annotateClaims } from '../analysis/annotateClaims.ts';
import type { Ledger } from '../data/loadLedger.ts';
import { SIDES, TOPICS, type EventRow, type SourceRow } from '../data/types.ts';
import { sipriChartData } from '../reference/sipriChartData.ts';
import {
  compareWithSipri,
  type ComparableClaim,
  type SipriReference,
} from '../reference/sipriComparisons.ts';
import type { DashboardModel, EngineTableName, PlainTable } from './dashboardModel.ts';
import { LENSES, type ViewClaim } from './viewClaim.ts';

/** The engine's tables and the annotated claims, still as Arquero tables (for notebooks). */
export interface AnalysedLedger {
  ledger: Ledger;
  analysis: AnalysisTables;
  claims: ColumnTable;
}

export function analyseLedger(ledger: Ledger): AnalysedLedger {
  const analysis = analyse(ledger.claims);
  return { ledger, analysis, claims: annotateClaims(ledger.claims, analysis) };
}

const plain = (table: ColumnTable): PlainTable => ({
  columns: table.columnNames(),
  rows: table.objects() as Record<string, unknown>[],
});

/**
 * The members table without the columns it repeats from its claim (figure, claimant, dates …):
 * every page carries the model, and those repeats were a third of it. `columns` still lists
 * them all; memberRows() (dataBundleFiles.ts) puts them back from the claims for the download.
 */
function slimMembers(members: ColumnTable, claims: ColumnTable): PlainTable {
  const repeated = new Set(claims.columnNames());
  const own = members
    .columnNames()
    .filter((n) => n === 'claim_id' || n === 'group_id' || !repeated.has(n));
  return {
    columns: members.columnNames(),
    rows: members.select(own).objects() as Record<string, unknown>[],
  };
}

const ENGINE_TABLES: readonly EngineTableName[] = [
  'members',
  'groups',
  'verdicts',
  'checks',
  'unknown',
];

/**
 * `reference`: SIPRI's table beside the ledger (reference/readSipriReference.ts), from which only
 * the series the charts draw are kept; null for a ledger without one.
 */
export function buildModel(
  ledger: Ledger,
  reference: SipriReference | null = null,
): DashboardModel {
  const { analysis, claims } = analyseLedger(ledger);
  const present = (column: string) => new Set(claims.array(column) as string[]);
  const topics = present('topic');
  const sides = present('claimant_side');
  const publishers = [...present('publisher')].sort((a, b) =>
    a === 'unidentified' ? 1 : b === 'unidentified' ? -1 : a.localeCompare(b),
  );
  return {
    claims: claims.objects() as ViewClaim[],
    sources: ledger.sources.objects() as SourceRow[],
    events: ledger.events.objects() as EventRow[],
    analysis: Object.fromEntries(
      ENGINE_TABLES.map((name) => [
        name,
        name === 'members' ? slimMembers(analysis.members, claims) : plain(analysis[name]),
      ]),
    ) as Record<EngineTableName, PlainTable>,
    vocabulary: {
      topic: TOPICS.filter((t) => topics.has(t)),
      side: SIDES.filter((s) => sides.has(s)),
      lens: [...LENSES],
      publisher: publishers,
    },
    sipri: reference
      ? sipriChartData(
          reference,
          compareWithSipri(ledger.claims.objects() as ComparableClaim[], reference),
        )
      : null,
  };
}
