/**
 * Casualty claims of one war: each side's report of its own losses beside the other side's
 * claims about them and third-party figures, one row per counted party and kind of loss.
 * A logarithmic axis, because the claims about one quantity can differ by more than tenfold.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import { MEASURE_LABEL } from '../format/labels.ts';
import { formatNumber } from '../format/formatValue.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { claimDotsOptions, logDomain } from './claimDots.ts';

const ROW_LABEL: Record<string, string> = {
  'military_deaths|armenia': 'Armenian soldiers killed',
  'military_deaths|azerbaijan': 'Azerbaijani soldiers killed',
  'civilian_deaths|armenia': 'Armenian civilians killed',
  'civilian_deaths|azerbaijan': 'Azerbaijani civilians killed',
  'total_deaths|armenia': 'Armenians killed (soldiers and civilians)',
  'total_deaths|azerbaijan': 'Azerbaijanis killed (soldiers and civilians)',
  'total_deaths|both_sides': 'Killed on both sides',
  'total_wounded|both_sides': 'Wounded on both sides',
  'aircraft_downed|azerbaijan': 'Azerbaijani aircraft shot down',
  'aircraft_downed|armenia': 'Armenian aircraft shot down',
};

export function casualtyRow(c: ViewClaim): string {
  return ROW_LABEL[`${c.measure}|${c.counted}`] ?? `${MEASURE_LABEL[c.measure]} (${c.counted})`;
}

const ORDER = [
  'military_deaths',
  'civilian_deaths',
  'total_deaths',
  'total_wounded',
  'aircraft_downed',
].flatMap((m) => ['armenia', 'azerbaijan', 'both_sides'].map((c) => `${m}|${c}`));

/** The casualty claims a chart of the given war draws: by the year of their source. */
export function casualtyClaims(claims: readonly ViewClaim[], year: number): ViewClaim[] {
  return claims.filter((c) => c.topic === 'casualties' && c.published.startsWith(String(year)));
}

export function casualtiesChart(
  claims: readonly ViewClaim[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const rowOrder = ORDER.map((key) => {
    const [measure, counted] = key.split('|');
    const sample = claims.find((c) => c.measure === measure && c.counted === counted);
    return sample ? casualtyRow(sample) : '';
  }).filter((r) => r !== '');
  const values = claims
    .flatMap((c) => [c.center, c.lo, c.hi])
    .filter((v): v is number => v !== null && v > 0);
  return claimDotsOptions(claims, {
    width,
    theme,
    Plot,
    row: casualtyRow,
    rowOrder,
    x: {
      type: 'log',
      domain: logDomain(values),
      label: 'People (logarithmic scale) →',
      tickFormat: formatNumber,
    },
  });
}
