/**
 * Casualty claims of one war: each side's report of its own losses beside the other side's
 * claims about them and third-party figures, one row per counted party and kind of loss, on an
 * axis of people (logarithmic where the claims about one quantity differ by more than tenfold);
 * figures in another unit get an axis of their own.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import { measureRow, unitAxis } from './measureChart.ts';
import { COUNTED, MEASURES } from '../vocabulary/vocabulary.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { claimDotsOptions, type RowAnnotation } from './claimDots.ts';

const ROW_LABEL: Record<string, string> = {
  'military_deaths|armenia': 'Armenian soldiers killed',
  'military_deaths|azerbaijan': 'Azerbaijani soldiers killed',
  'civilian_deaths|armenia': 'Armenian civilians killed',
  'civilian_deaths|azerbaijan': 'Azerbaijani civilians killed',
  'total_deaths|armenia': 'Armenians killed (soldiers and civilians)',
  'total_deaths|azerbaijan': 'Azerbaijanis killed (soldiers and civilians)',
  'total_deaths|both_sides': 'Killed on both sides',
  'total_wounded|both_sides': 'Wounded on both sides',
};

export function casualtyRow(c: ViewClaim): string {
  return ROW_LABEL[`${c.measure}|${c.counted}`] ?? measureRow(c);
}

/** Rows in the vocabulary's order: by measure, then by whose losses. */
const rank = (c: ViewClaim) =>
  MEASURES.indexOf(c.measure) * COUNTED.length + COUNTED.indexOf(c.counted);

/** The wars the casualty charts follow, each from its first day: a figure belongs to the last
 * one begun by the day it is true of (its as-of date or period end, else its publication). */
export const WARS: readonly { year: number; from: string }[] = [
  { year: 2020, from: '2020-09-27' },
  { year: 2023, from: '2023-09-19' },
];

export function warOf(c: Pick<ViewClaim, 'as_of' | 'period_end' | 'published'>): number | null {
  const day = c.as_of ?? c.period_end ?? c.published;
  let war: number | null = null;
  for (const w of WARS) if (day >= w.from) war = w.year;
  return war;
}

/** The casualty claims a chart of the given war draws. */
export function casualtyClaims(claims: readonly ViewClaim[], year: number): ViewClaim[] {
  return claims.filter((c) => c.topic === 'casualties' && warOf(c) === year);
}

export function casualtiesChart(
  claims: readonly ViewClaim[],
  { width, theme, Plot }: ChartContext,
  annotations: readonly RowAnnotation[] = [],
): Plot.PlotOptions {
  const rowOrder = [...claims]
    .sort((a, b) => rank(a) - rank(b))
    .map(casualtyRow)
    .filter((r, i, all) => all.indexOf(r) === i);
  return claimDotsOptions(claims, {
    width,
    theme,
    Plot,
    row: casualtyRow,
    rowOrder,
    // People on an axis of people; aircraft or tanks, where a casualty article counts them, on
    // an axis of their own.
    panel: (c) => c.unit,
    axis: unitAxis,
    annotations,
  });
}
