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
import { TYPE, chartStyle, halo, linesHeight, textWidth, wrapText } from './typeScale.ts';
import { linearTicks } from './claimDots.ts';
import { crosses, type Box } from './geometry.ts';
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

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

interface Placed {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
  /** Where the dot in the line's colour goes, before the label's first line. */
  keyX?: number;
  side?: Side;
}

/** A label names its line by a short swatch of the line before its first line. */
const KEY_ROOM = 22;
/** The swatch's length: a short stretch of the line, which no reader takes for a count. */
const SWATCH = 16;

/** A label in the scales' values, where Plot draws it. */
interface Label {
  x: Date;
  y: number;
  text: string;
  anchor: 'start' | 'end';
  /** The series' colour, in a dot before the label. */
  key?: Side;
  /** Where that swatch starts and ends. */
  keyX?: Date;
  keyX2?: Date;
}

const MARGIN = { left: 56, right: 16, top: 28, bottom: 36 };
/** Room kept between a label and the lines and dots around it. */
const CLEAR = 6;

export function tollGrowthChart(
  series: readonly TollSeries[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const points = series.flatMap((s) => s.points);
  const DAY = 86_400_000;
  const times = points.map((p) => toDate(p.date).getTime());
  const xDomain: [Date, Date] = [
    new Date(times.length ? Math.min(...times) : 0),
    new Date(times.length ? Math.max(...times) : DAY),
  ];
  const top = Math.max(1, ...points.map((p) => p.value));
  const yTicks = linearTicks(0, top, 4);
  const step = (yTicks[1] ?? top) - (yTicks[0] ?? 0) || top;
  const yDomain: [number, number] = [0, Math.ceil(top / step) * step];
  const plotLeft = MARGIN.left;
  const plotRight = width - MARGIN.right;
  // Each series' finding, beside its line: the last count and how far it rose from the first.
  // Each wrapped to the widest measure first, then narrower, so that on a phone a label can
  // find room between the lines as a taller, narrower block rather than fall under the axis.
  const wraps = [Math.min(plotRight - plotLeft - 8, 300), 220, 180, 150].filter(
    (w, i, all) => i === 0 || w < (all[0] as number),
  );
  const blocks = series.map((s) => {
    const text = `${s.series}: ${shortText(s.last.claim.figure_text, 40, 24)}, ${growthWords(s).replace(/ %/, '\u00a0%')} (${shortText(s.first.claim.figure_text, 40, 24)})`;
    const shapes = wraps.map((w) => {
      const lines = wrapText(text, w, TYPE.story, true);
      return {
        lines,
        // Room before the first line for the dot in its line's colour.
        w: Math.max(...lines.map((l) => textWidth(l, TYPE.story, true))) + KEY_ROOM,
        h: linesHeight(lines.length, TYPE.story),
      };
    });
    return { s, ...(shapes[0] as (typeof shapes)[number]), shapes };
  });
  // Tall enough on a phone for the labels to find room between the lines.
  const baseHeight = width < 480 ? 340 : Math.min(420, width * 0.5);
  const place = (height: number) => {
    const plotTop = MARGIN.top;
    const plotBottom = height - MARGIN.bottom;
    const span = xDomain[1].getTime() - xDomain[0].getTime() || DAY;
    const px = (t: number) =>
      plotLeft + ((t - xDomain[0].getTime()) / span) * (plotRight - plotLeft);
    const py = (v: number) => plotBottom - (v / yDomain[1]) * (plotBottom - plotTop);
    // The lines as drawn (a step after each count, straight across a long gap) and the dots.
    const segments: [number, number, number, number][] = [];
    const dots: Box[] = [];
    for (const s of series) {
      s.points.forEach((b, i) => {
        const x = px(toDate(b.date).getTime());
        const y = py(b.value);
        dots.push({ x1: x - 6, y1: y - 6, x2: x + 6, y2: y + 6 });
        const a = s.points[i - 1];
        if (!a) return;
        const ax = px(toDate(a.date).getTime());
        const ay = py(a.value);
        const far = (toDate(b.date).getTime() - toDate(a.date).getTime()) / DAY > 14;
        if (far) segments.push([ax, ay, x, y]);
        else segments.push([ax, ay, x, ay], [x, ay, x, y]);
      });
    }
    const taken: Box[] = [];
    const free = (box: Box) => {
      const room = {
        x1: box.x1 - CLEAR,
        y1: box.y1 - CLEAR,
        x2: box.x2 + CLEAR,
        y2: box.y2 + CLEAR,
      };
      return (
        box.x1 >= plotLeft + 4 &&
        box.x2 <= plotRight &&
        box.y1 >= plotTop &&
        box.y2 <= plotBottom - 4 &&
        !dots.some((d) => overlaps(room, d)) &&
        !taken.some((t) => overlaps(room, t)) &&
        !segments.some(([ax, ay, bx, by]) => crosses(room, ax, ay, bx, by))
      );
    };
    const placed: Placed[] = [];
    for (const b of blocks) {
      const lx = px(toDate(b.s.last.date).getTime());
      const ly = py(b.s.last.value);
      // As near the end of its own line as it can be without touching a line or a dot: the
      // places the label could go, nearest first.
      const candidates: (Box & { d: number; lines: string[] })[] = [];
      const endX = Math.min(lx, plotRight);
      // A narrower block costs a little, as if it sat a line further away.
      b.shapes.forEach((shape, rank) => {
        for (let y1 = plotTop; y1 + shape.h <= plotBottom; y1 += 6)
          for (let x2 = endX; x2 - shape.w >= plotLeft; x2 -= 12) {
            const dx = x2 < lx - 6 ? lx - 6 - x2 : 0;
            const dy = ly < y1 ? y1 - ly : ly > y1 + shape.h ? ly - y1 - shape.h : 0;
            candidates.push({
              x1: x2 - shape.w,
              y1,
              x2,
              y2: y1 + shape.h,
              d: Math.hypot(dx, dy) + rank * 60,
              lines: shape.lines,
            });
          }
      });
      candidates.sort((a, c) => a.d - c.d);
      const box = candidates.find(free);
      if (!box) return null;
      taken.push(box);
      placed.push({
        x: box.x2,
        y: box.y1,
        text: box.lines.join('\n'),
        anchor: 'end',
        keyX: box.x2 - textWidth(box.lines[0] ?? '', TYPE.story, true) - 6 - SWATCH,
        side: b.s.side,
      });
    }
    // Back from pixels to the scales' values, where Plot.text draws them.
    const xOf = (x: number) =>
      new Date(xDomain[0].getTime() + ((x - plotLeft) / (plotRight - plotLeft)) * span);
    const yOf = (y: number) => ((plotBottom - y) / (plotBottom - plotTop)) * yDomain[1];
    return placed.map(({ keyX, side, ...p }): Label => ({
      ...p,
      x: xOf(p.x),
      y: yOf(p.y),
      ...(keyX !== undefined && side
        ? { key: side, keyX: xOf(keyX), keyX2: xOf(keyX + SWATCH) }
        : {}),
    }));
  };
  /** Under the time axis, one below the other: where the plot has no room for them. */
  const underneath = (height: number) => {
    const plotBottom = height - MARGIN.bottom - stackHeight;
    let y = plotBottom + AXIS_BELOW;
    return blocks.map((b) => {
      const item: Label = {
        x: xDomain[0],
        y: -((y - plotBottom) / (plotBottom - MARGIN.top)) * yDomain[1],
        text: b.lines.join('\n'),
        anchor: 'start',
        key: b.s.side,
        keyX: xDomain[0],
        keyX2: new Date(
          xDomain[0].getTime() +
            (SWATCH / (plotRight - plotLeft)) *
              (xDomain[1].getTime() - xDomain[0].getTime() || DAY),
        ),
      };
      y += b.h + 8;
      return item;
    });
  };
  const AXIS_BELOW = 40;
  const stackHeight = blocks.reduce((sum, b) => sum + b.h + 8, 0) + AXIS_BELOW - MARGIN.bottom;
  // Where the lines leave no room, the chart grows taller rather than set a label on a line.
  let height = baseHeight;
  let labels = place(height);
  while (!labels && height < baseHeight * 1.5) {
    height += 40;
    labels = place(height);
  }
  let marginBottom = MARGIN.bottom;
  if (!labels) {
    height = baseHeight + stackHeight;
    marginBottom += stackHeight;
    labels = underneath(height);
  }
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
    height,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom,
    style: chartStyle(),
    x: { type: 'utc', label: null, ticks: width < 480 ? 3 : 6, domain: xDomain },
    y: {
      label: 'Soldiers killed, own count ↑',
      grid: true,
      tickFormat: formatNumber,
      domain: yDomain,
      ticks: linearTicks(0, yDomain[1], 4),
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
      // Each label names its line by a short swatch of it, before the label's first line.
      Plot.ruleY(
        labels.filter((l) => l.key),
        {
          x1: 'keyX',
          x2: 'keyX2',
          y: 'y',
          dy: linesHeight(1, TYPE.story) / 2,
          stroke: 'key',
          strokeWidth: 3,
        },
      ),
      // Each series' finding where its label clears every line and dot (placed above).
      ...(['start', 'end'] as const).map((anchor) =>
        Plot.text(
          labels.filter((l) => l.anchor === anchor),
          {
            x: 'x',
            y: 'y',
            text: 'text',
            textAnchor: anchor,
            dx: anchor === 'start' ? SWATCH + 6 : 0,
            lineAnchor: 'top',
            lineHeight: 1.2,
            fontSize: TYPE.story,
            fontWeight: 700,
            fill: 'currentColor',
            ...halo(theme),
          },
        ),
      ),
    ],
  };
}
