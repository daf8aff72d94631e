/**
 * SIPRI's yearly series for a flow (TIV delivered each year, in millions) with each printed
 * value's years laid over it as a bracket above the bars: a reader sees which years a printed
 * sum covers, and the label says what the database gives for them. A printed sum covers several
 * years, so it is never drawn on the yearly axis itself.
 */
import type * as Plot from '@observablehq/plot';
import type { PrintedOnSeries, SipriChartData } from '../reference/sipriChartData.ts';
import type { ChartContext } from './chartContext.ts';
import { maxOf } from './extent.ts';
import { yearTicks } from './yearTicks.ts';
import { databaseColour, OUTCOME_WORDS, outcomeColour } from './sipriOutcome.ts';

export const PRINTED_VALUE_CLASS = 'sipri-printed-values';

/** The words above a bracket: printed, then the database, then the outcome. */
export function valueLabel(d: PrintedOnSeries): string {
  const years = `${d.from}–${d.to}${d.inferred ? ' (years inferred)' : ''}`;
  return `${d.figure_text} printed for ${years}; this release: ${Math.round(d.database)} million TIV, ${OUTCOME_WORDS[d.outcome]}`;
}

/** One bracket per printed figure: the same figure printed twice for the same years is drawn once. */
export function distinctValues(values: readonly PrintedOnSeries[]): PrintedOnSeries[] {
  const seen = new Map<string, PrintedOnSeries>();
  for (const v of values) {
    const key = [v.flow, v.from, v.to, v.figure_text, v.printed].join('|');
    if (!seen.has(key)) seen.set(key, v);
  }
  return [...seen.values()];
}

/** Round ticks up to the tallest bar only: the space above it holds the brackets, not TIV. */
export function ticksUpTo(top: number): number[] {
  const rough = top / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  return Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
}

// Brackets stack above the tallest bar; each level leaves room for about three lines of label.
const FIRST_LEVEL = 1.08;
const LEVEL_STEP = 0.38;

export function sipriDeliveriesChart(
  data: SipriChartData,
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const top = maxOf(data.deliveries.map((d) => d.tiv)) || 1;
  const years = data.deliveries.map((d) => d.year);
  const middle = (Math.min(...years) + Math.max(...years) + 1) / 2;
  const values = distinctValues(data.values).map((d, i) => ({
    ...d,
    end: d.to + 1,
    level: top * (FIRST_LEVEL + LEVEL_STEP * (i + 0.6)),
  }));
  const facet = data.flows.length > 1 ? { fy: 'flow' } : {};
  // A label starts at its bracket's first year on the left half and ends at its last on the
  // right half, so it stays inside the chart at any width.
  const label = (side: 'start' | 'end') =>
    Plot.text(
      values.filter((d) => (side === 'start' ? d.from < middle : d.from >= middle)),
      {
        x: side === 'start' ? 'from' : 'end',
        y: 'level',
        dy: -6,
        lineAnchor: 'bottom',
        textAnchor: side,
        lineWidth: width / 18,
        text: valueLabel,
        fill: 'currentColor',
        ...facet,
      },
    );
  return {
    width,
    marginTop: 34,
    x: {
      label: 'Delivery year',
      tickFormat: 'd',
      ticks: yearTicks(Math.min(...years), Math.max(...years) + 1, width),
    },
    y: {
      label: 'TIV delivered, millions',
      grid: true,
      domain: [0, top * (FIRST_LEVEL + LEVEL_STEP * values.length)],
      ticks: ticksUpTo(top),
    },
    ...(data.flows.length > 1 ? { fy: { label: null } } : {}),
    marks: [
      Plot.rectY(data.deliveries, {
        x: 'year',
        interval: 1,
        y: 'tiv',
        fill: databaseColour(theme),
        inset: 0.5,
        ...facet,
      }),
      Plot.ruleY([0]),
      Plot.ruleY(values, {
        x1: 'from',
        x2: 'end',
        y: 'level',
        stroke: (d: PrintedOnSeries) => outcomeColour(d.outcome, theme),
        strokeWidth: 3,
        className: PRINTED_VALUE_CLASS,
        ...facet,
      }),
      label('start'),
      label('end'),
    ],
  };
}
