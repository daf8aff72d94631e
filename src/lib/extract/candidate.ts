/**
 * A candidate figure: a row in the layout of `data/claims.csv`, plus where it was found and how
 * sure each guess is, for a journalist to review before copying it into the ledger.
 */
import type { Counted, Hedge, Measure, Qualifier, Side, Unit } from '../data/types.ts';

export interface Candidate {
  claim_id: string;
  source_id: string;
  paragraph: number;
  figure_text: string;
  value: number;
  unit: Unit | '';
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  measure: Measure | '';
  counted: Counted | '';
  claimant: string;
  claimant_side: Side;
  hedge: Hedge;
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  time_basis: 'stated' | 'inferred';
  /** Where the figure was taken from (a wire story, an institute); left for the reviewer. */
  origin: string | null;
  note: string | null;
  /** Offsets of figure_text in its paragraph (0-based, end exclusive). */
  char_start: number;
  char_end: number;
  measure_confidence: number;
  claimant_confidence: number;
  time_confidence: number;
  /** What the extractor could not decide: unit, measure, counted, claimant, time, published. */
  flags: string[];
}

/** The columns of claims.csv, in order. */
export const CLAIM_COLUMNS = [
  'claim_id',
  'source_id',
  'paragraph',
  'figure_text',
  'value',
  'unit',
  'qualifier',
  'low',
  'high',
  'measure',
  'counted',
  'claimant',
  'claimant_side',
  'hedge',
  'period_start',
  'period_end',
  'as_of',
  'time_basis',
  'origin',
  'note',
] as const satisfies ReadonlyArray<keyof Candidate>;

/** Extra columns for review; drop them when copying a row into claims.csv. */
export const REVIEW_COLUMNS = [
  'char_start',
  'char_end',
  'measure_confidence',
  'claimant_confidence',
  'time_confidence',
  'flags',
] as const satisfies ReadonlyArray<keyof Candidate>;

export const CANDIDATE_COLUMNS = [...CLAIM_COLUMNS, ...REVIEW_COLUMNS];
