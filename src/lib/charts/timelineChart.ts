/**
 * The dated events the articles mention and the days the articles were published (squares), on
 * a time axis running down the chart. The events run from 1991 to 2023 but crowd into a few weeks
 * of 2020: the long gaps between are broken out of the axis (a dotted stretch, "25 years later"),
 * and within a period time runs at one rate, stretched only where labels would otherwise collide.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import type { EventRow, SourceRow } from '../data/types.ts';
import { formatDate } from '../format/formatValue.ts';
import { shortText } from '../format/displayText.ts';
import { GUIDE_CLASS } from './claimDots.ts';
import { TYPE, chartStyle, halo, linesHeight, textWidth, wrapText } from './typeScale.ts';

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

/** A gap longer than this (in days) is broken out of the axis and said in words. */
const BREAK_DAYS = 90;
/** Pixels per day where events are sparse; where they crowd, the axis stretches to fit them. */
const PX_PER_DAY = 2;

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date or partial date ("2020", "2020-10") at its first day, in days since 1970. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY;
}

/** "25 years later", "5 months later". */
export function gapWords(days: number): string {
  const years = Math.round(days / 365.25);
  if (years >= 2) return `${years} years later`;
  const months = Math.max(1, Math.round(days / 30.44));
  return months >= 12 ? 'a year later' : `${months} ${months === 1 ? 'month' : 'months'} later`;
}

interface Placed {
  item: TimelineItem;
  y: number;
}

/**
 * Items laid out down a time axis: runs of items with no long gap share a segment in which time
 * runs at a constant rate, stretched only where labels crowd (each label on its own lines, below
 * the one before); a long gap between segments is broken and said in words. Pixels throughout.
 */
export function timelineLayout(items: readonly TimelineItem[], width: number) {
  // Room left of the axis for a bold year, and its asterisk where a year is inferred.
  const starred = items.some((i) => /^\d{4}$/.test(i.date) && i.inferred);
  const axisX = 46 + (starred ? Math.ceil(textWidth('*', TYPE.label, true)) : 0);
  const labelX = axisX + 14;
  const labelWidth = width - labelX - 8;
  const lineH = linesHeight(1, TYPE.label);
  const placed: Placed[] = [];
  const labels: { y: number; text: string }[] = [];
  const axis: { y1: number; y2: number }[] = [];
  const breaks: { y1: number; y2: number; text: string; ty: number }[] = [];
  const ticks: { y: number; text: string; bold: boolean }[] = [];
  // The finding at the top, in the chart: how many events over which years, and how many
  // articles (the squares) reported them.
  const events = items.filter((i) => i.kind === 'event');
  const articles = items.length - events.length;
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const headline = wrapText(
    (events.length
      ? `${events.length} ${events.length === 1 ? 'event' : 'events'}, ${years[0]}${years.length > 1 ? `–${years.at(-1)}` : ''}`
      : 'No dated events') +
      (articles ? `; ${articles} ${articles === 1 ? 'article' : 'articles'} (squares)` : ''),
    width - 16,
    TYPE.story,
    true,
  );
  let y = 8;
  const head = { y, text: headline.join('\n') };
  y += linesHeight(headline.length, TYPE.story) + 4;
  // The asterisk explained in the drawing itself, so an embedded or downloaded chart says it.
  const starLines = items.some((i) => i.inferred)
    ? wrapText('* Date worked out from the text, not printed in it', width - 16, TYPE.label)
    : [];
  const star = starLines.length ? { y, text: starLines.join('\n') } : null;
  y += (starLines.length ? linesHeight(starLines.length, TYPE.label) : 0) + 10;
  let i = 0;
  while (i < items.length) {
    // A segment: items until the next long gap.
    let j = i + 1;
    while (
      j < items.length &&
      dayNumber((items[j] as TimelineItem).date) - dayNumber((items[j - 1] as TimelineItem).date) <=
        BREAK_DAYS
    )
      j++;
    const segment = items.slice(i, j);
    const start = dayNumber((segment[0] as TimelineItem).date);
    const top = y;
    const anchors: { day: number; y: number }[] = [];
    let bottom = top;
    for (const item of segment) {
      const day = dayNumber(item.date);
      const at = Math.max(top + (day - start) * PX_PER_DAY, bottom) + lineH / 2;
      // The item that opens a segment sits on its year's tick: the tick says the year (with the
      // asterisk of a year worked out from the text), so the label does not say it again
      // ("September: …", not "2021 September 2021: …"), and a year alone needs no date at all.
      const opens = item === segment[0];
      const date = opens ? formatDate(item.date).replace(/\s*\d{4}$/, '') : formatDate(item.date);
      const title = shortText(item.title, 120, 30);
      const text =
        opens && /^\d{4}$/.test(item.date) ? title : `${date}${item.inferred ? '*' : ''}: ${title}`;
      const lines = wrapText(text, labelWidth, TYPE.label);
      placed.push({ item, y: at });
      anchors.push({ day, y: at });
      labels.push({ y: at - lineH / 2, text: lines.join('\n') });
      bottom = at - lineH / 2 + linesHeight(lines.length, TYPE.label) + 8;
    }
    axis.push({ y1: top, y2: bottom - 8 });
    // Ticks on the real dates: the year at the segment's start, then each month's first day
    // where the segment spans months, placed between the items around it.
    const yOf = (day: number) => {
      const before = [...anchors].reverse().find((a) => a.day <= day) ?? anchors[0];
      const after = anchors.find((a) => a.day >= day) ?? anchors.at(-1);
      if (!before || !after || after.day === before.day) return before?.y ?? top;
      return before.y + ((day - before.day) / (after.day - before.day)) * (after.y - before.y);
    };
    const first = new Date(start * DAY);
    const opener = segment[0] as TimelineItem;
    ticks.push({
      y: anchors[0]?.y ?? top,
      text: `${first.getUTCFullYear()}${/^\d{4}$/.test(opener.date) && opener.inferred ? '*' : ''}`,
      bold: true,
    });
    const last = dayNumber((segment.at(-1) as TimelineItem).date);
    let lastTick = anchors[0]?.y ?? top;
    for (
      let m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
      m.getTime() / DAY <= last;
      m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))
    ) {
      const ty = yOf(m.getTime() / DAY);
      // A month tick needs room between its neighbours; a new year says its year.
      if (ty - lastTick < lineH * 1.6) continue;
      const january = m.getUTCMonth() === 0;
      ticks.push({
        y: ty,
        text: january ? String(m.getUTCFullYear()) : (MONTHS[m.getUTCMonth()] as string),
        bold: january,
      });
      lastTick = ty;
    }
    y = bottom;
    const next = items[j];
    if (next) {
      const gap = dayNumber(next.date) - last;
      breaks.push({ y1: y - 4, y2: y + 26, ty: y + 4, text: gapWords(gap) });
      y += 30;
    }
    i = j;
  }
  return { axisX, labelX, placed, labels, axis, breaks, ticks, head, star, height: y + 6 };
}

