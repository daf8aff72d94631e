/**
 * A verdict per comparison group, judged between claimants (never between printings of one
 * figure, see statements.ts), on each claimant's latest statement:
 *
 * - not_comparable: the group mixes scopes (different definitions, periods, kinds of money,
 *   currencies without a known rate), or its figures fail to overlap only by less than the soft
 *   edge of a vague word (vague_vs_precise);
 * - single_source: one claimant, one value;
 * - revised: the same claimant gave a different value at a later as-of date, and what the
 *   claimants say now does not conflict;
 * - contradict: the claimants' intervals share no point; the spread is the largest central value
 *   over the smallest, and the claimants stand on the low or the high side;
 * - agree: all intervals share a point.
 */
import { intersect, widen, type Interval } from './intervals.ts';
import type { Group, Scope } from './groups.ts';
import type { EngineRules } from './rules.ts';
import type { Statement } from './statements.ts';

export const VERDICTS = [
  'agree',
  'contradict',
  'revised',
  'not_comparable',
  'single_source',
] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export const REASONS = [
  'definition',
  'period',
  'tiv_vs_money',
  'currency',
  'vague_vs_precise',
] as const;
export type Reason = (typeof REASONS)[number];

export interface Revision {
  claimantKey: string;
  from: Statement;
  to: Statement;
}

export interface Verdict {
  groupId: string;
  verdict: VerdictKind;
  reasons: Reason[];
  /** Largest central value over the smallest among current positions; null when meaningless. */
  spread: number | null;
  /** Each claimant's latest statement(s). */
  positions: Statement[];
  /** In a contradiction: statements that fit under the lowest ceiling, above the highest floor. */
  low: Statement[];
  high: Statement[];
  revisions: Revision[];
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

/** The latest statement(s) of each claimant, and the revisions that led to them. */
export function positionsOf(
  statements: readonly Statement[],
  epsilon: number,
): { positions: Statement[]; revisions: Revision[]; claimants: number } {
  if (statements.length === 1) return { positions: [...statements], revisions: [], claimants: 1 };
  const byClaimant = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = byClaimant.get(s.rep.claimantKey);
    if (list) list.push(s);
    else byClaimant.set(s.rep.claimantKey, [s]);
  }
  const positions: Statement[] = [];
  const revisions: Revision[] = [];
  for (const [claimantKey, list] of [...byClaimant].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // Running totals and states: only the latest date stands; flows over periods all stand.
    let latestDay = -Infinity;
    for (const s of list) {
      if (s.rep.time.kind === 'as_of') latestDay = Math.max(latestDay, s.rep.time.from as number);
    }
    const earlier: Statement[] = [];
    let last: Statement | undefined;
    for (const s of list) {
      if (s.rep.time.kind !== 'as_of') positions.push(s);
      else if (s.rep.time.from === latestDay) {
        positions.push(s);
        last ??= s;
      } else earlier.push(s);
    }
    if (!last || earlier.length === 0) continue;
    const now = last.rep.baseCenter;
    const changed = earlier
      .sort(
        (a, b) => (a.rep.time.from as number) - (b.rep.time.from as number) || a.order - b.order,
      )
      .find((s) => Math.abs(s.rep.baseCenter - now) > epsilon * Math.max(Math.abs(now), 1));
    if (changed) revisions.push({ claimantKey, from: changed, to: last });
  }
  return { positions, revisions, claimants: byClaimant.size };
}

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

const widenVague = (s: Statement, margin: number): Interval =>
  s.claims.some((c) => c.qualifier === 'vague') ? widen(s.base, margin) : s.base;

export function judgeGroup(group: Group, rules: EngineRules): Verdict {
  const eps = rules.epsilon;
  const { positions, revisions, claimants } = positionsOf(group.statements, eps);
  const verdict: Verdict = {
    groupId: group.id,
    verdict: 'single_source',
    reasons: [],
    spread: null,
    positions,
    low: [],
    high: [],
    revisions,
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
  if (claimants === 1) {
    return { ...verdict, verdict: revisions.length > 0 ? 'revised' : 'single_source' };
  }
  const spread = spreadOf(positions);
  const common = intersect(
    positions.map((s) => s.base),
    eps,
  );
  if (common) {
    return {
      ...verdict,
      verdict: revisions.length > 0 ? 'revised' : 'agree',
      spread,
      common,
    };
  }
  const anyVague = positions.some((s) => s.claims.some((c) => c.qualifier === 'vague'));
  if (
    anyVague &&
    intersect(
      positions.map((s) => widenVague(s, rules.vagueMargin)),
      eps,
    )
  ) {
    return { ...verdict, verdict: 'not_comparable', reasons: ['vague_vs_precise'], spread };
  }
  // The two ends of the disagreement: the lowest ceiling and the highest floor.
  let ceiling = positions[0] as Statement;
  let floor = positions[0] as Statement;
  for (const s of positions) {
    if (s.base.hi < ceiling.base.hi) ceiling = s;
    if (s.base.lo > floor.base.lo) floor = s;
  }
  const low = positions.filter((s) => intersect([s.base, ceiling.base], eps) !== null);
  const high = positions.filter((s) => intersect([s.base, floor.base], eps) !== null);
  return { ...verdict, verdict: 'contradict', spread, low, high };
}
