/**
 * Where sources disagree: one row per comparison group with more than one statement, each claim
 * placed at its value relative to the lowest figure in its group, on a logarithmic axis. Groups
 * of different units share one chart this way, and "18 times" reads directly off the axis.
 * Rows are ordered by spread, widest first.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { claimDotsOptions, logDomain } from './claimDots.ts';

/** A claim placed in its group: lo, hi and center are ratios to the group's lowest figure. */
export interface DisputePoint extends ViewClaim {
  group_label: string;
}

export function disputesChart(
  points: readonly DisputePoint[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const ratios = points
    .flatMap((p) => [p.center, p.lo, p.hi])
    .filter((v): v is number => v !== null);
  const [lo, hi] = logDomain([...ratios, 1]);
  const order = [...new Set(points.map((p) => p.group_label))];
  return claimDotsOptions(points, {
    width,
    theme,
    Plot,
    row: (c) => (c as DisputePoint).group_label,
    rowOrder: order,
    x: {
      type: 'log',
      domain: [Math.min(lo, 0.5), Math.max(hi, 10)],
      label: 'Times the lowest figure in the group (logarithmic scale) →',
      tickFormat: (v: number) => `${v}×`,
    },
  });
}
