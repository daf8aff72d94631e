/**
 * How a toll grew: each side's own running count of its soldiers killed, as a step line over the
 * dates the counts were given, ending at the last figure it published, so an early "104" is read
 * against the final "3,825". Only a claimant's own counts make a series: claims about the enemy
 * and third-party counts are other quantities (see the claims-against-confirmed chart).
 */
import type * as Plot from '@observablehq/plot';
import { formatDate, formatNumber } from '../format/formatValue.ts';
import { countedEntry } from '../vocabulary/vocabulary.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import type { ChartContext } from './chartContext.ts';
import { sideScale } from './palette.ts';
import { shortText } from '../format/displayText.ts';
import { TYPE, chartStyle, halo, wrapText } from './typeScale.ts';
import type { Side } from '../data/types.ts';

/** Measures whose own running counts make a toll. */
export const TOLL_MEASURES: readonly string[] = ['military_deaths'];

export interface TollPoint {
  claim: ViewClaim;
  series: string;
  side: Side;
  /** The day the count was given for (its as-of date, else its publication date). */
  date: string;
  value: number;
}

export interface TollSeries {
  series: string;
  side: Side;
  points: TollPoint[];
  first: TollPoint;
  last: TollPoint;
}

const dayOf = (c: ViewClaim) => c.as_of ?? c.published;

/** "Armenia's own count of its soldiers killed". */
function seriesName(counted: string): string {
  const words = countedEntry(counted)?.words ?? counted;
  return `${words}’s own count`;
}

/** Each side's own counts, by date; a series needs counts on at least two days. */
export function tollSeries(claims: readonly ViewClaim[]): TollSeries[] {
  const bySide = new Map<string, TollPoint[]>();
  for (const c of claims) {
    // A running count is given for a day; a figure with no as-of date (a count of one episode)
    // is not a point on the toll.
    if (!TOLL_MEASURES.includes(c.measure) || c.lens !== 'self_reported' || !c.as_of) continue;
    const point: TollPoint = {
      claim: c,
      series: seriesName(c.counted),
      side: c.claimant_side,
      date: dayOf(c),
      value: c.center,
    };
    const list = bySide.get(c.counted);
    if (list) list.push(point);
    else bySide.set(c.counted, [point]);
  }
  const out: TollSeries[] = [];
  for (const points of bySide.values()) {
    points.sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value);
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last || first.date === last.date) continue;
    out.push({ series: first.series, side: first.side, points, first, last });
  }
  return out.sort((a, b) => a.series.localeCompare(b.series));
}

/** "Armenia's own count rose from 104 (2 October 2020) to 3,825 (13 February 2022)." */
export function tollFinding(series: readonly TollSeries[]): string {
  if (series.length === 0)
    return 'No side’s own toll was reported on two or more days among the figures shown.';
  // A date worked out from the publication is only a bound: the count was given by then.
  const when = (p: TollPoint) =>
    p.claim.time_basis === 'inferred' ? `by ${formatDate(p.date)}` : `on ${formatDate(p.date)}`;
  return series
    .map((s) => {
      const growth = growthWords(s);
      return (
        `${s.series} rose from ${s.first.claim.figure_text} (${when(s.first)}) to ` +
        `${s.last.claim.figure_text} (${when(s.last)}), ${growth}.`
      );
    })
    .join(' ');
}

/** "36.8 times the first", "40 % more than the first". */
export function growthWords(s: TollSeries): string {
  const ratio = s.last.value / Math.max(1, s.first.value);
  return ratio >= 1.95
    ? `${formatNumber(Math.round(ratio * 10) / 10)} times the first`
    : `${formatNumber(Math.round((ratio - 1) * 100))} % more than the first`;
}

const toDate = (day: string) =>
  new Date(`${day.length === 4 ? `${day}-07-01` : day.length === 7 ? `${day}-15` : day}T00:00:00Z`);

