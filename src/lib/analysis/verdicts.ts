/**
 * A verdict per comparison group, judged between claimants (never between printings of one
 * figure, see statements.ts, nor between reprints of one origin, see claimants.ts), on what
 * each claimant says now (positions.ts):
 *
 * - not_comparable: the group mixes scopes (different definitions, periods, kinds of money,
 *   currencies without a known rate); or its figures are too vague to compare (too_vague: vague
 *   words given on different days, or missing each other only by a vague word's soft edge); or
 *   they are running totals given on different days (date), which are compared only on the
 *   same day;
 * - single_source: one claimant, one value;
 * - updated: one claimant's running total or state, given again for a later day;
 * - revised: a claimant corrected its figure for the same moment (or its running total fell),
 *   and what the claimants say now does not conflict;
 * - misquote: outlets citing one origin for the same moment or window print different values;
 * - contradict: two claimants' figures for the same day or period share no point; the spread is
 *   the largest central value over the smallest (for vague words, the highest floor over the
 *   lowest ceiling: the least the gap can be), and the claimants stand on the low or high side;
 * - agree: all figures share a point.
 */
import { intersect, widen, type Interval } from './intervals.ts';
import type { Group, Scope } from './groups.ts';
import { positionsOf, type Change, type Misquote } from './positions.ts';
import type { EngineRules } from './rules.ts';
import type { Statement } from './statements.ts';
import type { TimeFrame } from './timeFrame.ts';

export const VERDICTS = [
  'agree',
  'contradict',
  'misquote',
  'revised',
  'updated',
  'not_comparable',
  'single_source',
] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export const REASONS = [
  'definition',
  'period',
  'tiv_vs_money',
  'currency',
  'too_vague',
  'date',
] as const;
export type Reason = (typeof REASONS)[number];

export type Revision = Change;

export interface Verdict {
  groupId: string;
  verdict: VerdictKind;
  reasons: Reason[];
  /** How far apart the figures are (see above); null when meaningless. */
  spread: number | null;
  /** Each claimant's standing statement(s). */
  positions: Statement[];
  /** In a contradiction: statements that fit under the lowest ceiling, above the highest floor. */
  low: Statement[];
  high: Statement[];
  /** In a contradiction: the day or period the two sides are compared at. */
  at: TimeFrame | null;
  revisions: Change[];
  updates: Change[];
  misquotes: Misquote[];
  /** Where all positions overlap (agree), in the base unit. */
  common: Interval | null;
  base: string;
}

/** Why two scopes are different quantities. */
export function scopeDifferences(a: Scope, b: Scope): Reason[] {
  const out: Reason[] = [];
  if (a.measure !== b.measure) out.push('definition');
  if (a.basisClass !== b.basisClass) {
    out.push(a.basisClass === 'tiv' || b.basisClass === 'tiv' ? 'tiv_vs_money' : 'definition');
  }
  if (a.base !== b.base) out.push(a.basisClass === 'quantity' ? 'definition' : 'currency');
  const timeA = a.timeKind === 'running' ? 'running' : a.time.key;
  const timeB = b.timeKind === 'running' ? 'running' : b.time.key;
  if (timeA !== timeB) out.push('period');
  return out;
}

const ordered = (reasons: Iterable<Reason>) => {
  const set = new Set(reasons);
  return REASONS.filter((r) => set.has(r));
};

const isVague = (s: Statement) => s.claims.some((c) => c.qualifier === 'vague');

/** Largest central value over the smallest. */
function spreadOf(statements: readonly Statement[]): number | null {
  if (statements.length < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const s of statements) {
    min = Math.min(min, s.rep.baseCenter);
    max = Math.max(max, s.rep.baseCenter);
  }
  return min > 0 ? max / min : null;
}

interface Conflict {
  low: Statement[];
  high: Statement[];
  at: TimeFrame;
  spread: number | null;
}

/**
 * The lowest ceiling and the highest floor held by two different claimants, if they miss each
 * other. When one claimant holds both (a misquoted figure), the best pairs with someone else are
 * the lowest ceiling against the others' highest floor and the others' lowest ceiling against
 * the highest floor.
 */
