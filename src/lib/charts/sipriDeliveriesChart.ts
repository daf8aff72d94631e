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
import { TYPE, chartStyle, halo, linesHeight, wrapText } from './typeScale.ts';
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

// Layout in pixels: the bars' own height, and above them one level per bracket, as tall as its
// label's lines (wrapped to the room beside the bracket).
const BARS_HEIGHT = 200;
const MARGIN = { top: 30, right: 16, bottom: 40, left: 44 };

export function sipriDeliveriesChart(
  data: SipriChartData,
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const top = maxOf(data.deliveries.map((d) => d.tiv)) || 1;
  const years = data.deliveries.map((d) => d.year);
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const middle = (first + last) / 2;
  const inner = width - MARGIN.left - MARGIN.right;
  const px = (year: number) => MARGIN.left + ((year - first) / (last - first)) * inner;
  const perPixel = top / BARS_HEIGHT;
  const lineH = linesHeight(1, TYPE.label);
  let level = top + 12 * perPixel;
  const values = distinctValues(data.values).map((d) => {
    const end = d.to + 1;
    const side: 'start' | 'end' = d.from < middle ? 'start' : 'end';
    // A label starts at its bracket's first year on the left half and ends at its last on the
    // right half, so it stays inside the chart at any width.
    const room = side === 'start' ? width - 4 - px(d.from) : px(end) - 4;
    const lines = wrapText(valueLabel(d), Math.max(room, inner / 2), TYPE.label);
    const y = level;
    level += (lines.length * lineH + 18) * perPixel;
    return { ...d, end, side, y, text: lines.join('\n') };
  });
  const facet = data.flows.length > 1 ? { fy: 'flow' } : {};
  const label = (side: 'start' | 'end') =>
    Plot.text(
      values.filter((d) => d.side === side),
      {
        x: side === 'start' ? 'from' : 'end',
        y: 'y',
        dy: -6,
        lineAnchor: 'bottom',
        textAnchor: side,
        lineHeight: 1.2,
        text: 'text',
        fontSize: TYPE.label,
        fill: 'currentColor',
        ...halo(theme),
        ...facet,
      },
    );
  const plotHeight = (level / perPixel) | 0;
  return {
    width,
    height: (plotHeight + MARGIN.top + MARGIN.bottom) * Math.max(1, data.flows.length),
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    style: chartStyle(),
    x: {
      label: 'Delivery year →',
      tickFormat: 'd',
      domain: [first, last],
      ticks: yearTicks(first, last, inner),
    },
    y: {
      label: '↑ TIV delivered, millions',
      grid: true,
      domain: [0, level],
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
        y: 'y',
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
