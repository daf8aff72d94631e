/**
 * The finding of a chart said on the chart: which row's marks a bracket joins and what it says,
 * worked out from the figures shown (and, where the engine compared them, from its verdicts).
 */
import type { RowAnnotation } from '../charts/claimDots.ts';
import { timesHigher } from '../charts/disputesChart.ts';
import { formatNumber } from '../format/formatValue.ts';
import type { GroupInfo } from './disputePoints.ts';
import { DISPUTED_VERDICTS } from './filterClaims.ts';
import type { ViewClaim } from './viewClaim.ts';

/**
 * The widest of the engine's groups with one of `verdicts` whose figures shown share a row: a
 * bracket from its lowest to its highest figure, with the group's spread in words.
 */
export function groupAnnotation(
  claims: readonly ViewClaim[],
  groups: ReadonlyMap<string, GroupInfo>,
  row: (c: ViewClaim) => string,
  verdicts: readonly string[],
): RowAnnotation[] {
  const byGroup = new Map<string, ViewClaim[]>();
  for (const c of claims) {
    if (c.group_id === null) continue;
    byGroup.set(c.group_id, [...(byGroup.get(c.group_id) ?? []), c]);
  }
  const candidates = [...byGroup.entries()]
    .map(([id, list]) => ({ group: groups.get(id), list }))
    .filter(
      (g): g is { group: GroupInfo; list: ViewClaim[] } =>
        g.group !== undefined &&
        verdicts.includes(g.group.verdict) &&
        (g.group.spread ?? 0) >= 1.05 &&
        new Set(g.list.map(row)).size === 1 &&
        new Set(g.list.map((c) => c.center)).size > 1,
    )
    .sort(
      (a, b) =>
        (b.group.spread ?? 0) - (a.group.spread ?? 0) ||
        a.group.group_id.localeCompare(b.group.group_id),
    );
  const widest = candidates[0];
  if (!widest) return [];
  const centers = widest.list.map((c) => c.center);
  return [
    {
      row: row(widest.list[0] as ViewClaim),
      from: Math.min(...centers),
      to: Math.max(...centers),
      text: timesHigher(widest.group.spread as number),
    },
  ];
}

/**
 * For charts with no engine verdicts to hand: the row whose figures from different claimants are
 * furthest apart, as a ratio ("4.2 times higher") or, for shares, in percentage points. Only
 * figures the engine put in one comparison group (the same measure, party and time frame) and
 * found to disagree are set against each other: one day's claim is no multiple of a war's total,
 * and the fifth and ninth day of one war are no dispute.
 */
export function widestRowAnnotation(
  claims: readonly ViewClaim[],
  row: (c: ViewClaim) => string,
): RowAnnotation[] {
  const byRow = new Map<string, { row: string; list: ViewClaim[] }>();
  for (const c of claims) {
    if (c.group_id === null || !DISPUTED_VERDICTS.includes(c.verdict ?? '')) continue;
    const key = JSON.stringify([row(c), c.group_id]);
    const entry = byRow.get(key) ?? { row: row(c), list: [] };
    entry.list.push(c);
    byRow.set(key, entry);
  }
  let best: { row: string; lo: number; hi: number; score: number; share: boolean } | undefined;
  for (const { row: r, list } of byRow.values()) {
    if (new Set(list.map((c) => c.claimant)).size < 2) continue;
    // A vague word ("several") has a range, not a figure to take a multiple of.
    const centers = list
      .filter((c) => c.qualifier !== 'vague')
      .map((c) => c.center)
      .filter((v) => v > 0 && Number.isFinite(v));
    if (centers.length < 2) continue;
    const lo = Math.min(...centers);
    const hi = Math.max(...centers);
    const share = list.every((c) => c.unit === 'percent');
    // Shares differ in points; counts and sums by how many times over.
    const score = share ? (hi - lo) / 10 + 1 : hi / lo;
    if (score >= 1.5 && (!best || score > best.score)) best = { row: r, lo, hi, score, share };
  }
  if (!best) return [];
  return [
    {
      row: best.row,
      from: best.lo,
      to: best.hi,
      text: best.share
        ? `${formatNumber(Math.round(best.hi - best.lo))} points apart`
        : timesHigher(best.hi / best.lo),
    },
  ];
}
