/**
 * The shared shape of the claim charts: one row per quantity, one mark per claim at its value,
 * the interval its wording allows drawn as a band (a vague word reads as a range) and an open
 * end as a dashed arrow to the edge, colour for the claimant's side and shape for the lens.
 *
 * Rows that count the same unit share a panel with an axis of their own, in the readers' units
 * (people, tanks, US$): aircraft never sit on an axis of people. Everything is laid out here, in
 * pixels, so that nothing collides at any width: each row's heading on its own lines, each
 * claim's label on its own lines above its mark (never beside it, where an interval line would
 * run through it), wrapped to the chart's width, and the annotation of the row's finding (a
 * bracket between two marks, "18 times higher") under the marks it names.
 */
import { LENS_VOCABULARY } from '../vocabulary/vocabulary.ts';
import { maxOf, minOf } from './extent.ts';
import type * as Plot from '@observablehq/plot';
import type { Side } from '../data/types.ts';
import { SIDES } from '../data/types.ts';
import { SIDE_LABEL } from '../format/labels.ts';
import { shortText } from '../format/displayText.ts';
import { LENSES, type ViewClaim } from '../view/viewClaim.ts';
import type { ChartContext } from './chartContext.ts';
import { LENS_SYMBOL, sideScale } from './palette.ts';
import { TYPE, chartStyle, labelText, linesHeight, textWidth, wrapText } from './typeScale.ts';

export const POINT_CLASS = 'claim-points';
/** Grid and axis lines: guides that labels may sit on, not marks. */
export const GUIDE_CLASS = 'chart-guide';

/** A panel's horizontal axis, in the unit its rows count. */
export interface Axis {
  type: 'linear' | 'log';
  domain: [number, number];
  /** The unit in words, under the ticks: "People", "US dollars". */
  label: string;
  tickFormat: (value: number) => string;
}

/** The finding of a row said on the chart: a bracket from one value to another, and words. */
export interface RowAnnotation {
  row: string;
  from: number;
  to: number;
  text: string;
}

export interface ClaimDotsConfig extends ChartContext {
  /** Which row (quantity) a claim belongs to, and the row's heading. */
  row: (claim: ViewClaim) => string;
  /** A row's heading as drawn, where it differs from its key. */
  heading?: (row: string) => string;
  /** Rows from top to bottom; rows with no claim are left out. */
  rowOrder?: readonly string[];
  /** Rows that share an axis (one unit); by default every row shares one. */
  panel?: (claim: ViewClaim) => string;
  /** The axis for a panel's claims. */
  axis: (claims: readonly ViewClaim[]) => Axis;
  /** Where a claim sits, in its axis's unit; by default its own value and interval. */
  value?: (claim: ViewClaim) => { lo: number | null; hi: number | null; center: number };
  annotations?: readonly RowAnnotation[];
  /** A line under the chart: what it leaves out and where to find it. */
  note?: string | null;
}

const LENS_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LENS_VOCABULARY).map(([k, v]) => [k, v.short]),
);

/** Sides present in the rows, in the vocabulary's order, so colours never shift between views. */
export function sidesIn(claims: readonly ViewClaim[]): Side[] {
  const present = new Set(claims.map((c) => c.claimant_side));
  return SIDES.filter((s) => present.has(s));
}

/** Round log-scale ticks (1, 10, 100 … and, with room, 2 and 5 between). */
export function logTicks(min: number, max: number, width: number): number[] {
  const steps = width < 480 ? [1] : [1, 2, 5];
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) {
    for (const s of steps) {
      const t = s * 10 ** p;
      if (t >= min && t <= max) ticks.push(t);
    }
  }
  return ticks;
}

/** Round linear ticks from zero, about `count` of them. */
export function linearTicks(min: number, max: number, count: number): number[] {
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough || 1));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step)
    ticks.push(Math.round(t / step) * step);
  return ticks;
}

/** A log-scale domain from powers of ten around the values, with room for labels. */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(minOf(positive)));
  const hi = 10 ** Math.ceil(Math.log10(maxOf(positive) * 1.5));
  return [lo, hi];
}

