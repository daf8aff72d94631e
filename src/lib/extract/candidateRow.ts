/**
 * One candidate row from the guesses about one figure: the ledger's columns, a confidence and a
 * reason per field, the lens, the historical mark and the flags that say what a reviewer must
 * decide. A row without flags is one the validator accepts (tests/extract/validates.test.ts).
 */
import type { Counted, Hedge } from '../data/types.ts';
import { forbiddenChars } from '../validate/cellCharacters.ts';
import { findVague } from '../vocabulary/vagueWords.ts';
import { BELLIGERENTS, type Lens, type Side } from '../vocabulary/vocabulary.ts';
import type { Candidate } from './candidate.ts';
import { CONFIDENCE, REVIEW_BELOW } from './confidence.ts';
import type { Figure } from './figures.ts';
import type { MeasureGuess } from './guessMeasure.ts';
import type { HistoricalRead } from './historical.ts';
import { boundsOf } from './qualifiers.ts';
import type { TimeGuess } from './timeframe.ts';
import type { Speaker } from './attribution.ts';
import { originOf } from './origins.ts';

/** Who speaks about whom, as the engine derives it (src/lib/analysis/lens.ts). */
export function lensOf(counted: Counted | '', side: Side): Lens | '' {
  if (counted === '') return '';
  const belligerents = BELLIGERENTS as readonly string[];
  if (!belligerents.includes(counted)) return 'third_party';
  if (side === counted) return 'self_reported';
  if (belligerents.includes(side)) return 'adversary';
  return 'third_party';
}

export interface RowInput {
  claimId: string;
  sourceId: string;
  paragraph: number;
  figure: Figure;
  figureText: string;
  guess: MeasureGuess;
  speaker: Speaker;
  hedge: Hedge;
  time: TimeGuess;
  historical: HistoricalRead | null;
  /** No publication date was given or found. */
  unpublished: boolean;
  /** Said of every row: how the publication date was read from a dateline. */
  publishedNote: string | null;
}

const round = (x: number) => Math.round(x * 100) / 100;

function unitConfidence(f: Figure): number {
  if (f.unit === '') return 0;
  return f.noun === null ? CONFIDENCE.certain : CONFIDENCE.strongSignal;
}

function measureConfidence(g: MeasureGuess): number {
  return g.counted === ''
    ? g.measureConfidence / 2
    : Math.min(g.measureConfidence, g.countedConfidence);
}

/** Fields a reviewer must decide, and a text check: the ledger refuses control characters. */
function flagsOf(input: RowInput, row: Omit<Candidate, 'flags'>): string[] {
  const flags: string[] = [];
  if (row.unit === '') flags.push('unit');
  // A low confidence is a flag too: an unflagged row must be one a reviewer can confirm.
  if (row.measure === '' || input.guess.measureConfidence < REVIEW_BELOW) flags.push('measure');
  if (row.counted === '' || input.guess.countedConfidence < REVIEW_BELOW) flags.push('counted');
  if (input.speaker.confidence < REVIEW_BELOW || row.claimant === '') flags.push('claimant');
  if (input.time.undecided) flags.push('time');
  if (input.unpublished) flags.push('published');
  if (input.historical) flags.push('historical');
  // "several weeks" read as 21–63 days: the ledger keeps vague words at their own range.
  if (row.qualifier === 'vague') {
    const range = findVague(row.figure_text)?.range;
    if (!range || range[0] !== row.low || range[1] !== row.high) flags.push('qualifier');
  }
  const texts = [row.figure_text, row.claimant, row.note ?? ''];
  if (texts.some((t) => forbiddenChars(t).length > 0 || t !== t.trim())) flags.push('text');
  return flags;
}

function notesOf(input: RowInput): string | null {
  const { figure: f, speaker, historical } = input;
  const notes: string[] = [];
  if (f.unitNote) notes.push(`unit as printed: ${f.unitNote}`);
  if (f.noun) notes.push(`counts: ${f.noun}`);
  if (speaker.basis !== 'article') notes.push(`claimant from ${speaker.basis.replace('_', ' ')}`);
  if (historical)
    notes.push(`historical (${historical.kind.replace('_', ' ')}: "${historical.evidence}")`);
  if (input.publishedNote) notes.push(input.publishedNote);
  return notes.length > 0 ? notes.join('; ') : null;
}

function reasonsOf(input: RowInput): string {
  const { figure: f, guess, speaker, time } = input;
  const unit =
    f.unit === '' ? 'none found' : f.noun ? `noun "${f.noun}"` : 'printed with the figure';
  return [
    `unit: ${unit}`,
    `measure: ${guess.reason ?? 'no signal'}`,
    `claimant: ${speaker.basis.replace('_', ' ')}`,
    `time: ${time.reason ?? 'none'}`,
  ].join('; ');
}

export function candidateRow(input: RowInput): Candidate {
  const { figure: f, guess, speaker, time, historical } = input;
  const bounds = boundsOf(f.qualifier, f.value, f.high);
  const period = historical?.period && time.period_start === null ? historical.period : null;
  const row = {
    claim_id: input.claimId,
    source_id: input.sourceId,
    paragraph: input.paragraph,
    figure_text: input.figureText,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    low: bounds.low,
    high: bounds.high,
    measure: guess.measure,
    counted: guess.counted,
    claimant: speaker.claimant,
    claimant_side: speaker.side,
    hedge: input.hedge,
    period_start: period ? period[0] : time.period_start,
    period_end: period ? period[1] : time.period_end,
    as_of: period ? null : time.as_of,
    time_basis: time.time_basis,
    subset: null,
    origin: originOf(speaker.claimant),
    revises: null,
    note: notesOf(input),
    char_start: f.start,
    char_end: f.end,
    unit_confidence: round(unitConfidence(f)),
    measure_confidence: round(measureConfidence(guess)),
    claimant_confidence: round(speaker.confidence),
    time_confidence: round(time.confidence),
    lens: lensOf(guess.counted, speaker.side),
    historical: historical ? `${historical.kind}: ${historical.evidence}` : null,
    reasons: reasonsOf(input),
  };
  // Added to the row rather than spread into a copy: one row per figure (profiled).
  return Object.assign(row, { flags: flagsOf(input, row) });
}
