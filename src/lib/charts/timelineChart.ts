/**
 * The dated events the articles mention and the days the articles were published, in order.
 * Drawn as a vertical sequence rather than on a proportional time axis: the events run from 1991
 * to 2023 but crowd into a few weeks of 2020, and a reader needs each one legible.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import type { EventRow, SourceRow } from '../data/types.ts';
import { formatDate } from '../format/formatValue.ts';
import { shortText } from '../format/displayText.ts';

export const TIMELINE_CLASS = 'timeline-points';

export interface TimelineItem {
  id: string;
  date: string;
  kind: 'event' | 'publication';
  title: string;
  source_id: string;
  paragraph: number | null;
  inferred: boolean;
}

export function timelineItems(
  events: readonly EventRow[],
  sources: readonly SourceRow[],
): TimelineItem[] {
  const publisherName = (s: SourceRow) =>
    s.publisher === 'unidentified' ? 'an unidentified outlet' : s.publisher;
  const items: TimelineItem[] = [
    ...events.map((e) => ({
      id: e.event_id,
      date: e.date,
      kind: 'event' as const,
      title: e.title,
      source_id: e.source_id,
      paragraph: e.paragraph,
      inferred: e.date_basis === 'inferred',
    })),
    ...sources.map((s) => ({
      id: `published-${s.source_id}`,
      date: s.published,
      kind: 'publication' as const,
      title:
        `Article published by ${publisherName(s)}${s.wire ? ` (with ${s.wire})` : ''}` +
        // A date known only as "no earlier than" is the first day of a range, not the day.
        (s.published_precision === 'no_earlier_than' ? ', on this day or later' : ''),
      source_id: s.source_id,
      paragraph: null,
      inferred: s.published_precision !== 'stated',
    })),
  ];
  // Partial dates sort by their first day; at equal dates events come before publications.
  return items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'event' ? -1 : 1),
  );
}

export function timelineChart(
  items: readonly TimelineItem[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const colour =
    theme === 'dark'
      ? { event: '#56B4E9', publication: '#E69F00' }
      : { event: '#0072B2', publication: '#A66400' };
  const row = 30;
  return {
    width,
    height: 40 + items.length * row,
    marginLeft: 20,
    marginRight: 10,
    marginTop: 20,
    x: { domain: [0, 1], axis: null },
    y: { domain: items.map((i) => i.id), axis: null },
    color: {
      domain: ['event', 'publication'],
      range: [colour.event, colour.publication],
      legend: true,
      tickFormat: (k: string) => (k === 'event' ? 'Event in the articles' : 'Article published'),
    },
    symbol: { domain: ['event', 'publication'], range: ['circle', 'square'] },
    marks: [
      Plot.ruleX([0], { y1: items[0]?.id, y2: items.at(-1)?.id, strokeOpacity: 0.3 }),
      Plot.dot(items, {
        x: 0,
        y: 'id',
        fill: 'kind',
        symbol: 'kind',
        r: 6,
        stroke: 'currentColor',
        className: TIMELINE_CLASS,
      }),
      Plot.text(items, {
        x: 0,
        y: 'id',
        dx: 14,
        textAnchor: 'start',
        fontSize: 12,
        lineWidth: Math.max(16, Math.floor((width - 60) / 12)),
        // Cut short: a label cannot wrap inside a word; the details under the chart are whole.
        text: (i: TimelineItem) =>
          `${formatDate(i.date)}${i.inferred ? '*' : ''} — ${shortText(i.title, 120, 30)}`,
      }),
    ],
  };
}