export const TOLL_CLASS = 'toll-points';

interface PairPoint {
  p: TollPoint;
  z: string;
}

export function tollGrowthChart(
  series: readonly TollSeries[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const points = series.flatMap((s) => s.points);
  const labels = series
    .map((s) =>
      wrapText(
        `${s.series}: ${shortText(s.last.claim.figure_text, 40, 24)}, ${growthWords(s)} (${shortText(s.first.claim.figure_text, 40, 24)})`,
        Math.min(width - 90, 300),
        TYPE.story,
        true,
      ).join('\n'),
    )
    .join('\n\n');
  // The widest gap between the values drawn (and zero and the top), where the labels go.
  const values = [...new Set([0, ...points.map((p) => p.value)])].sort((a, b) => a - b);
  let band = (values.at(-1) ?? 0) / 2;
  let widest = 0;
  values.forEach((v, i) => {
    const next = values[i + 1];
    if (next !== undefined && next - v > widest) {
      widest = next - v;
      band = (v + next) / 2;
    }
  });
  const DAY = 86_400_000;
  const pairs = (gap: boolean): PairPoint[] =>
    series.flatMap((s) =>
      s.points.slice(1).flatMap((b, i) => {
        const a = s.points[i] as TollPoint;
        const far = (toDate(b.date).getTime() - toDate(a.date).getTime()) / DAY > 14;
        return far === gap
          ? [
              { p: a, z: `${s.series}|${i}` },
              { p: b, z: `${s.series}|${i}` },
            ]
          : [];
      }),
    );
  const sides = [...new Set(series.map((s) => s.side))];
  return {
    width,
    // Tall enough on a phone for the labels to fit between the lines.
    height: width < 480 ? 340 : Math.min(420, width * 0.5),
    marginLeft: 56,
    marginRight: 16,
    marginTop: 28,
    marginBottom: 36,
    style: chartStyle(),
    x: { type: 'utc', label: null, ticks: width < 480 ? 3 : 6 },
    y: {
      label: 'Soldiers killed, own count ↑',
      grid: true,
      tickFormat: formatNumber,
      nice: true,
      zero: true,
    },
    color: { ...sideScale(sides, theme), legend: false },
    marks: [
      // Counts days apart step from one to the next; across a long silence the ledger has no
      // count between, so the line runs dashed and straight rather than claim a flat toll.
      Plot.line(pairs(false), {
        x: (d: PairPoint) => toDate(d.p.date),
        y: (d: PairPoint) => d.p.value,
        z: 'z',
        stroke: (d: PairPoint) => d.p.side,
        strokeWidth: 2.5,
        curve: 'step-after',
      }),
      Plot.line(pairs(true), {
        x: (d: PairPoint) => toDate(d.p.date),
        y: (d: PairPoint) => d.p.value,
        z: 'z',
        stroke: (d: PairPoint) => d.p.side,
        strokeWidth: 2,
        strokeDasharray: '5,4',
      }),
      // The claims themselves, in the points' order: the page attaches provenance to them.
      Plot.dot(
        points.map((p) => p.claim),
        {
          x: (c: ViewClaim) => toDate(dayOf(c)),
          y: 'center',
          fill: 'claimant_side',
          stroke: 'currentColor',
          r: 5,
          className: TOLL_CLASS,
        },
      ),
      // The finding at the end of each line: the last count and how far it rose from the first.
      // The finding for each series, stacked in the widest empty band between the lines, at the
      // right, where the lines end: the last count and how far it rose from the first.
      Plot.text([labels], {
        frameAnchor: 'right',
        y: () => band,
        text: (d: string) => d,
        textAnchor: 'end',
        lineAnchor: 'middle',
        lineHeight: 1.2,
        dx: -16,
        fontSize: TYPE.story,
        fontWeight: 700,
        fill: 'currentColor',
        ...halo(theme),
      }),
    ],
  };
}
