/**
 * When a claim is true of: a period (a flow or a share over a window: 2017–2019, or one day),
 * an as-of date (a running total or a state: "so far", "as of 2 October 2020"), or nothing
 * printed. Dates keep their printed precision; for comparisons each becomes a span of day
 * numbers from its first to its last possible day.
 *
 * An as-of date taken from the publication date ("so far", in an article of 2 October) is only a
 * bound: the figure is true of some day no later than that (`upTo`). It keeps the day as its key,
 * so figures reported by the same day are compared, and sentences say "reported by".
 */
import { parsePartialDate, type PartialDate } from '../data/partialDate.ts';

export type TimeKind = 'period' | 'as_of' | 'none';

export interface TimeFrame {
  kind: TimeKind;
  /** First possible day (days since 1970-01-01); null when undated. */
  from: number | null;
  /** Last possible day; null when undated. */
  to: number | null;
  /** The printed dates this frame rests on (for labels). */
  dates: PartialDate[];
  /** Exactly what was printed, as a key: "p:2017..2019", "a:2020-10-02", "none". */
  key: string;
  /** For readers: "2017–2019", "as of 2020-10-02", "as of 2020-10-02 or earlier", "undated". */
  text: string;
  /** An as-of date known only as "no later than" (taken from the publication date). */
  upTo: boolean;
  /** The period or date was worked out, not printed (time_basis inferred, or a share's window). */
  inferred: boolean;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD day of a day number. */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const cache = new Map<string, PartialDate | null>();

/** Parse with a cache: a ledger repeats few distinct dates, and 100k claims parse in no time. */
export function partialDate(text: string): PartialDate | null {
  let found = cache.get(text);
  if (found === undefined) {
    found = parsePartialDate(text) ?? null;
    cache.set(text, found);
  }
  return found;
}

export interface TimeInputs {
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  /** The as-of date is a bound: no later than this day. */
  upTo?: boolean;
  inferred?: boolean;
}

const frames = new Map<string, TimeFrame | { error: string }>();

/**
 * The claim's time frame, or an error message when a date cannot be read. Frames are cached
 * and shared between claims (a ledger repeats few distinct dates): treat them as read-only.
 */
export function timeFrameOf(c: TimeInputs): TimeFrame | { error: string } {
  const key = `${c.period_start ?? ''}|${c.period_end ?? ''}|${c.as_of ?? ''}|${c.upTo ? 1 : 0}${c.inferred ? 1 : 0}`;
  let frame = frames.get(key);
  if (frame === undefined) {
    frame = readTimeFrame(c);
    frames.set(key, frame);
  }
  return frame;
}

function readTimeFrame(c: TimeInputs): TimeFrame | { error: string } {
  if (c.period_start || c.period_end) {
    const startText = c.period_start ?? c.period_end ?? '';
    const endText = c.period_end ?? c.period_start ?? '';
    const start = partialDate(startText);
    const end = partialDate(endText);
    if (!start || !end) return { error: `unreadable period ${startText}..${endText}` };
    const from = dayNumber(start.earliest);
    const to = dayNumber(end.latest);
    if (to < from) return { error: `period ends before it starts (${startText}..${endText})` };
    const text = startText === endText ? startText : `${startText}–${endText}`;
    return {
      kind: 'period',
      from,
      to,
      dates: [start, end],
      key: `p:${startText}..${endText}`,
      text: c.inferred ? `${text} (inferred)` : text,
      upTo: false,
      inferred: Boolean(c.inferred),
    };
  }
  if (c.as_of) {
    const at = partialDate(c.as_of);
    if (!at) return { error: `unreadable as-of date ${c.as_of}` };
    return {
      kind: 'as_of',
      from: dayNumber(at.earliest),
      to: dayNumber(at.latest),
      dates: [at],
      key: `a:${c.as_of}`,
      text: `as of ${c.as_of}${c.upTo ? ' or earlier' : ''}`,
      upTo: Boolean(c.upTo),
      inferred: Boolean(c.inferred),
    };
  }
  return {
    kind: 'none',
    from: null,
    to: null,
    dates: [],
    key: 'none',
    text: 'undated',
    upTo: false,
    inferred: false,
  };
}

/** Days between two frames' spans: 0 when they touch or overlap; Infinity when one is undated. */
export function gapDays(a: TimeFrame, b: TimeFrame): number {
  if (a.from === null || a.to === null || b.from === null || b.to === null) return Infinity;
  return Math.max(0, a.from - b.to, b.from - a.to);
}

/**
 * A readable, stable label for a set of frames, derived from their printed dates: a month
 * ("2020-10") when all fall within one, years ("2015-2019") when they span years, months
 * ("2020-09-to-2020-10") within one year, and with `fine` the first and last day.
 */
export function timeLabel(frames: readonly TimeFrame[], fine = false): string {
  let lo: string | null = null;
  let hi: string | null = null;
  let allYears = true;
  for (const f of frames) {
    for (const d of f.dates) {
      if (lo === null || d.earliest < lo) lo = d.earliest;
      if (hi === null || d.latest > hi) hi = d.latest;
      if (d.precision !== 'year') allYears = false;
    }
  }
  if (lo === null || hi === null) return 'undated';
  if (fine) return lo === hi ? lo : `${lo}-to-${hi}`;
  if (lo.slice(0, 7) === hi.slice(0, 7)) return lo.slice(0, 7);
  if (lo.slice(0, 4) === hi.slice(0, 4)) {
    return allYears ? lo.slice(0, 4) : `${lo.slice(0, 7)}-to-${hi.slice(0, 7)}`;
  }
  return `${lo.slice(0, 4)}-${hi.slice(0, 4)}`;
}
