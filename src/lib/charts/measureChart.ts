/**
 * The chart any measure gets without code of its own: one row per quantity (what is counted,
 * whose, in which unit), a mark per claim at its value with the interval its wording allows,
 * colour for the claimant's side and shape for the lens. The axis is in the rows' own unit
 * family (people, pieces of equipment, US$, days), logarithmic where the claims span more than
 * tenfold, so claims that differ by an order of magnitude stay readable.
 */
import type * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/formatValue.ts';
import { subjectOf } from '../analysis/sentenceParts.ts';
import { unitEntry, type UnitFamily } from '../vocabulary/vocabulary.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import type { ChartContext } from './chartContext.ts';
import { claimDotsOptions, logDomain } from './claimDots.ts';
import { maxOf, minOf } from './extent.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A row: the quantity in words, naming the kind of equipment ("Armenian tanks destroyed"). */
export function measureRow(c: ViewClaim): string {
  const unit = unitEntry(c.unit);
  const subject = subjectOf(c.measure, c.counted);
  if (unit?.family !== 'equipment') return capitalise(subject);
  return capitalise(
    /\bequipment\b/.test(subject)
      ? subject.replace(/\bequipment\b/, unit.plural)
      : `${subject}: ${unit.plural}`,
  );
}

const AXIS_LABEL: Record<UnitFamily, string> = {
  money: 'US dollars',
  share: 'Per cent',
  people: 'People',
  equipment: 'Pieces of equipment',
  events: 'Incidents',
  area: 'Square kilometres',
  time: 'Days',
};

/** The axis label for claims of one unit family. */
export function axisLabel(family: UnitFamily, log: boolean): string {
  return `${AXIS_LABEL[family]}${log ? ' (logarithmic scale)' : ''} →`;
}

/** Values drawn, in the rows' units, that can sit on a log axis. */
function positives(claims: readonly ViewClaim[]): number[] {
  return claims
    .flatMap((c) => [c.center, c.lo, c.hi])
    .filter((v): v is number => v !== null && v > 0 && Number.isFinite(v));
}

export function measureChart(
  claims: readonly ViewClaim[],
  family: UnitFamily,
  { width, theme, Plot }: ChartContext,
  row: (c: ViewClaim) => string = measureRow,
): Plot.PlotOptions {
  const values = positives(claims);
  const log = values.length > 1 && maxOf(values) / minOf(values) > 10;
  const hi = values.length ? maxOf(values) : 1;
  return claimDotsOptions(claims, {
    width,
    theme,
    Plot,
    row,
    x: log
      ? {
          type: 'log',
          domain: logDomain(values),
          label: axisLabel(family, true),
          tickFormat: formatNumber,
        }
      : {
          type: 'linear',
          domain: [0, hi * 1.15],
          label: axisLabel(family, false),
          tickFormat: formatNumber,
        },
  });
}
