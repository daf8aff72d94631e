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
  const y = (s: Span) => s.slot;
  const slots = Math.max(1, ...spans.map((s) => s.slot + 1));
  return {
    width,
    height: 60 + kinds.length * (slots * 46 + 40),
    marginLeft: 12,
    marginRight: 16,
    marginTop: 24,
    x: {
      type: 'utc',
      domain: [from, to],
      label: 'Years covered →',
      grid: true,
      ticks: width < 480 ? 4 : 8,
    },
    y: {
      axis: null,
      domain: [-1, ...Array.from({ length: slots }, (_, i) => i)],
      paddingOuter: 0.2,
    },
    fy: { domain: kinds, label: null, axis: null, padding: 0.15 },
    color: { ...sideScale(sides.length ? sides : [...SIDES], theme), legend: false },
    marks: [
      Plot.frame({ strokeOpacity: 0.15 }),
      // Panel headings inside each panel: which kind of money figure it holds.
      Plot.text(kinds, {
        fy: (k: string) => k,
        text: (k: string) => k,
        frameAnchor: 'top-left',
        dx: 4,
        dy: 6,
        fontWeight: 600,
        fontSize: 12,
      }),
      // A known period is a solid bar; a running total with no start is an arrow from the left.
      Plot.barX(
        spans.filter((s) => s.start !== null),
        {
          fy: 'kind',
          y,
          x1: 'start',
          x2: 'end',
          fill: (s: Span) => s.claim.claimant_side,
          fillOpacity: 0.75,
          insetTop: 8,
          insetBottom: 8,
        },
      ),
      Plot.arrow(
        spans.filter((s) => s.start === null),
        {
          fy: 'kind',
          y1: y,
          y2: y,
          x1: from,
          x2: 'end',
          stroke: (s: Span) => s.claim.claimant_side,
          strokeDasharray: '4,3',
          strokeWidth: 2,
          headLength: 0,
        },
      ),
      Plot.dot(spans, {
        fy: 'kind',
        y,
        x: 'end',
        r: 6,
        fill: (s: Span) => s.claim.claimant_side,
        stroke: 'currentColor',
        className: ARMS_VALUE_CLASS,
      }),
      Plot.text(spans, {
        fy: 'kind',
        y,
        x: from,
        text: 'label',
        textAnchor: 'start',
        dy: -10,
        fontSize: 11,
        fill: 'currentColor',
        stroke: theme === 'dark' ? '#121212' : '#ffffff',
        strokeWidth: 3,
        paintOrder: 'stroke',
        lineWidth: width < 480 ? 30 : 80,
      }),
    ],
  };
}