function disjointPair(list: readonly Statement[], eps: number): [Statement, Statement] | null {
  const lowestCeiling = (from: readonly Statement[]) =>
    from.reduce<Statement | null>((m, s) => (!m || s.base.hi < m.base.hi ? s : m), null);
  const highestFloor = (from: readonly Statement[]) =>
    from.reduce<Statement | null>((m, s) => (!m || s.base.lo > m.base.lo ? s : m), null);
  const ceiling = lowestCeiling(list);
  const floor = highestFloor(list);
  if (!ceiling || !floor) return null;
  const owner = ceiling.rep.claimantKey;
  const candidates: [Statement | null, Statement | null][] =
    floor.rep.claimantKey !== owner
      ? [[ceiling, floor]]
      : [
          [ceiling, highestFloor(list.filter((s) => s.rep.claimantKey !== owner))],
          [lowestCeiling(list.filter((s) => s.rep.claimantKey !== owner)), floor],
        ];
  for (const [c, f] of candidates) {
    if (c && f && !intersect([c.base, f.base], eps)) return [c, f];
  }
  return null;
}

/** A contradiction among the positions given for one day or period, or 'soft' for wording. */
function conflictAt(list: readonly Statement[], rules: EngineRules): Conflict | 'soft' | null {
  const eps = rules.epsilon;
  const pair = disjointPair(list, eps);
  if (!pair) return null;
  if (list.some(isVague)) {
    const widened = list.map((s) => (isVague(s) ? widen(s.base, rules.vagueMargin) : s.base));
    if (intersect(widened, eps)) return 'soft';
  }
  const [ceiling, floor] = pair;
  const low = list.filter((s) => intersect([s.base, ceiling.base], eps) !== null);
  const high = list.filter((s) => intersect([s.base, floor.base], eps) !== null);
  // Vague words name ranges, not points: the least the gap can be, never a ratio of midpoints.
  const loose = [...low, ...high].some(isVague);
  const spread = loose
    ? ceiling.base.hi > 0
      ? floor.base.lo / ceiling.base.hi
      : null
    : spreadOf([...low, ...high]);
  return { low, high, at: ceiling.rep.time, spread };
}

/** The widest contradiction on any one day or period, and whether wording alone kept one apart. */
function findConflict(positions: readonly Statement[], rules: EngineRules) {
  const byMoment = new Map<string, Statement[]>();
  for (const s of positions) {
    const list = byMoment.get(s.rep.time.key);
    if (list) list.push(s);
    else byMoment.set(s.rep.time.key, [s]);
  }
  let best: Conflict | null = null;
  let soft = false;
  for (const list of byMoment.values()) {
    const found = conflictAt(list, rules);
    if (found === 'soft') soft = true;
    else if (found && (!best || (found.spread ?? 0) > (best.spread ?? 0))) best = found;
  }
  return { best, soft };
}

function misquoteSpread(v: Misquote[]): number | null {
  return spreadOf(v.flatMap((m) => m.statements));
}

export function judgeGroup(group: Group, rules: EngineRules): Verdict {
  const eps = rules.epsilon;
  const { positions, revisions, updates, misquotes, claimants } = positionsOf(
    group.statements,
    eps,
  );
  const verdict: Verdict = {
    groupId: group.id,
    verdict: 'single_source',
    reasons: [],
    spread: null,
    positions,
    low: [],
    high: [],
    at: null,
    revisions,
    updates,
    misquotes,
    common: null,
    base: group.statements[0]?.rep.conversion.base ?? '',
  };
  if (group.mixed) {
    const reasons: Reason[] = [];
    for (const a of group.scopes) {
      for (const b of group.clusterScopes) {
        if (a !== b) reasons.push(...scopeDifferences(a, b));
      }
    }
    return { ...verdict, verdict: 'not_comparable', reasons: ordered(reasons) };
  }
  if (misquotes.length > 0 && claimants === 1) {
    return { ...verdict, verdict: 'misquote', spread: misquoteSpread(misquotes) };
  }
  if (claimants === 1) {
    const kind =
      revisions.length > 0 ? 'revised' : updates.length > 0 ? 'updated' : 'single_source';
    return { ...verdict, verdict: kind };
  }
  const common = intersect(
    positions.map((s) => s.base),
    eps,
  );
  // Figures that all share a point cannot contradict on any day (and hold no misquote).
  if (common) {
    const kind = revisions.length > 0 ? 'revised' : 'agree';
    return { ...verdict, verdict: kind, spread: spreadOf(positions), common };
  }
  const { best, soft } = findConflict(positions, rules);
  if (best) return { ...verdict, verdict: 'contradict', ...best };
  if (misquotes.length > 0) {
    return { ...verdict, verdict: 'misquote', spread: misquoteSpread(misquotes) };
  }
  const reason: Reason = soft || positions.some(isVague) ? 'too_vague' : 'date';
  return { ...verdict, verdict: 'not_comparable', reasons: [reason] };
}