/** An axis that fits the values: logarithmic where they span more than tenfold. */
export function fittingAxis(
  values: readonly number[],
  label: string,
  tickFormat: (v: number) => string,
): Axis {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const log = positive.length > 1 && maxOf(positive) / minOf(positive) > 10;
  if (log)
    return { type: 'log', domain: logDomain(positive), label: `${label}, log scale`, tickFormat };
  return linearAxis(positive, label, tickFormat);
}

/** A linear axis from zero to a round number past the largest value. */
export function linearAxis(
  values: readonly number[],
  label: string,
  tickFormat: (v: number) => string,
): Axis {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const hi = positive.length ? maxOf(positive) : 1;
  const top = linearTicks(0, hi * 1.1, 4).at(-1) ?? hi;
  return { type: 'linear', domain: [0, Math.max(top, hi * 1.1)], label, tickFormat };
}

/** Where a value sits along an axis, from 0 (left) to 1 (right), kept inside it. */
export function axisPosition(axis: Axis, v: number): number {
  const [min, max] = axis.domain;
  const p =
    axis.type === 'log'
      ? (Math.log(Math.max(v, min)) - Math.log(min)) / (Math.log(max) - Math.log(min))
      : (v - min) / (max - min);
  return Math.min(1, Math.max(0, Number.isFinite(p) ? p : 0));
}

