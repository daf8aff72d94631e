/**
 * A supplier's share of a recipient's arms imports in every five-year window, as SIPRI's
 * database gives it (a line, placed at each window's last year), with the shares the articles
 * printed as numbered points at the window each names, or most likely names (hollow: the window
 * is inferred). A key at the top says, for each number, what was printed and what the database
 * gives. Shares for different windows are different quantities; the line shows how far they move
 * from one window to the next.
 */
import type * as Plot from '@observablehq/plot';
import type { PrintedOnSeries, SipriChartData } from '../reference/sipriChartData.ts';
import type { ChartContext } from './chartContext.ts';
import { yearTicks } from './yearTicks.ts';
import { TYPE, chartStyle, linesHeight, wrapText } from './typeScale.ts';
import { databaseColour, OUTCOME_WORDS, outcomeColour } from './sipriOutcome.ts';

export const PRINTED_SHARE_CLASS = 'sipri-printed-shares';

/** One line of the key. */
export function shareLabel(d: PrintedOnSeries, n: number): string {
  const window = `${d.from}–${d.to}${d.inferred ? ', window inferred' : ''}`;
  return `${n}. ${d.figure_text} (${window}); this release: ${Math.round(d.database)} %, ${OUTCOME_WORDS[d.outcome]}`;
}

export function sipriSharesChart(
  data: SipriChartData,
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const shares = data.shares.filter((d) => d.share !== null);
  const ends = [...data.shares.map((d) => d.to), ...data.printedShares.map((d) => d.to)];
  const printed = data.printedShares.map((d, i) => ({ ...d, n: i + 1 }));
  const facet = data.flows.length > 1 ? { fy: 'flow' } : {};
  const colour = (d: PrintedOnSeries) => outcomeColour(d.outcome, theme);
  // The key wraps to the chart's width (Plot counts line width in ems, about a character and a
  // half at this size); the margin above the plot grows with its lines.
  const key = printed.flatMap((d) => wrapText(shareLabel(d, d.n), width - 12, TYPE.small));
  return {
    width,
    style: chartStyle(),
    marginLeft: 40,
    marginRight: 16,
    marginBottom: 48,
    x: {
      label: 'Last year of the five-year window →',
      labelAnchor: 'left',
      labelOffset: 40,
      tickFormat: 'd',
      ticks: yearTicks(Math.min(...ends), Math.max(...ends), width),
    },
    // Room above 100 % for the key.
    y: { label: 'Share of arms imports, %', domain: [0, 100], grid: true },
    marginTop: 34 + linesHeight(key.length, TYPE.small),
    ...(data.flows.length > 1 ? { fy: { label: null } } : {}),
    marks: [
      Plot.line(shares, {
        x: 'to',
        y: 'share',
        stroke: databaseColour(theme),
        strokeWidth: 2,
        ...facet,
      }),
      Plot.dot(shares, { x: 'to', y: 'share', r: 2, fill: databaseColour(theme), ...facet }),
      Plot.dot(printed, {
        x: 'to',
        y: 'printed',
        r: 6,
        stroke: colour,
        strokeWidth: 2,
        fill: (d: PrintedOnSeries) => (d.inferred ? 'none' : colour(d)),
        className: PRINTED_SHARE_CLASS,
        ...facet,
      }),
      Plot.text(printed, {
        x: 'to',
        y: 'printed',
        text: 'n',
        dx: -12,
        dy: -10,
        fontSize: TYPE.label,
        fontWeight: 'bold',
        ...facet,
      }),
      Plot.text([key.join('\n')], {
        frameAnchor: 'top-left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        lineHeight: 1.2,
        dx: -34,
        dy: -24,
        fontSize: TYPE.small,
        fill: 'currentColor',
      }),
    ],
  };
}