export function timelineChart(
  items: readonly TimelineItem[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const colour =
    theme === 'dark'
      ? { event: '#56B4E9', publication: '#E69F00' }
      : { event: '#0072B2', publication: '#A66400' };
  const layout = timelineLayout(items, width);
  const { axisX, labelX } = layout;
  const yOf = new Map(layout.placed.map((p) => [p.item, p.y]));
  const tickText = (bold: boolean) =>
    Plot.text(
      layout.ticks.filter((t) => t.bold === bold),
      {
        x: axisX - 10,
        y: 'y',
        text: 'text',
        textAnchor: 'end',
        fontSize: bold ? TYPE.label : TYPE.small,
        fontWeight: bold ? 700 : 400,
        fill: 'currentColor',
      },
    );
  return {
    width,
    height: layout.height,
    margin: 0,
    style: chartStyle(),
    x: { type: 'linear', domain: [0, width], range: [0, width], axis: null },
    y: { type: 'linear', domain: [0, layout.height], range: [0, layout.height], axis: null },
    color: { domain: ['event', 'publication'], range: [colour.event, colour.publication] },
    // One key in the shapes and colours drawn (a blue dot, an orange square), not colour
    // squares beside round marks: the dots' fill and shape share a channel, so Plot draws the
    // symbol key in colour.
    symbol: {
      domain: ['event', 'publication'],
      range: ['circle', 'square'],
      legend: true,
      tickFormat: (k: string) => (k === 'event' ? 'Event in the articles' : 'Article published'),
    },
    marks: [
      // Time runs down the axis; a dotted stretch is a long gap left out.
      Plot.ruleX(layout.axis, {
        x: axisX,
        y1: 'y1',
        y2: 'y2',
        stroke: 'currentColor',
        strokeOpacity: 0.5,
        className: GUIDE_CLASS,
      }),
      Plot.ruleX(layout.breaks, {
        x: axisX,
        y1: 'y1',
        y2: 'y2',
        stroke: 'currentColor',
        strokeOpacity: 0.5,
        strokeDasharray: '2,4',
        className: GUIDE_CLASS,
      }),
      Plot.ruleY(layout.ticks, {
        y: 'y',
        x1: axisX - 5,
        x2: axisX,
        stroke: 'currentColor',
        strokeOpacity: 0.5,
        className: GUIDE_CLASS,
      }),
      tickText(true),
      tickText(false),
      Plot.text([layout.head], {
        x: 8,
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: 1.2,
        fontSize: TYPE.story,
        fontWeight: 700,
        fill: 'currentColor',
      }),
      Plot.text(layout.star ? [layout.star] : [], {
        x: 8,
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: 1.2,
        fontSize: TYPE.label,
        fill: 'currentColor',
      }),
      Plot.text(layout.breaks, {
        x: labelX,
        y: 'ty',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        fontSize: TYPE.small,
        fontStyle: 'italic',
        fill: 'currentColor',
      }),
      Plot.dot(items, {
        x: axisX,
        y: (i: TimelineItem) => yOf.get(i) ?? 0,
        fill: 'kind',
        symbol: 'kind',
        r: 6,
        stroke: 'currentColor',
        className: TIMELINE_CLASS,
      }),
      // Labels were cut short and wrapped above: a label cannot wrap inside a word; the details
      // under the chart are whole.
      Plot.text(layout.labels, {
        x: labelX,
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: 1.2,
        fontSize: TYPE.label,
        fill: 'currentColor',
        ...halo(theme),
      }),
    ],
  };
}
