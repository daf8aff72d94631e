/**
 * Where sources disagree: one row per comparison group with more than one statement, widest
 * spread first. Each group is a quantity of its own, so each row has its own axis in the group's
 * unit (people, US$, km²): a reader sees 104 and 1,900 as numbers, and the ratio between them is
 * said in words on a bracket between the two marks ("18 times higher"), not read off the axis.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { claimDotsOptions, fittingAxis, type RowAnnotation } from './claimDots.ts';
import { positives, unitLabel, unitTick } from './measureChart.ts';

/** A claim placed in its group, in the group's base unit (dollars for euros, km² for miles). */
export interface DisputePoint extends ViewClaim {
  group_label: string;
  base_unit: string;
  base_center: number;
  base_lo: number | null;
  base_hi: number | null;
  /** The claim's value over the lowest in its row. */
  ratio: number;
  /** The group's spread (highest over lowest), where the row is the whole of a contradiction. */
  spread: number | null;
}

const base = (p: DisputePoint) => ({ lo: p.base_lo, hi: p.base_hi, center: p.base_center });

/** "18 times higher", "2.5 times higher", "40 % higher". */
export function timesHigher(ratio: number): string {
  if (ratio >= 10) return `${Math.round(ratio)} times higher`;
  if (ratio >= 1.95) return `${(Math.round(ratio * 10) / 10).toString()} times higher`;
  return `${Math.round((ratio - 1) * 100)} % higher`;
}

/** For each row that is a contradiction: a bracket from its lowest to its highest figure. */
export function disputeAnnotations(points: readonly DisputePoint[]): RowAnnotation[] {
  const rows = new Map<string, DisputePoint[]>();
  for (const p of points) rows.set(p.group_label, [...(rows.get(p.group_label) ?? []), p]);
  const out: RowAnnotation[] = [];
  for (const [row, list] of rows) {
    const spread = list[0]?.spread;
    if (!spread || spread < 1.05) continue;
    const centers = list.map((p) => p.base_center);
    out.push({
      row,
      from: Math.min(...centers),
      to: Math.max(...centers),
      text: timesHigher(spread),
    });
  }
  return out;
}

export function disputesChart(
  points: readonly DisputePoint[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const order = [...new Set(points.map((p) => p.group_label))];
  return claimDotsOptions(points, {
    width,
    theme,
    Plot,
    row: (c) => (c as DisputePoint).group_label,
    rowOrder: order,
    panel: (c) => (c as DisputePoint).group_label,
    value: (c) => base(c as DisputePoint),
    axis: (claims) => {
      const list = claims as readonly DisputePoint[];
      const units = [...new Set(list.map((p) => p.base_unit))];
      const unit = units[0] ?? 'people';
      return fittingAxis(
        positives(list.map(base)),
        units.length === 1 ? unitLabel(unit) : units.map(unitLabel).join(' or '),
        unitTick(unit),
      );
    },
    annotations: disputeAnnotations(points),
  });
}
