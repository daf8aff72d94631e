/**
 * The first stage: every ledger claim becomes a prepared claim (its interval, in its own unit and
 * in the comparison base, its kind of money, time frame, claimant identity and lens), or an
 * `unknown` row saying why the engine cannot compare it. Nothing is dropped silently.
 * Claims are sorted by id first, so everything downstream is independent of row order.
 */
import type { ColumnTable } from 'arquero';
import { MEASURES } from '../data/types.ts';
import { basisClass, basisOf, type Basis, type BasisClass } from './basis.ts';
import { claimantKey, claimantLabel, isPerArticle } from './claimants.ts';
import { centerOf, intervalOf, scaleInterval, type Interval } from './intervals.ts';
import { lensOf, type Lens } from './lens.ts';
import { originOf, type Origin } from './origins.ts';
import { likelyWindow } from './shareWindow.ts';
import { familyOf, type EngineRules } from './rules.ts';
import { timeFrameOf, type TimeFrame, type TimeInputs } from './timeFrame.ts';
import { articleRates, conversionOf, unitInfo, type Conversion, type Dimension } from './units.ts';

/** The ledger columns the engine reads (claims joined to sources, as `loadLedger` returns). */
export interface ClaimInput {
  claim_id: string;
  source_id: string;
  paragraph: number;
  figure_text: string;
  value: number;
  unit: string;
  qualifier: string;
  low: number | null;
  high: number | null;
  measure: string;
  counted: string;
  /** The part of the measure the figure covers; claims of different subsets are never compared. */
  subset?: string | null;
  claimant: string;
  claimant_side: string;
  hedge: string;
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  /** 'stated' or 'inferred'; read as stated when absent. */
  time_basis?: string | null;
  /** Where the article took the figure from (origins.ts); empty when not established. */
  origin?: string | null;
  /**
   * The claim_id of the same claimant's earlier figure this one replaces, where the text says it
   * was revised without a date for the revision (positions.ts reads the pair as a revision).
   */
  revises?: string | null;
  publisher: string | null;
  published: string;
}

export interface PreparedClaim extends ClaimInput {
  /** Rank of the claim id among all claims: sorting by it is sorting by id, only faster. */
  order: number;
  family: string;
  interval: Interval;
  center: number;
  dimension: Dimension;
  conversion: Conversion;
  /** The interval in the comparison base (km², days, USD, ...). */
  base: Interval;
  baseCenter: number;
  basis: Basis;
  basisClass: BasisClass;
  time: TimeFrame;
  /** No window was printed: the engine took the one it most likely refers to (shareWindow.ts). */
  windowGuessed: boolean;
  isClock: boolean;
  /** Where the figure comes from: a shared story or institute, or the article's own. */
  source: Origin;
  claimantKey: string;
  claimantLabel: string;
  perArticle: boolean;
  /** Claims with the same key are printings of one statement if their values agree (statements.ts). */
  statementKey: string;
  /** Family and counted party: claims that may share a comparison group (groups.ts). */
  groupKey: string;
  /** What makes two claims one quantity: measure, kind of money, base unit, time (groups.ts). */
  scopeKey: string;
  lens: Lens;
  lensNote: string;
}

export interface UnknownClaim {
  claim_id: string;
  source_id: string;
  figure_text: string;
  measure: string;
  unit: string;
  problem: string;
}

const COLUMNS: readonly (keyof ClaimInput)[] = [
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
  'publisher',
  'published',
];

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);
const numOrNull = (v: unknown): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);

/** Read the claims table column by column (much faster than row objects at 100k rows). */
export function readClaimInputs(claims: ColumnTable): ClaimInput[] {
  const names = new Set(claims.columnNames());
  const cols = new Map<string, unknown[]>();
  for (const name of COLUMNS) {
    cols.set(name, names.has(name) ? (claims.array(name) as unknown[]) : []);
  }
  const col = (name: keyof ClaimInput) => cols.get(name) as unknown[];
  const n = claims.numRows();
  const out: ClaimInput[] = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      claim_id: str(col('claim_id')[i]),
      source_id: str(col('source_id')[i]),
      paragraph: Number(col('paragraph')[i] ?? 0),
      figure_text: str(col('figure_text')[i]),
      value: Number(col('value')[i] ?? NaN),
      unit: str(col('unit')[i]),
      qualifier: str(col('qualifier')[i]),
      low: numOrNull(col('low')[i]),
      high: numOrNull(col('high')[i]),
      measure: str(col('measure')[i]),
      counted: str(col('counted')[i]),
      subset: strOrNull(col('subset')[i]),
      claimant: str(col('claimant')[i]),
      claimant_side: str(col('claimant_side')[i]),
      hedge: str(col('hedge')[i]),
      period_start: strOrNull(col('period_start')[i]),
      period_end: strOrNull(col('period_end')[i]),
      as_of: strOrNull(col('as_of')[i]),
      time_basis: strOrNull(col('time_basis')[i]),
      origin: strOrNull(col('origin')[i]),
      revises: strOrNull(col('revises')[i]),
      publisher: strOrNull(col('publisher')[i]),
      published: str(col('published')[i]),
    };
  }
  return out;
}

