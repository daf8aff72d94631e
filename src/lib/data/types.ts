/**
 * Row types of the ledger. The contract itself is `data/datapackage.json`; the vocabularies are
 * declared once in `vocabulary/vocabulary.ts`, and a test checks that they match the
 * descriptor's enums, so the two cannot drift apart.
 */

export {
  COUNTED,
  HEDGES,
  MEASURES,
  QUALIFIERS,
  SIDES,
  TOPICS,
  UNITS,
  topicOf,
  TOPIC_OF_COUNTED,
  TOPIC_OF_MEASURE,
} from '../vocabulary/vocabulary.ts';
export type {
  Counted,
  Hedge,
  Measure,
  Qualifier,
  Side,
  Topic,
  Unit,
} from '../vocabulary/vocabulary.ts';
import type {
  Counted,
  Hedge,
  Measure,
  Qualifier,
  Side,
  Topic,
  Unit,
} from '../vocabulary/vocabulary.ts';

export interface SourceRow {
  source_id: string;
  publisher: string;
  publisher_basis: 'stated' | 'inferred' | 'matched' | 'unidentified';
  headline: string | null;
  byline: string | null;
  published: string;
  /** `no_earlier_than`: `published` is only the first possible day (see publishedLabel). */
  published_precision: 'stated' | 'inferred' | 'no_earlier_than';
  wire: string | null;
  url: string | null;
  archive_file: string;
  language: string;
  note: string | null;
}

export interface ClaimRow {
  claim_id: string;
  source_id: string;
  paragraph: number;
  figure_text: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  measure: Measure;
  counted: Counted;
  /** The part of the measure the figure covers (a kind, a group, a place, an incident); null for the whole. */
  subset: string | null;
  claimant: string;
  claimant_side: Side;
  hedge: Hedge;
  /** The wire story, outlet's story or institute the figure is taken from; see analysis/origins.ts. */
  origin: string | null;
  /**
   * The claim_id of the same claimant's earlier figure for the same quantity and moment that this
   * one replaces, where the text says it was revised but gives no date for it; null otherwise
   * (absent from rows built in code before the column existed).
   */
  revises?: string | null;
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  time_basis: 'stated' | 'inferred';
  note: string | null;
}

export interface EventRow {
  event_id: string;
  date: string;
  date_precision: 'day' | 'month' | 'year';
  date_basis: 'stated' | 'inferred';
  category: 'military' | 'diplomatic' | 'arms' | 'statement' | 'political';
  title: string;
  source_id: string;
  paragraph: number;
  note: string | null;
}

/** A claim joined to its source: what the dashboard, downloads and engine read. */
export type LedgerClaim = ClaimRow &
  Omit<SourceRow, 'source_id' | 'note'> & { source_note: string | null; topic: Topic };
