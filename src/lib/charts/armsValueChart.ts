/**
 * Money figures for Israeli arms sold to Azerbaijan, each drawn as a span over the years it
 * covers, in separate panels by kind: SIPRI trend-indicator values printed as dollars, and
 * purchase totals declared by a government. They are different quantities, so they never share
 * a panel, and the value is written beside the span rather than placed on a common money axis.
 */
import { maxOf, minOf } from './extent.ts';
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import { parsePartialDate } from '../data/partialDate.ts';
import { SIDES } from '../data/types.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { sideScale } from './palette.ts';
import { sidesIn } from './claimDots.ts';
import { shortText } from '../format/displayText.ts';
import { GUIDE_CLASS } from './claimDots.ts';
import { TYPE, chartStyle, labelText, linesHeight, wrapText } from './typeScale.ts';
import { yearTicks } from './yearTicks.ts';

export const ARMS_VALUE_CLASS = 'arms-value-points';

/** The kind of money figure, from who claimed it. */
export function moneyKind(c: ViewClaim): string {
  if (/\bsipri\b/i.test(c.claimant)) return 'SIPRI trend-indicator value, printed as US$';
  if (c.claimant_side === 'azerbaijan' || c.claimant_side === 'israel')
    return 'Purchases declared by a government';
  return 'Value of unstated kind';
}

const year = (text: string | null, end: boolean): Date | null => {
  const d = text ? parsePartialDate(text) : undefined;
  if (!d) return null;
  return new Date(`${end ? d.latest : d.earliest}T${end ? '23:59:59' : '00:00:00'}Z`);
};

interface Span {
  claim: ViewClaim;
  kind: string;
  /** Position within its panel (panels share one y scale, so slots restart in each). */
  slot: number;
  start: Date | null;
  end: Date;
  label: string;
}

export function armsValueSpans(claims: readonly ViewClaim[]): Span[] {
  // A figure printed twice in one article (a summary and the body) is drawn once.
  const seen = new Set<string>();
  const spans: Span[] = [];
  const slots = new Map<string, number>();
  const ordered = claims
    .filter((c) => c.measure === 'arms_sales_value')
    .sort((a, b) => a.published.localeCompare(b.published) || a.claim_id.localeCompare(b.claim_id));
  for (const c of ordered) {
    const key = `${c.source_id}|${c.figure_text}|${c.period_start}|${c.period_end}|${c.as_of}`;
    const end = year(c.period_end ?? c.as_of, true);
    if (seen.has(key) || !end) continue;
    seen.add(key);
    const kind = moneyKind(c);
    const slot = slots.get(kind) ?? 0;
    slots.set(kind, slot + 1);
    const start = year(c.period_start, false);
    const outlet = c.publisher === 'unidentified' ? 'outlet not identified' : c.publisher;
    const when = start ? '' : `, total up to ${c.as_of ?? c.period_end}; start not stated`;
    spans.push({
      claim: c,
      kind,
      slot,
      start,
      end,
      // Cut short: a label cannot wrap inside a word, and the provenance card has the full text.
      label: `${shortText(c.figure_text, 40, 24)} · ${shortText(c.claimant, 40, 24)} (${shortText(outlet, 40, 24)}${when})`,
    });
  }
  return spans;
}