const KNOWN_MEASURES: ReadonlySet<string> = new Set(MEASURES);

export interface Prepared {
  claims: PreparedClaim[];
  unknown: UnknownClaim[];
}

/**
 * The dates a claim's time frame rests on: as printed, with an as-of date taken from the
 * publication date read as "no later than", and a share printed with no window given the window
 * it most likely refers to (shareWindow.ts), marked inferred.
 */
function timeInputs(c: ClaimInput, rules: EngineRules): TimeInputs & { guessed?: boolean } {
  const inferred = c.time_basis === 'inferred';
  const window = likelyWindow(c, rules);
  if (window) return { ...window, as_of: null, inferred: true, guessed: true };
  const upTo = inferred && c.as_of !== null && c.as_of === c.published;
  return { period_start: c.period_start, period_end: c.period_end, as_of: c.as_of, upTo, inferred };
}

export function prepareClaims(inputs: readonly ClaimInput[], rules: EngineRules): Prepared {
  const sorted = [...inputs].sort((a, b) =>
    a.claim_id < b.claim_id ? -1 : a.claim_id > b.claim_id ? 1 : 0,
  );
  const rates = articleRates(sorted);
  const claims: PreparedClaim[] = [];
  const unknown: UnknownClaim[] = [];
  const reject = (c: ClaimInput, problem: string) =>
    unknown.push({
      claim_id: c.claim_id,
      source_id: c.source_id,
      figure_text: c.figure_text,
      measure: c.measure,
      unit: c.unit,
      problem,
    });
  for (const c of sorted) {
    const info = unitInfo(c.unit);
    if (!info) {
      reject(c, `unknown unit "${c.unit}"`);
      continue;
    }
    if (!KNOWN_MEASURES.has(c.measure)) {
      reject(c, `unknown measure "${c.measure}"`);
      continue;
    }
    const interval = intervalOf(c, rules);
    if ('error' in interval) {
      reject(c, interval.error);
      continue;
    }
    const inputs = timeInputs(c, rules);
    const time = timeFrameOf(inputs);
    if ('error' in time) {
      reject(c, time.error);
      continue;
    }
    const conversion = conversionOf(c, rates, rules);
    if (!conversion) {
      reject(c, `no conversion for unit "${c.unit}"`);
      continue;
    }
    const center = centerOf(c, interval);
    const basis = basisOf(c, info.dimension, rules);
    const lens = lensOf(c, rules);
    const key = claimantKey(c, rules);
    const family = familyOf(c.measure, rules);
    const isClock = rules.clockMeasures.includes(c.measure) && time.kind === 'as_of';
    // Every field written out: an object spread plus extra fields puts V8 objects in
    // dictionary mode, which made this loop 20 times slower.
    claims.push({
      claim_id: c.claim_id,
      source_id: c.source_id,
      paragraph: c.paragraph,
      figure_text: c.figure_text,
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier,
      low: c.low,
      high: c.high,
      measure: c.measure,
      counted: c.counted,
      subset: c.subset ?? null,
      claimant: c.claimant,
      claimant_side: c.claimant_side,
      hedge: c.hedge,
      period_start: c.period_start,
      period_end: c.period_end,
      as_of: c.as_of,
      time_basis: c.time_basis ?? null,
      origin: c.origin ?? null,
      revises: c.revises ?? null,
      publisher: c.publisher,
      published: c.published,
      order: claims.length,
      family,
      interval,
      center,
      dimension: info.dimension,
      conversion,
      base: scaleInterval(interval, conversion.factor),
      baseCenter: center * conversion.factor,
      basis,
      basisClass: basisClass(basis),
      time,
      windowGuessed: inputs.guessed === true,
      isClock,
      source: originOf(c),
      claimantKey: key,
      claimantLabel: claimantLabel(c, rules),
      perArticle: isPerArticle(c, rules),
      statementKey: `${c.source_id}|${key}|${c.measure}|${c.counted}|${basisClass(basis)}|${conversion.base}|${time.key}`,
      // A part (S-300s among air defence, children among the dead, one strike among a day's)
      // is not a rival of the whole or of another part: each subset is its own comparison group.
      groupKey: `${family}|${c.counted}|${c.subset ?? ''}`,
      scopeKey: `${c.measure}|${basisClass(basis)}|${conversion.base}|${time.kind === 'as_of' && !isClock ? 'running' : time.key}`,
      lens: lens.lens,
      lensNote: lens.note,
    });
  }
  return { claims, unknown };
}
