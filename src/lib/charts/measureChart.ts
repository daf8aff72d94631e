/**
 * The chart any measure gets without code of its own: one row per quantity (what is counted,
 * whose, in which unit), a mark per claim at its value with the interval its wording allows,
 * colour for the claimant's side and shape for the lens. The axis is in the rows' own unit
 * (people, tanks, US$, days): rows of another unit get a panel and an axis of their own. An axis
 * is logarithmic where the claims span more than tenfold, so claims that differ by an order of
 * magnitude stay readable.
 */
import type * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/formatValue.ts';
import { subjectOf } from '../analysis/sentenceParts.ts';
import { unitEntry, type UnitFamily } from '../vocabulary/vocabulary.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import type { ChartContext } from './chartContext.ts';
import { claimDotsOptions, fittingAxis, type Axis, type RowAnnotation } from './claimDots.ts';

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
  return `${AXIS_LABEL[family]}${log ? ', log scale' : ''}`;
}

/** A unit as an axis names it: "People", "Tanks and armoured vehicles", "US dollars". */
export function unitLabel(unit: string): string {
  const entry = unitEntry(unit);
  return capitalise(entry?.plural ?? unit.replace(/_/g, ' '));
}

/** Tick labels in the unit's own notation: "US$375 million", "40 %", "1,900". */
export function unitTick(unit: string): (value: number) => string {
  const symbol = unitEntry(unit)?.symbol;
  return (v: number) => `${symbol?.prefix ?? ''}${formatNumber(v)}${symbol?.suffix ?? ''}`;
}

/** Values drawn, in the rows' units, that can sit on a log axis. */
export function positives(
  claims: readonly { center: number; lo: number | null; hi: number | null }[],
): number[] {
  return claims
    .flatMap((c) => [c.center, c.lo, c.hi])
    .filter((v): v is number => v !== null && v > 0 && Number.isFinite(v));
}

/** The axis of claims of one unit, in that unit. */
export function unitAxis(claims: readonly ViewClaim[]): Axis {
  const units = [...new Set(claims.map((c) => c.unit))];
  const unit = units[0] ?? 'people';
  const label =
    units.length === 1
      ? unitLabel(unit)
      : AXIS_LABEL[(unitEntry(unit)?.family ?? 'people') as UnitFamily];
  return fittingAxis(positives(claims), label, unitTick(unit));
}

/**
 * Rows of claims in one unit share a panel and its axis; claims in another unit (aircraft beside
 * people) get a panel of their own.
 */
export function measureChart(
  claims: readonly ViewClaim[],
  _family: UnitFamily,
  { width, theme, Plot }: ChartContext,
  row: (c: ViewClaim) => string = measureRow,
  annotations: readonly RowAnnotation[] = [],
): Plot.PlotOptions {
  return claimDotsOptions(claims, {
    width,
    theme,
    Plot,
    row,
    panel: (c) => c.unit,
    axis: unitAxis,
    annotations,
  });
}