export function armsValueChart(
  claims: readonly ViewClaim[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const spans = armsValueSpans(claims);
  const kinds = [...new Set(spans.map((s) => s.kind))].sort();
  const first = new Date(minOf(spans.map((s) => (s.start ?? s.end).getTime())));
  const from = new Date(Date.UTC(first.getUTCFullYear() - 2, 0, 1));
  const to = new Date(Date.UTC(maxOf(spans.map((s) => s.end.getUTCFullYear())) + 1, 0, 1));
  const sides = sidesIn(spans.map((s) => s.claim));
  const margin = { left: 24, right: 20, bottom: 44 };
  const inner = width - margin.left - margin.right;
  // Laid out in pixels, top to bottom: for each kind a heading, then each figure's label on its
  // own lines above its bar, so no label sits on a bar or an arrow at any width.
  const texts: { y: number; text: string; size: number; bold: boolean }[] = [];
  const rowY = new Map<Span, number>();
  const panels: { y1: number; y2: number }[] = [];
  let y = 8;
  // The finding in the chart: kinds of money figure that are different quantities.
  if (kinds.length > 1) {
    const note = wrapText(
      `${kinds.length} kinds of figure, not one disputed sum: never compared on one scale`,
      inner - 12,
      TYPE.story,
      true,
    );
    texts.push({ y, text: note.join('\n'), size: TYPE.story, bold: true });
    y += linesHeight(note.length, TYPE.story) + 10;
  }
  for (const kind of kinds) {
    const top = y;
    y += 6;
    const heading = wrapText(kind, inner - 12, TYPE.story, true);
    texts.push({ y, text: heading.join('\n'), size: TYPE.story, bold: true });
    y += linesHeight(heading.length, TYPE.story) + 8;
    for (const s of spans.filter((x) => x.kind === kind)) {
      const lines = wrapText(s.label, inner - 12, TYPE.label);
      texts.push({ y, text: lines.join('\n'), size: TYPE.label, bold: false });
      y += linesHeight(lines.length, TYPE.label) + 2;
      rowY.set(s, y + 11);
      y += 22 + 8;
    }
    panels.push({ y1: top, y2: y });
    y += 14;
  }
  const plotHeight = y - 14 + 4;
  const Y = (s: Span) => rowY.get(s) ?? 0;
  const text = (size: number, bold: boolean) =>
    Plot.text(
      texts.filter((t) => t.size === size),
      {
        x: from,
        y: 'y',
        dx: 6,
        text: 'text',
        textAnchor: 'start',
        ...labelText(size, bold, theme),
      },
    );
  return {
    width,
    height: plotHeight + margin.bottom,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginTop: 0,
    marginBottom: margin.bottom,
    style: chartStyle(),
    x: {
      type: 'utc',
      domain: [from, to],
      label: 'Years covered →',
      labelAnchor: 'left',
      labelOffset: 36,
      tickFormat: '%Y',
      ticks: yearTicks(from.getUTCFullYear(), to.getUTCFullYear(), inner).map(
        (y) => new Date(Date.UTC(y, 0, 1)),
      ),
    },
    y: { type: 'linear', domain: [0, plotHeight], range: [0, plotHeight], axis: null },
    color: { ...sideScale(sides.length ? sides : [...SIDES], theme), legend: false },
    marks: [
      // Panels: kinds of money figure that never share a scale of value.
      Plot.rect(panels, {
        x1: from,
        x2: to,
        y1: 'y1',
        y2: 'y2',
        fill: 'none',
        stroke: 'currentColor',
        strokeOpacity: 0.15,
        className: GUIDE_CLASS,
      }),
      // A known period is a solid bar; a running total with no start is a dashed line from the
      // left edge: its start is open.
      Plot.rect(
        spans.filter((s) => s.start !== null),
        {
          x1: 'start',
          x2: 'end',
          fill: (s: Span) => s.claim.claimant_side,
          fillOpacity: 0.75,
          // A bar 16 px tall around its row's line.
          y1: (s: Span) => Y(s) - 8,
          y2: (s: Span) => Y(s) + 8,
        },
      ),
      Plot.arrow(
        spans.filter((s) => s.start === null),
        {
          y1: Y,
          y2: Y,
          x1: from,
          x2: 'end',
          stroke: (s: Span) => s.claim.claimant_side,
          strokeDasharray: '4,3',
          strokeWidth: 2,
          headLength: 0,
        },
      ),
      Plot.dot(spans, {
        y: Y,
        x: 'end',
        r: 6,
        fill: (s: Span) => s.claim.claimant_side,
        stroke: 'currentColor',
        className: ARMS_VALUE_CLASS,
      }),
      text(TYPE.story, true),
      text(TYPE.label, false),
    ],
  };
}
