/**
 * One figure printed more than once in one article is one statement, not two sources: the
 * summary under a headline that repeats the body, an area given in km² and in square miles, a
 * sum given in dollars and in euros. Claims of one article, by the same claimant, about the
 * same measure, counted party, kind of money and time frame, whose intervals overlap once
 * converted, are merged; the statement is named after the printing that needs no conversion
 * (the smallest id among those).
 */
import { intersect, type Interval } from './intervals.ts';
import type { PreparedClaim } from './prepareClaims.ts';

export interface Statement {
  /** The id of its representative claim (see `rep`). */
  id: string;
  /** Its representative claim's rank by id (see PreparedClaim.order). */
  order: number;
  claims: PreparedClaim[];
  /** The claim whose wording stands for the statement: one in the base unit, else the smallest id. */
  rep: PreparedClaim;
  /** Where all its printings agree, in the comparison base. */
  base: Interval;
}

/** The printing that stands for a statement: one needing no conversion, then the smallest id. */
function byPreference(a: PreparedClaim, b: PreparedClaim): number {
  const convA = a.conversion.kind === 'none' ? 0 : 1;
  const convB = b.conversion.kind === 'none' ? 0 : 1;
  if (convA !== convB) return convA - convB;
  return a.order - b.order;
}

/** Merge repeated printings; returns statements in order of their ids. */
export function buildStatements(claims: readonly PreparedClaim[], epsilon: number): Statement[] {
  const buckets = new Map<string, PreparedClaim[]>();
  for (const c of claims) {
    const key = c.statementKey;
    const list = buckets.get(key);
    if (list) list.push(c);
    else buckets.set(key, [c]);
  }
  const statements: Statement[] = [];
  for (const list of buckets.values()) {
    if (list.length === 1) {
      const only = list[0] as PreparedClaim;
      statements.push({
        id: only.claim_id,
        order: only.order,
        claims: [only],
        rep: only,
        base: only.base,
      });
      continue;
    }
    // Sweep by lower bound: a claim joins the open statement when it overlaps all of it.
    const byLo = [...list].sort((a, b) => a.base.lo - b.base.lo || a.order - b.order);
    let current: PreparedClaim[] = [];
    let common: Interval | null = null;
    const flush = () => {
      if (current.length === 0 || !common) return;
      const ordered = [...current].sort(byPreference);
      const rep = ordered[0] as PreparedClaim;
      statements.push({ id: rep.claim_id, order: rep.order, claims: ordered, rep, base: common });
    };
    for (const c of byLo) {
      const next: Interval | null = common ? intersect([common, c.base], epsilon) : c.base;
      if (next) {
        current.push(c);
        common = next;
      } else {
        flush();
        current = [c];
        common = c.base;
      }
    }
    flush();
  }
  return statements.sort((a, b) => a.order - b.order);
}
