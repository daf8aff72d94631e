/**
 * The shared shape of the claim charts: one row per quantity, one mark per claim at its value,
 * its interval drawn as a line (an arrow where the wording leaves it open), colour for the
 * claimant's side and shape for the lens. Row labels sit above the marks rather than in a left
 * margin, so the chart keeps its width on a phone.
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

export const POINT_CLASS = 'claim-points';

export interface ClaimDotsConfig extends ChartContext {
  /** Which row (quantity) a claim belongs to, and the row's heading. */
  row: (claim: ViewClaim) => string;
  /** Rows from top to bottom; rows with no claim are left out. */
  rowOrder?: readonly string[];
  x: {
    type: 'linear' | 'log';
    domain: [number, number];
    label: string;
    tickFormat: (value: number) => string;
  };
}

const LENS_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LENS_VOCABULARY).map(([k, v]) => [k, v.short]),
);

/** Sides present in the rows, in the vocabulary's order, so colours never shift between views. */
export function sidesIn(claims: readonly ViewClaim[]): Side[] {
  const present = new Set(claims.map((c) => c.claimant_side));
  return SIDES.filter((s) => present.has(s));
}

/** Round log-scale ticks (1, 10, 100 … and, with room, 2 and 5 between), never crowded. */
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

/** A log-scale domain from powers of ten around the values, with room for labels. */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(minOf(positive)));
  const hi = 10 ** Math.ceil(Math.log10(maxOf(positive) * 1.5));
  return [lo, hi];
}

export function claimDotsOptions(
  claims: readonly ViewClaim[],
  config: ClaimDotsConfig,
): Plot.PlotOptions {
  const { Plot } = config;
  const [min, max] = config.x.domain;
  // Each claim's row, once (grouped in one pass: a ledger may have thousands of rows).
  const byRow = new Map<string, ViewClaim[]>();
  for (const c of claims) {
    const r = config.row(c);
    const list = byRow.get(r);
    if (list) list.push(c);
    else byRow.set(r, [c]);
  }
  const rows = config.rowOrder ? config.rowOrder.filter((r) => byRow.has(r)) : [...byRow.keys()];
  // Claims of one row stack a little apart so equal values stay visible and separately focusable.
  const slot = new Map<ViewClaim, number>();
  for (const list of byRow.values()) list.forEach((c, i) => slot.set(c, i));
  const y = (c: ViewClaim) => `${config.row(c)}\u0000${slot.get(c) ?? 0}`;
  // Each row starts with a slot of its own for its heading, which may wrap on a phone.
  const heading = (r: string) => `${r}\u0000h`;
  const yDomain = rows.flatMap((r) => {
    const n = byRow.get(r)?.length ?? 0;
    return [heading(r), ...Array.from({ length: n }, (_, i) => `${r}\u0000${i}`)];
  });
  const closed = claims.filter((c) => c.lo !== null && c.hi !== null && c.lo !== c.hi);
  const openHigh = claims.filter((c) => c.hi === null);
  const openLow = claims.filter((c) => c.lo === null && c.hi !== null);
  const sides = sidesIn(claims);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const rowHeight = 34;
  const position = (v: number) =>
    config.x.type === 'log'
      ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min))
      : (v - min) / (max - min);
  const rightHalf = (c: ViewClaim) => position(clamp(c.center)) > 0.55;
  const label = {
    y,
    x: (c: ViewClaim) => clamp(c.center),
    // Cut short: a label cannot wrap inside a word, and the provenance card has the full text.
    text: (c: ViewClaim) =>
      `${shortText(c.figure_text, 40, 24)}${c.subset ? ` (${shortText(c.subset, 40, 24)})` : ''} · ${shortText(c.claimant, 40, 24)}`,
    fontSize: 11,
    lineWidth: config.width < 480 ? 16 : 34,
    // A halo in the page colour keeps labels legible where they cross an interval line.
    stroke: config.theme === 'dark' ? '#121212' : '#ffffff',
    strokeWidth: 3,
    paintOrder: 'stroke',
    fill: 'currentColor',
  };

  return {
    width: config.width,
    height: Math.max(120, yDomain.length * rowHeight + 60),
    marginTop: 30,
    marginLeft: 12,
    marginRight: 24,
    x: {
      type: config.x.type,
      domain: config.x.domain,
      label: config.x.label,
      tickFormat: config.x.tickFormat,
      ticks:
        config.x.type === 'log' ? logTicks(min, max, config.width) : config.width < 480 ? 4 : 8,
      grid: true,
    },
    y: { domain: yDomain, axis: null, paddingOuter: 0.2 },
    color: {
      ...sideScale(sides, config.theme),
      legend: true,
      tickFormat: (s: Side) => SIDE_LABEL[s],
    },
    symbol: {
      domain: [...LENSES],
      range: LENSES.map((l) => LENS_SYMBOL[l] ?? 'circle'),
      legend: true,
      tickFormat: (l: string) => LENS_LABEL[l] ?? l,
    },
    marks: [
      Plot.ruleY(closed, {
        y,
        x1: (c: ViewClaim) => clamp(c.lo ?? min),
        x2: (c: ViewClaim) => clamp(c.hi ?? max),
        stroke: 'claimant_side',
        strokeWidth: 2,
        strokeOpacity: 0.7,
      }),
      Plot.arrow(openHigh, {
        y1: y,
        y2: y,
        x1: (c: ViewClaim) => clamp(c.lo ?? c.center),
        x2: max,
        stroke: 'claimant_side',
        strokeWidth: 2,
        strokeDasharray: '4,3',
        headLength: 8,
      }),
      Plot.arrow(openLow, {
        y1: y,
        y2: y,
        x1: (c: ViewClaim) => clamp(c.hi ?? c.center),
        x2: min,
        stroke: 'claimant_side',
        strokeWidth: 2,
        strokeDasharray: '4,3',
        headLength: 8,
      }),
      Plot.text(rows, {
        y: heading,
        x: min,
        text: (r: string) => shortText(r, 160, 30),
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dy: 12,
        lineWidth: Math.max(16, Math.floor((config.width - 40) / 14)),
        fontWeight: 600,
        fontSize: 12,
      }),
      Plot.dot(claims, {
        y,
        x: (c: ViewClaim) => clamp(c.center),
        fill: 'claimant_side',
        stroke: 'currentColor',
        strokeWidth: 1,
        symbol: 'lens',
        r: 6,
        className: POINT_CLASS,
      }),
      // Labels go on whichever side of the mark has more room.
      Plot.text(
        claims.filter((c) => !rightHalf(c)),
        { ...label, textAnchor: 'start', dx: 10 },
      ),
      Plot.text(claims.filter(rightHalf), { ...label, textAnchor: 'end', dx: -10 }),
    ],
  };
}
