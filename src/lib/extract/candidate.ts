/**
 * A candidate figure: a row in the layout of `data/claims.csv`, plus where it was found and how
 * sure each guess is, for a journalist to review before copying it into the ledger.
 */
import type { Counted, Hedge, Measure, Qualifier, Side, Unit } from '../data/types.ts';
import type { Lens } from '../vocabulary/vocabulary.ts';

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
  /** Narrower than the whole measure (a kind, a group, a place); left for the reviewer. */
  subset: string | null;
  claimant: string;
  claimant_side: Side;
  hedge: Hedge;
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  time_basis: 'stated' | 'inferred';
  /** Where the figure was taken from (a wire story, an institute); left for the reviewer. */
  origin: string | null;
  /** Always empty: which figure revises which is the reviewer's call (data/README.md). */
  revises: null;
  note: string | null;
  /** Offsets of figure_text in its paragraph (0-based, end exclusive). */
  char_start: number;
  char_end: number;
  unit_confidence: number;
  measure_confidence: number;
  claimant_confidence: number;
  time_confidence: number;
  /** Who speaks about whom, as the engine will derive it from claimant_side and counted. */
  lens: Lens | '';
  /** Why the figure belongs to an earlier time (an earlier war, a population); null if not. */
  historical: string | null;
  /**
   * What the extractor could not decide or the reviewer must see: unit, measure, counted,
   * claimant, time, published, historical, text (a character the ledger refuses).
   */
  flags: string[];
  /** Why each field was guessed as it was, field by field ("unit: noun "tanks"; ..."). */
  reasons: string;
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
  'subset',
  'claimant',
  'claimant_side',
  'hedge',
  'period_start',
  'period_end',
  'as_of',
  'time_basis',
  'origin',
  'revises',
  'note',
] as const satisfies ReadonlyArray<keyof Candidate>;

/** Extra columns for review; drop them when copying a row into claims.csv. */
export const REVIEW_COLUMNS = [
  'char_start',
  'char_end',
  'unit_confidence',
  'measure_confidence',
  'claimant_confidence',
  'time_confidence',
  'lens',
  'historical',
  'flags',
  'reasons',
] as const satisfies ReadonlyArray<keyof Candidate>;

export const CANDIDATE_COLUMNS = [...CLAIM_COLUMNS, ...REVIEW_COLUMNS];