interface TickLabel {
  x: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Ticks of an axis drawn `left`…`right` pixels wide, as many as fit without their labels
 * touching (each estimated at the axis's type size), the end labels turned inward.
 */
export function axisTicks(
  axis: Axis,
  left: number,
  right: number,
  edges: [number, number] = [left, right],
): TickLabel[] {
  const [min, max] = axis.domain;
  const span = right - left;
  const candidates =
    axis.type === 'log'
      ? [logTicks(min, max, span + 200), logTicks(min, max, 0)]
      : [8, 6, 5, 4, 3, 2].map((n) => linearTicks(min, max, n));
  const place = (ticks: number[]): TickLabel[] =>
    ticks.map((t) => {
      const x = left + axisPosition(axis, t) * span;
      const text = axis.tickFormat(t);
      const w = textWidth(text, TYPE.small);
      const anchor = x - w / 2 < edges[0] ? 'start' : x + w / 2 > edges[1] ? 'end' : 'middle';
      return { x, text, anchor };
    });
  const extent = (t: TickLabel) => {
    const w = textWidth(t.text, TYPE.small);
    return t.anchor === 'start'
      ? [t.x, t.x + w]
      : t.anchor === 'end'
        ? [t.x - w, t.x]
        : [t.x - w / 2, t.x + w / 2];
  };
  const fits = (labels: TickLabel[]) =>
    labels.every((t, i) => {
      const next = labels[i + 1];
      if (!next) return true;
      return (extent(t)[1] as number) + 10 <= (extent(next)[0] as number);
    });
  for (const ticks of candidates) {
    const labels = place(ticks);
    if (fits(labels)) return labels;
  }
  // Every other tick of the sparsest set, then only the two ends.
  const sparse = place(candidates.at(-1) ?? []);
  const halved = sparse.filter((_, i) => i % 2 === 0);
  if (fits(halved)) return halved;
  return [sparse[0], sparse.at(-1)].filter((t): t is TickLabel => t !== undefined);
}

// Layout, in pixels.
const MARGIN = { left: 12, right: 16, top: 8, bottom: 8 };
const DOT_R = 6;
const MARK_ROW = 22;
const SLOT_GAP = 6;
const LABEL_GAP = 6;
const LANE_GAP = 12;
const ROW_GAP = 14;
const PANEL_GAP = 22;

interface Placed {
  claim: ViewClaim;
  y: number;
  x: number;
  lo: number | null;
  hi: number | null;
}

interface TextItem {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold: boolean;
}

/** Where a block of text `w` wide goes so it starts or ends by its mark and stays inside. */
function anchorNear(
  x: number,
  w: number,
  left: number,
  right: number,
): { x: number; anchor: 'start' | 'end' } {
  if (x - DOT_R + w <= right) return { x: Math.max(left, x - DOT_R), anchor: 'start' };
  if (x + DOT_R - w >= left) return { x: Math.min(right, x + DOT_R), anchor: 'end' };
  return { x: left, anchor: 'start' };
}

export function claimDotsOptions(
  claims: readonly ViewClaim[],
  config: ClaimDotsConfig,
): Plot.PlotOptions {
  const { Plot, width, theme } = config;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const span = right - left;
  const valueOf = config.value ?? ((c: ViewClaim) => ({ lo: c.lo, hi: c.hi, center: c.center }));
  // Each claim's row, once (grouped in one pass: a ledger may have thousands of rows).
  const byRow = new Map<string, ViewClaim[]>();
  for (const c of claims) {
    const r = config.row(c);
    const list = byRow.get(r);
    if (list) list.push(c);
    else byRow.set(r, [c]);
  }
  const rows = config.rowOrder ? config.rowOrder.filter((r) => byRow.has(r)) : [...byRow.keys()];
  for (const r of byRow.keys()) if (!rows.includes(r)) rows.push(r);
  const panelOf = (r: string) => {
    const first = byRow.get(r)?.[0];
    return config.panel && first ? config.panel(first) : '';
  };
  // Panels in the order of their first row; a panel's rows stay together.
  const panels: string[] = [];
  for (const r of rows) if (!panels.includes(panelOf(r))) panels.push(panelOf(r));

  const axisOfPanel = new Map<string, Axis>();
  const texts: TextItem[] = [];
  const placed: Placed[] = [];
  const brackets: { x1: number; x2: number; y: number }[] = [];
  const grid: { x: number; y1: number; y2: number }[] = [];
  const axisLines: { x1: number; x2: number; y: number }[] = [];
  const lineH = (size: number) => linesHeight(1, size);
  const block = (
    lines: string[],
    x: number,
    y: number,
    anchor: TextItem['anchor'],
    size: number,
    bold = false,
  ) => texts.push({ x, y, text: lines.join('\n'), anchor, size, bold });

  let y = MARGIN.top;
  for (const panel of panels) {
    const panelRows = rows.filter((r) => panelOf(r) === panel);
    const panelClaims = panelRows.flatMap((r) => byRow.get(r) ?? []);
    const axis = config.axis(panelClaims);
    const xOf = (v: number) => left + axisPosition(axis, v) * span;
    const top = y;
    for (const r of panelRows) {
      const heading = wrapText(
        shortText(config.heading ? config.heading(r) : r, 160, 30),
        span,
        TYPE.story,
        true,
      );
      block(heading, left, y, 'start', TYPE.story, true);
      y += linesHeight(heading.length, TYPE.story) + 6;
      // Each claim with its label beside it, past the end of its interval, where the label fits
      // on one line; claims whose marks and labels do not overlap share a line; a label with no
      // room beside its mark goes on its own lines above it.
      const items = (byRow.get(r) ?? []).map((c) => {
        const v = valueOf(c);
        const x = xOf(v.center);
        const reachLeft = Math.min(x - DOT_R, v.lo === null ? left : xOf(v.lo));
        const reachRight = Math.max(x + DOT_R, v.hi === null ? right : xOf(v.hi));
        // A figure that counts part of the row's measure says which part ("S-300s").
        const part = c.subset ? ` (${shortText(c.subset, 40, 24)})` : '';
        const text = `${shortText(c.figure_text, 40, 24)}${part} · ${shortText(c.claimant, 40, 24)}`;
        const w = textWidth(text, TYPE.label);
        const edge = { left: 2, right: width - 2 };
        if (reachRight + LABEL_GAP + w <= edge.right)
          return {
            c,
            v,
            x,
            w,
            text,
            side: 'right' as const,
            from: reachLeft,
            to: reachRight + LABEL_GAP + w,
          };
        if (reachLeft - LABEL_GAP - w >= edge.left)
          return {
            c,
            v,
            x,
            w,
            text,
            side: 'left' as const,
            from: reachLeft - LABEL_GAP - w,
            to: reachRight,
          };
        return { c, v, x, w, text, side: 'above' as const, from: reachLeft, to: reachRight };
      });
      const lanes: { end: number; items: typeof items }[] = [];
      for (const item of items.filter((i) => i.side !== 'above').sort((a, b) => a.from - b.from)) {
        const lane = lanes.find((l) => l.end + LANE_GAP <= item.from);
        if (lane) {
          lane.items.push(item);
          lane.end = item.to;
        } else lanes.push({ end: item.to, items: [item] });
      }
      const labelH = linesHeight(1, TYPE.label);
      for (const lane of lanes) {
        const mid = y + MARK_ROW / 2;
        for (const i of lane.items) {
          placed.push({ claim: i.c, x: i.x, y: mid, lo: i.v.lo, hi: i.v.hi });
          texts.push({
            x: i.side === 'right' ? i.to - i.w : i.from + i.w,
            y: mid - labelH / 2,
            text: i.text,
            anchor: i.side === 'right' ? 'start' : 'end',
            size: TYPE.label,
            bold: false,
          });
        }
        y += MARK_ROW + SLOT_GAP;
      }
      for (const i of items.filter((i) => i.side === 'above')) {
        const lines = wrapText(i.text, span, TYPE.label);
        const w = Math.max(...lines.map((l) => textWidth(l, TYPE.label)));
        const at = anchorNear(i.x, w, left, right);
        block(lines, at.x, y, at.anchor, TYPE.label);
        y += linesHeight(lines.length, TYPE.label) + 2;
        placed.push({ claim: i.c, x: i.x, y: y + MARK_ROW / 2, lo: i.v.lo, hi: i.v.hi });
        y += MARK_ROW + SLOT_GAP;
      }
      for (const a of (config.annotations ?? []).filter((n) => n.row === r)) {
        const x1 = xOf(Math.min(a.from, a.to));
        const x2 = xOf(Math.max(a.from, a.to));
        brackets.push({ x1, x2, y });
        const lines = wrapText(a.text, span, TYPE.story, true);
        const w = Math.max(...lines.map((l) => textWidth(l, TYPE.story, true)));
        const mid = (x1 + x2) / 2;
        const x = Math.min(right - w / 2, Math.max(left + w / 2, mid));
        block(lines, x, y + 6, 'middle', TYPE.story, true);
        y += 6 + linesHeight(lines.length, TYPE.story) + 4;
      }
      y += ROW_GAP;
    }
    // The panel's axis under its rows: grid lines through them, ticks and unit below.
    axisOfPanel.set(panel, axis);
    const ticks = axisTicks(axis, left, right, [2, width - 2]);
    for (const t of ticks) grid.push({ x: t.x, y1: top, y2: y });
    axisLines.push({ x1: left, x2: right, y });
    y += 4;
    for (const t of ticks)
      texts.push({ x: t.x, y, text: t.text, anchor: t.anchor, size: TYPE.small, bold: false });
    y += lineH(TYPE.small) + 2;
    const unit = wrapText(`${axis.label} →`, span, TYPE.small);
    block(unit, left, y, 'start', TYPE.small);
    y += linesHeight(unit.length, TYPE.small) + PANEL_GAP;
  }
  if (config.note) {
    y += 4 - PANEL_GAP + 8;
    const lines = wrapText(config.note, span, TYPE.label);
    block(lines, left, y, 'start', TYPE.label);
    y += linesHeight(lines.length, TYPE.label) + PANEL_GAP;
  }
  const height = Math.max(120, Math.ceil(y - PANEL_GAP + MARGIN.bottom));

  const at = new Map(placed.map((p) => [p.claim, p]));
  const X = (c: ViewClaim) => at.get(c)?.x ?? left;
  const Y = (c: ViewClaim) => at.get(c)?.y ?? 0;
  // An interval's ends on the axis of the claim's own panel.
  const endX = (c: ViewClaim, v: number) => {
    const axis = axisOfPanel.get(panelOf(config.row(c)));
    return axis ? left + axisPosition(axis, v) * span : left;
  };
  const closed = placed.filter((p) => p.lo !== null && p.hi !== null && p.lo !== p.hi);
  const openHigh = placed.filter((p) => p.hi === null);
  const openLow = placed.filter((p) => p.lo === null && p.hi !== null);
  const sides = sidesIn(claims);
  const lensesDrawn = new Set(claims.map((c) => c.lens));
  const lenses = LENSES.filter((l) => lensesDrawn.has(l));
  const textMark = (list: TextItem[], anchor: TextItem['anchor'], size: number, bold: boolean) =>
    Plot.text(
      list.filter((t) => t.anchor === anchor && t.size === size && t.bold === bold),
      {
        x: 'x',
        y: 'y',
        text: 'text',
        textAnchor: anchor,
        ...labelText(size, bold, theme),
      },
    );
  const styles = [
    [TYPE.small, false],
    [TYPE.label, false],
    [TYPE.story, true],
  ] as const;

  return {
    width,
    height,
    margin: 0,
    style: chartStyle(),
    x: { type: 'linear', domain: [0, width], range: [0, width], axis: null },
    y: { type: 'linear', domain: [0, height], range: [0, height], axis: null },
    color: {
      ...sideScale(sides, theme),
      legend: true,
      tickFormat: (s: Side) => SIDE_LABEL[s],
    },
    // The key shows the shapes drawn, no others: a square in the key with no square on the
    // chart sends a reader looking for one.
    symbol: {
      domain: lenses,
      range: lenses.map((l) => LENS_SYMBOL[l] ?? 'circle'),
      legend: true,
      tickFormat: (l: string) => LENS_LABEL[l] ?? l,
    },
    marks: [
      Plot.ruleX(grid, {
        x: 'x',
        y1: 'y1',
        y2: 'y2',
        stroke: 'currentColor',
        strokeOpacity: 0.12,
        className: GUIDE_CLASS,
      }),
      Plot.ruleY(axisLines, {
        x1: 'x1',
        x2: 'x2',
        y: 'y',
        stroke: 'currentColor',
        strokeOpacity: 0.4,
        className: GUIDE_CLASS,
      }),
      // A wording's range as a band: "several" is 3 to 9, not a point.
      Plot.ruleY(closed, {
        y: 'y',
        x1: (p: Placed) => endX(p.claim, p.lo as number),
        x2: (p: Placed) => endX(p.claim, p.hi as number),
        stroke: (p: Placed) => p.claim.claimant_side,
        strokeWidth: 8,
        strokeOpacity: 0.35,
      }),
      // An open end runs to the edge of the axis, dashed, with an arrowhead.
      Plot.arrow(openHigh, {
        y1: 'y',
        y2: 'y',
        x1: (p: Placed) => endX(p.claim, p.lo ?? valueOf(p.claim).center),
        x2: right,
        stroke: (p: Placed) => p.claim.claimant_side,
        strokeWidth: 2,
        strokeDasharray: '4,3',
        headLength: 8,
      }),
      Plot.arrow(openLow, {
        y1: 'y',
        y2: 'y',
        x1: (p: Placed) => endX(p.claim, p.hi ?? valueOf(p.claim).center),
        x2: left,
        stroke: (p: Placed) => p.claim.claimant_side,
        strokeWidth: 2,
        strokeDasharray: '4,3',
        headLength: 8,
      }),
      // The finding's bracket: a line between the two marks it names, with short ends.
      Plot.ruleY(brackets, {
        x1: 'x1',
        x2: 'x2',
        y: 'y',
        stroke: 'currentColor',
        strokeWidth: 1.5,
      }),
      Plot.ruleX(
        brackets.flatMap((b) => [
          { x: b.x1, y: b.y },
          { x: b.x2, y: b.y },
        ]),
        {
          x: 'x',
          y1: (d: { y: number }) => d.y - 6,
          y2: 'y',
          stroke: 'currentColor',
          strokeWidth: 1.5,
        },
      ),
      Plot.dot(claims, {
        y: Y,
        x: X,
        fill: 'claimant_side',
        stroke: 'currentColor',
        strokeWidth: 1,
        symbol: 'lens',
        r: DOT_R,
        className: POINT_CLASS,
      }),
      ...styles.flatMap(([size, bold]) =>
        (['start', 'middle', 'end'] as const).map((anchor) => textMark(texts, anchor, size, bold)),
      ),
    ],
  };
}
