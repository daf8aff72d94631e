/**
 * The finding of a chart said on the chart: which row's marks a bracket joins and what it says,
 * worked out from the figures shown (and, where the engine compared them, from its verdicts).
 */
import type { RowAnnotation } from '../charts/claimDots.ts';
import { timesHigher } from '../charts/disputesChart.ts';
import { formatNumber } from '../format/formatValue.ts';
import type { GroupInfo } from './disputePoints.ts';
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
 * furthest apart, as a ratio ("4.2 times higher") or, for shares, in percentage points.
 */
export function widestRowAnnotation(
  claims: readonly ViewClaim[],
  row: (c: ViewClaim) => string,
): RowAnnotation[] {
  const byRow = new Map<string, ViewClaim[]>();
  for (const c of claims) byRow.set(row(c), [...(byRow.get(row(c)) ?? []), c]);
  let best: { row: string; lo: number; hi: number; score: number; share: boolean } | undefined;
  for (const [r, list] of byRow) {
    if (new Set(list.map((c) => c.claimant)).size < 2) continue;
    const centers = list.map((c) => c.center).filter((v) => v > 0 && Number.isFinite(v));
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
