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
import { crosses, type Box } from './geometry.ts';

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

/** Below this width a chart is laid out for a phone: one line of marks per row, fewer labels. */
export const NARROW = 560;
/** On a phone, the drawing's height the headline rows must fit in (the rest are counted). */
export const NARROW_BUDGET = 700;

/** The label beside a claim's mark: figure (and part), claimant, and whether it was revised. */
function claimLabel(c: ViewClaim, revisedTo: ReadonlyMap<string, ViewClaim>): string {
  const part = c.subset ? ` (${shortText(c.subset, 40, 24)})` : '';
  const newer = revisedTo.get(c.claim_id);
  const revised = newer
    ? newer.figure_text === c.figure_text
      ? ', later restated'
      : `, revised to ${shortText(newer.figure_text, 40, 24)}`
    : '';
  return `${shortText(c.figure_text, 40, 24)}${part} · ${shortText(c.claimant, 40, 24)}${revised}`;
}

interface KeyItem {
  x: number;
  y: number;
  kind: 'side' | 'lens' | 'revised' | 'band' | 'open' | 'openLow';
  value: string;
}

export function claimDotsOptions(
  claims: readonly ViewClaim[],
  config: ClaimDotsConfig,
): Plot.PlotOptions {
  const { Plot, width, theme } = config;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const span = right - left;
  const compact = width < NARROW;
  const valueOf = config.value ?? ((c: ViewClaim) => ({ lo: c.lo, hi: c.hi, center: c.center }));
  // Each claim's row, once (grouped in one pass: a ledger may have thousands of rows).
  const byRow = new Map<string, ViewClaim[]>();
  for (const c of claims) {
    const r = config.row(c);
    const list = byRow.get(r);
    if (list) list.push(c);
    else byRow.set(r, [c]);
  }
  const allRows = config.rowOrder ? config.rowOrder.filter((r) => byRow.has(r)) : [...byRow.keys()];
  for (const r of byRow.keys()) if (!allRows.includes(r)) allRows.push(r);
  const panelOf = (r: string) => {
    const first = byRow.get(r)?.[0];
    return config.panel && first ? config.panel(first) : '';
  };
  // A figure a later one in the chart revises (ledger column `revises`) is drawn hollow, and its
  // label says what replaced it.
  const revisedTo = new Map<string, ViewClaim>();
  for (const c of claims) if (c.revises) revisedTo.set(c.revises, c);
  const isRevised = (c: ViewClaim) => revisedTo.has(c.claim_id);

  const lineH = (size: number) => linesHeight(1, size);
  // The colour scale knows every side in the data, so colours never shift between layouts.
  const sides = sidesIn(claims);
  const lensesIn = new Set(claims.map((c) => c.lens));
  const lenses = LENSES.filter((l) => lensesIn.has(l));

  /**
   * The key, inside the drawing, with the shapes as drawn, for the claims drawn: a dot in each
   * side's colour, each lens's shape in the text colour (no side is drawn in it, so a shape is
   * not read as a side), and the hollow mark of a revised figure where one is drawn.
   */
  const keyOf = (drawn: readonly ViewClaim[]) => {
    const key: KeyItem[] = [];
    const keyTexts: TextItem[] = [];
    const R = 5;
    const rowH = 20;
    let x = left;
    let y = MARGIN.top;
    const add = (kind: KeyItem['kind'], value: string, text: string) => {
      // A band or an arrow is drawn 22 px long; a dot 10 px wide.
      const mark = kind === 'band' || kind === 'open' || kind === 'openLow' ? 22 : 2 * R;
      const w = mark + 5 + textWidth(text, TYPE.label);
      if (x > left && x + w > right) {
        x = left;
        y += rowH;
      }
      key.push({
        x: kind === 'band' || kind === 'open' || kind === 'openLow' ? x : x + R,
        y: y + rowH / 2 - 2,
        kind,
        value,
      });
      keyTexts.push({
        x: x + mark + 5,
        y: y + rowH / 2 - 2 - lineH(TYPE.label) / 2,
        text,
        anchor: 'start',
        size: TYPE.label,
        bold: false,
      });
      x += w + 14;
    };
    for (const s of sidesIn(drawn)) add('side', s, SIDE_LABEL[s]);
    // The shapes on a line of their own.
    x = right + 1;
    const lensesDrawn = new Set(drawn.map((c) => c.lens));
    for (const l of LENSES.filter((l) => lensesDrawn.has(l))) add('lens', l, LENS_LABEL[l] ?? l);
    if (drawn.some(isRevised)) add('revised', '', 'revised later');
    // What a band and a dashed arrow mean, where one is drawn.
    const values = drawn.map(valueOf);
    // A band is keyed where one shows past its dot, on its panel's axis.
    const axes = new Map<string, Axis>();
    for (const c of drawn) {
      const panel = panelOf(config.row(c));
      if (!axes.has(panel))
        axes.set(panel, config.axis(drawn.filter((d) => panelOf(config.row(d)) === panel)));
    }
    const visibleBand = (c: ViewClaim) => {
      const v = valueOf(c);
      const axis = axes.get(panelOf(config.row(c)));
      if (v.lo === null || v.hi === null || !axis) return false;
      return (axisPosition(axis, v.hi) - axisPosition(axis, v.lo)) * span > 2 * DOT_R + 2;
    };
    if (drawn.some(visibleBand)) add('band', '', 'range a word allows');
    if (values.some((v) => v.hi === null)) add('open', '', 'no upper limit');
    if (values.some((v) => v.lo === null && v.hi !== null)) add('openLow', '', 'no lower limit');
    return { key, keyTexts, bottom: key.length ? y + rowH + 8 : MARGIN.top };
  };

  /**
   * A row's heading in lines. On a phone it takes two lines at most: a heading with a note after
   * a colon ("Share who fled, 2023: over 100,000 people or …") keeps what comes before it, and
   * the rest is cut with an ellipsis; the whole heading is in the table and the details.
   */
  const headingLines = (text: string): string[] => {
    const full = wrapText(shortText(text, 160, 30), span, TYPE.story, true);
    if (!compact || full.length <= 2) return full;
    const before = text.split(': ')[0] ?? text;
    const short = wrapText(shortText(before, 160, 30), span, TYPE.story, true);
    if (short.length <= 2) return short;
    const [first = '', second = ''] = short;
    let cut = second;
    while (cut && textWidth(`${cut}…`, TYPE.story, true) > span)
      cut = [...cut].slice(0, -1).join('');
    return [first, `${cut.trimEnd()}…`];
  };

  /** The whole drawing with the given rows, from the key down. */
  const layout = (rows: readonly string[], note: string | null) => {
    const panels: string[] = [];
    for (const r of rows) if (!panels.includes(panelOf(r))) panels.push(panelOf(r));
    const axisOfPanel = new Map<string, Axis>();
    const { key, keyTexts, bottom: keyBottom } = keyOf(rows.flatMap((r) => byRow.get(r) ?? []));
    const texts: TextItem[] = [...keyTexts];
    const placed: Placed[] = [];
    const brackets: { x1: number; x2: number; y: number }[] = [];
    const grid: { x: number; y1: number; y2: number }[] = [];
    const axisLines: { x1: number; x2: number; y: number }[] = [];
    const block = (
      lines: string[],
      x: number,
      y: number,
      anchor: TextItem['anchor'],
      size: number,
      bold = false,
    ) => texts.push({ x, y, text: lines.join('\n'), anchor, size, bold });

    let y = keyBottom;
    for (const panel of panels) {
      const panelRows = rows.filter((r) => panelOf(r) === panel);
      const panelClaims = panelRows.flatMap((r) => byRow.get(r) ?? []);
      const axis = config.axis(panelClaims);
      const xOf = (v: number) => left + axisPosition(axis, v) * span;
      const top = y;
      for (const r of panelRows) {
        const heading = headingLines(config.heading ? config.heading(r) : r);
        block(heading, left, y, 'start', TYPE.story, true);
        y += linesHeight(heading.length, TYPE.story) + 6;
        const items = (byRow.get(r) ?? []).map((c) => {
          const v = valueOf(c);
          const x = xOf(v.center);
          const reachLeft = Math.min(x - DOT_R, v.lo === null ? left : xOf(v.lo));
          const reachRight = Math.max(x + DOT_R, v.hi === null ? right : xOf(v.hi));
          const text = claimLabel(c, revisedTo);
          return { c, v, x, reachLeft, reachRight, text, w: textWidth(text, TYPE.label) };
        });
        const notes = (config.annotations ?? []).filter((n) => n.row === r);
        if (compact) y = compactRow(items, y, notes[0]);
        else y = wideRow(items, y);
        for (const a of notes) {
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
    if (note) {
      y += 4 - PANEL_GAP + 8;
      const lines = wrapText(note, span, TYPE.label);
      block(lines, left, y, 'start', TYPE.label);
      y += linesHeight(lines.length, TYPE.label) + PANEL_GAP;
    }
    const height = Math.max(120, Math.ceil(y - PANEL_GAP + MARGIN.bottom));
    return { texts, placed, brackets, grid, axisLines, axisOfPanel, height, key };

    type Item = {
      c: ViewClaim;
      v: ReturnType<typeof valueOf>;
      x: number;
      reachLeft: number;
      reachRight: number;
      text: string;
      w: number;
    };

    /**
     * Wide: each claim with its label beside it, past the end of its interval, where the label
     * fits on one line; claims whose marks and labels do not overlap share a line; a label with
     * no room beside its mark goes on its own lines above it.
     */
    function wideRow(rowItems: Item[], y0: number): number {
      let yy = y0;
      const edge = { left: 2, right: width - 2 };
      const items = rowItems.map((i) => {
        if (i.reachRight + LABEL_GAP + i.w <= edge.right)
          return {
            ...i,
            side: 'right' as const,
            from: i.reachLeft,
            to: i.reachRight + LABEL_GAP + i.w,
          };
        if (i.reachLeft - LABEL_GAP - i.w >= edge.left)
          return {
            ...i,
            side: 'left' as const,
            from: i.reachLeft - LABEL_GAP - i.w,
            to: i.reachRight,
          };
        return { ...i, side: 'above' as const, from: i.reachLeft, to: i.reachRight };
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
        const mid = yy + MARK_ROW / 2;
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
        yy += MARK_ROW + SLOT_GAP;
      }
      for (const i of items.filter((i) => i.side === 'above')) {
        const lines = wrapText(i.text, span, TYPE.label);
        const w = Math.max(...lines.map((l) => textWidth(l, TYPE.label)));
        const at = anchorNear(i.x, w, left, right);
        block(lines, at.x, yy, at.anchor, TYPE.label);
        yy += linesHeight(lines.length, TYPE.label) + 2;
        placed.push({ claim: i.c, x: i.x, y: yy + MARK_ROW / 2, lo: i.v.lo, hi: i.v.hi });
        yy += MARK_ROW + SLOT_GAP;
      }
      return yy;
    }

    /**
     * Phone: the row's marks on as few lines as they fit (points may share a line with points;
     * an interval or an open end gets a line where it runs clear of every other mark), then the
     * lowest and highest figures labelled under them, as a range plot would; every other mark
     * names its figure when tapped.
     */
    function compactRow(items: Item[], y0: number, note?: RowAnnotation): number {
      let yy = y0;
      const lanes: Item[][] = [];
      const point = (i: Item) => i.reachRight - i.reachLeft <= 2 * DOT_R + 0.5;
      const clear = (a: Item, b: Item) =>
        (point(a) && point(b)) ||
        a.reachRight + LANE_GAP <= b.reachLeft ||
        b.reachRight + LANE_GAP <= a.reachLeft;
      // Points first, so that they share the first line; then intervals, widest first.
      const order = [...items].sort(
        (a, b) =>
          Number(!point(a)) - Number(!point(b)) ||
          b.reachRight - b.reachLeft - (a.reachRight - a.reachLeft),
      );
      for (const item of order) {
        const lane = lanes.find((l) => l.every((o) => clear(o, item)));
        if (lane) lane.push(item);
        else lanes.push([item]);
      }
      for (const lane of lanes) {
        const mid = yy + MARK_ROW / 2;
        for (const i of lane) placed.push({ claim: i.c, x: i.x, y: mid, lo: i.v.lo, hi: i.v.hi });
        yy += MARK_ROW + SLOT_GAP;
      }
      // The two figures the row's finding names, else its extremes, labelled under the marks:
      // the lower from the left, the higher to the right.
      const byValue = [...items].sort((a, b) => a.v.center - b.v.center);
      const nearest = (v: number) =>
        byValue.reduce((best, i) =>
          Math.abs(i.v.center - v) < Math.abs(best.v.center - v) ? i : best,
        );
      const low = note && byValue.length ? nearest(Math.min(note.from, note.to)) : byValue[0];
      const high =
        byValue.length < 2
          ? undefined
          : note
            ? nearest(Math.max(note.from, note.to))
            : byValue.at(-1);
      const labelled = high && high.v.center !== low?.v.center ? [low, high] : [low];
      const blocks = labelled
        .filter((i): i is Item => i !== undefined)
        .map((i) => {
          const lines = wrapText(i.text, span, TYPE.label);
          const w = Math.max(...lines.map((l) => textWidth(l, TYPE.label)));
          return { i, lines, w, at: anchorNear(i.x, w, left, right) };
        });
      const extent = (b: (typeof blocks)[number]) =>
        b.at.anchor === 'start' ? [b.at.x, b.at.x + b.w] : [b.at.x - b.w, b.at.x];
      const [a, b] = blocks;
      if (a && b && a.lines.length === 1 && b.lines.length === 1) {
        // Lowest anchored from its mark rightwards, highest ending at its mark: one line if
        // they clear each other.
        const lo = { ...a, at: { x: Math.max(left, a.i.x - DOT_R), anchor: 'start' as const } };
        const hi = { ...b, at: { x: Math.min(right, b.i.x + DOT_R), anchor: 'end' as const } };
        if (
          (extent(lo)[1] as number) + LANE_GAP <= (extent(hi)[0] as number) &&
          (extent(hi)[0] as number) >= left
        ) {
          block(lo.lines, lo.at.x, yy, 'start', TYPE.label);
          block(hi.lines, hi.at.x, yy, 'end', TYPE.label);
          return yy + lineH(TYPE.label) + SLOT_GAP;
        }
      }
      for (const bl of blocks) {
        block(bl.lines, bl.at.x, yy, bl.at.anchor, TYPE.label);
        yy += linesHeight(bl.lines.length, TYPE.label) + 2;
      }
      return yy + SLOT_GAP;
    }
  };

  // On a phone, the headline rows, as many as fit the budget, and a line under them counting
  // the rest.
  let drawing = layout(allRows, config.note ?? null);
  if (compact) {
    // Rows with a finding first, then rows where figures can be compared (more than one), then
    // the rest, each in the chart's order.
    const annotated = (r: string) => (config.annotations ?? []).some((a) => a.row === r);
    const several = (r: string) => (byRow.get(r)?.length ?? 0) > 1;
    const priority = [...allRows.filter(annotated), ...allRows.filter(several), ...allRows].filter(
      (r, i, all) => all.indexOf(r) === i,
    );
    const unlabelled = (kept: readonly string[]) =>
      kept.some((r) => (byRow.get(r)?.length ?? 0) > 2);
    const noteFor = (kept: readonly string[]) => {
      const parts = [config.note ?? ''];
      if (kept.length < allRows.length)
        parts.push(
          `On this screen: ${kept.length} of ${allRows.length} rows, those with a finding or several figures first; the ledger table and the CSV have every figure.`,
        );
      if (unlabelled(kept)) parts.push('Unlabelled marks: tap one for its figure and source.');
      return parts.filter(Boolean).join(' ') || null;
    };
    drawing = layout(allRows, noteFor(allRows));
    if (drawing.height > NARROW_BUDGET) {
      // Each row in order of priority, where it still fits: a tall row gives way to shorter ones
      // after it.
      let kept: string[] = [];
      let best: ReturnType<typeof layout> | null = null;
      for (const r of priority) {
        const trial = allRows.filter((x) => x === r || kept.includes(x));
        const d = layout(trial, noteFor(trial));
        if (d.height <= NARROW_BUDGET) {
          kept = trial;
          best = d;
        }
      }
      if (!best) {
        kept = priority.slice(0, 1);
        best = layout(kept, noteFor(kept));
      }
      drawing = best;
    }
  }
  const { texts, placed, brackets, grid, axisLines, axisOfPanel, height, key } = drawing;

  const at = new Map(placed.map((p) => [p.claim, p]));
  const X = (c: ViewClaim) => at.get(c)?.x ?? left;
  const Y = (c: ViewClaim) => at.get(c)?.y ?? 0;
  // An interval's ends on the axis of the claim's own panel.
  const endX = (c: ViewClaim, v: number) => {
    const axis = axisOfPanel.get(panelOf(config.row(c)));
    return axis ? left + axisPosition(axis, v) * span : left;
  };
  // A revised figure points to the one that replaced it, with a thin dotted arrow, where the
  // arrow runs clear of every label and every other mark; elsewhere its label says it.
  const boxes: Box[] = [
    ...texts.map((t) => {
      const lines = t.text.split('\n');
      const w = Math.max(...lines.map((l) => textWidth(l, t.size, t.bold)));
      const x1 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
      return {
        x1: x1 - 3,
        y1: t.y - 3,
        x2: x1 + w + 3,
        y2: t.y + linesHeight(lines.length, t.size) + 3,
      };
    }),
    ...brackets.map((b) => ({ x1: b.x1 - 2, y1: b.y - 8, x2: b.x2 + 2, y2: b.y + 2 })),
  ];
  const markBox = (p: Placed): Box[] => {
    const r = DOT_R + 3;
    const out = [{ x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r }];
    const v = valueOf(p.claim);
    const lo = v.lo === null ? left : endX(p.claim, v.lo);
    const hi = v.hi === null ? right : endX(p.claim, v.hi);
    if (hi - lo > 2 * DOT_R) out.push({ x1: lo - 2, y1: p.y - 6, x2: hi + 2, y2: p.y + 6 });
    return out;
  };
  const revisions = placed.flatMap((from) => {
    const newer = revisedTo.get(from.claim.claim_id);
    const to = newer ? at.get(newer) : undefined;
    if (!to || config.row(to.claim) !== config.row(from.claim)) return [];
    const len = Math.hypot(to.x - from.x, to.y - from.y);
    if (len < 3 * DOT_R) return [];
    // The arrow as drawn: from the edge of one mark to the edge of the other.
    const ux = (to.x - from.x) / len;
    const uy = (to.y - from.y) / len;
    const inset = DOT_R + 3;
    const a = { x: from.x + ux * inset, y: from.y + uy * inset };
    const b = { x: to.x - ux * inset, y: to.y - uy * inset };
    const others = placed.filter((p) => p !== from && p !== to).flatMap(markBox);
    const blocked = [...boxes, ...others].some((box) => crosses(box, a.x, a.y, b.x, b.y));
    return blocked ? [] : [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y }];
  });
  const closed = placed.filter((p) => p.lo !== null && p.hi !== null && p.lo !== p.hi);
  const openHigh = placed.filter((p) => p.hi === null);
  const openLow = placed.filter((p) => p.lo === null && p.hi !== null);
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
  const page = theme === 'dark' ? '#121212' : '#ffffff';
  const neutral = theme === 'dark' ? '#a6a6a6' : '#6e6e6e';
  // The claims' own marks: every claim keeps its index in `claims`, which the page's provenance
  // reads back; rows not drawn on a phone are filtered out, not removed.
  const claimMark = (revised: boolean) =>
    Plot.dot(claims, {
      filter: (c: ViewClaim) => at.has(c) && isRevised(c) === revised,
      y: Y,
      x: X,
      ...(revised
        ? { fill: page, stroke: 'claimant_side', strokeWidth: 2.5 }
        : { fill: 'claimant_side', stroke: 'currentColor', strokeWidth: 1 }),
      symbol: 'lens',
      r: DOT_R,
      className: POINT_CLASS,
    });

  return {
    width,
    height,
    margin: 0,
    style: chartStyle(),
    x: { type: 'linear', domain: [0, width], range: [0, width], axis: null },
    y: { type: 'linear', domain: [0, height], range: [0, height], axis: null },
    color: { ...sideScale(sides, theme), legend: false },
    symbol: {
      domain: lenses,
      range: lenses.map((l) => LENS_SYMBOL[l] ?? 'circle'),
      legend: false,
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
      Plot.arrow(revisions, {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: 'currentColor',
        strokeOpacity: 0.7,
        strokeWidth: 1.5,
        strokeDasharray: '2,3',
        headLength: 6,
      }),
      claimMark(false),
      claimMark(true),
      // The key's marks: the sides' colours on dots, the lenses' shapes in the text colour, and
      // a revised figure's hollow mark.
      Plot.dot(
        key.filter((k) => k.kind === 'side'),
        { x: 'x', y: 'y', fill: 'value', stroke: 'currentColor', strokeWidth: 1, r: 5 },
      ),
      Plot.dot(
        key.filter((k) => k.kind === 'lens'),
        {
          x: 'x',
          y: 'y',
          symbol: 'value',
          fill: 'currentColor',
          stroke: 'currentColor',
          strokeWidth: 1,
          r: 5,
        },
      ),
      Plot.ruleY(
        key.filter((k) => k.kind === 'band'),
        {
          y: 'y',
          x1: 'x',
          x2: (k: KeyItem) => k.x + 22,
          stroke: neutral,
          strokeWidth: 8,
          strokeOpacity: 0.35,
        },
      ),
      Plot.arrow(
        key.filter((k) => k.kind === 'open' || k.kind === 'openLow'),
        {
          y1: 'y',
          y2: 'y',
          x1: (k: KeyItem) => (k.kind === 'open' ? k.x : k.x + 22),
          x2: (k: KeyItem) => (k.kind === 'open' ? k.x + 22 : k.x),
          stroke: neutral,
          strokeWidth: 2,
          strokeDasharray: '4,3',
          headLength: 8,
        },
      ),
      Plot.dot(
        key.filter((k) => k.kind === 'revised'),
        { x: 'x', y: 'y', fill: page, stroke: 'currentColor', strokeWidth: 2, r: 5 },
      ),
      ...styles.flatMap(([size, bold]) =>
        (['start', 'middle', 'end'] as const).map((anchor) => textMark(texts, anchor, size, bold)),
      ),
    ],
  };
}
