/**
 * The period a figure covers or the date it refers to, from the words of its sentence and the
 * publication date: explicit years ("between 2017 and 2019", "2016-2020", "in 2016"), windows
 * counted back from publication ("over the past five years"), and relative days ("yesterday",
 * "on Monday").
 */
import { MONTHS, WEEKDAYS, addDays, isoDay, monthsBefore, weekdayOnOrBefore } from './calendar.ts';
import { CONFIDENCE } from './confidence.ts';
import { CARDINALS } from './numberWords.ts';

export interface TimeGuess {
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  time_basis: 'stated' | 'inferred';
  confidence: number;
  /** Nothing could be decided (no publication date and no date in the sentence). */
  undecided: boolean;
  /** How it was read, for the reviewer: 'by 30 September (year from the text)'. */
  reason?: string;
}

const YEAR = '(1[89]\\d{2}|20\\d{2})';
const YEAR_RANGES: RegExp[] = [
  new RegExp(`\\bbetween ${YEAR} and ${YEAR}\\b`, 'i'),
  new RegExp(`\\bfrom ${YEAR} (?:to|until|till|through) ${YEAR}\\b`, 'i'),
  new RegExp(`\\b${YEAR} ?[-/] ?(\\d{2}|\\d{4})\\b`),
];

const WINDOW =
  /\b(?:over|in|during|for|within) the (?:past|last|previous|preceding) (\d+|[a-z]+) (years?|months?)\b/i;

function numberFrom(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return CARDINALS.get(text.toLowerCase()) ?? null;
}

/** "2016-20" ends in 2020. */
function fullYear(start: string, end: string): string {
  return end.length === 2 ? `${start.slice(0, 2)}${end}` : end;
}

/** A year range printed in the sentence, as [start, end]. */
export function yearRangeIn(sentence: string): [string, string] | null {
  for (const re of YEAR_RANGES) {
    const m = re.exec(sentence);
    if (m?.[1] && m[2]) {
      const end = fullYear(m[1], m[2]);
      if (Number(end) >= Number(m[1]) && Number(end) - Number(m[1]) < 100) return [m[1], end];
    }
  }
  return null;
}

/** "over the past five years" and the like: the number of years or months and the unit. */
export function windowIn(sentence: string): { count: number; unit: 'years' | 'months' } | null {
  const m = WINDOW.exec(sentence);
  if (!m?.[1] || !m[2]) return null;
  const count = numberFrom(m[1]);
  if (count === null || count <= 0) return null;
  return { count, unit: m[2].toLowerCase().startsWith('year') ? 'years' : 'months' };
}

const WEEKDAY = new RegExp(`\\b(?:on )?(${WEEKDAYS.join('|')})\\b`, 'i');
const MONTH_DAY = new RegExp(`\\b(?:${[...MONTHS.keys()].join('|')})\\b\\.? \\d`, 'i');
const LONE_YEAR = new RegExp(`(?<![\\d,.$])${YEAR}(?![\\d,%])`, 'g');

const NONE: TimeGuess = {
  period_start: null,
  period_end: null,
  as_of: null,
  time_basis: 'inferred',
  confidence: 0,
  undecided: true,
};

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/** Month names of more than three letters: "may" and "mar" alone are words, not dates. */
const LONG_MONTHS = MONTH_NAMES.split('|')
  .filter((m) => m.length > 3)
  .join('|');
const CUE =
  '(?:(?<cue>on|by|as of|until|till|through|since|from|in|by the end of|at the end of|early|late)\\s+)?';

/**
 * Dates printed in a sentence, each a row with an example (tests/extract/timeframe.test.ts runs
 * them): day first, month first, or a month alone. Group names: cue, day, month, year.
 */
export const DATE_RULES: ReadonlyArray<{ pattern: RegExp; example: string }> = [
  {
    pattern: new RegExp(
      `\\b${CUE}(?<day>\\d{1,2})\\s+(?<month>${MONTH_NAMES})\\.?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b`,
      'gi',
    ),
    example: 'by 30 September 2020',
  },
  {
    pattern: new RegExp(
      `\\b${CUE}(?<month>${MONTH_NAMES})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d{2}))?`,
      'gi',
    ),
    example: 'on Oct. 5, 2020',
  },
  {
    pattern: new RegExp(
      `\\b(?<cue>in|by|as of|until|since|from|by the end of|at the end of|early|late)\\s+(?<month>${LONG_MONTHS})(?:\\s+(?<year>(?:19|20)\\d{2}))?\\b(?!\\s+\\d)`,
      'gi',
    ),
    example: 'by the end of September 2023',
  },
  {
    pattern: new RegExp(`\\b(?<month>${LONG_MONTHS})\\s+(?<year>(?:19|20)\\d{2})\\b`, 'gi'),
    example: 'fled in October 2023',
  },
];

export interface DateFound {
  /** Partial ISO date: YYYY-MM-DD or YYYY-MM. */
  date: string;
  /** Where the phrase is in the sentence. */
  at: number;
  text: string;
  /** The year came from the phrase itself. */
  yearStated: boolean;
  /** The phrase dates a running total: "by 14 September", "as of 3 October". */
  asOf: boolean;
}

/** The year of a month printed without one: the publication's (a month after it is last year's). */
function yearFor(month: number, published: string | null, yearHint: number | null): number | null {
  if (published) {
    const year = Number(published.slice(0, 4));
    return month > Number(published.slice(5, 7)) ? year - 1 : year;
  }
  return yearHint;
}

interface RawDate {
  at: number;
  text: string;
  cue: string;
  day: number | null;
  month: number;
  year: number | null;
}

/**
 * The last sentence read and its dates: a sentence's dates are asked for by its as-of guess,
 * the date carried to the next sentence and the year hint, so reading them once saves passes of
 * every date pattern (profiled as the largest share of the time guesses).
 */
let lastRaw: { sentence: string; dates: RawDate[] } = { sentence: '\u0000', dates: [] };

function rawDates(sentence: string): RawDate[] {
  if (lastRaw.sentence !== sentence) lastRaw = { sentence, dates: readRawDates(sentence) };
  return lastRaw.dates;
}

function readRawDates(sentence: string): RawDate[] {
  const found: RawDate[] = [];
  for (const { pattern } of DATE_RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((f) => at < f.at + f.text.length && f.at < end)) continue;
      const g = m.groups ?? {};
      found.push({
        at,
        text: m[0],
        cue: (g.cue ?? '').toLowerCase(),
        day: g.day ? Number(g.day) : null,
        month: MONTHS.get((g.month ?? '').toLowerCase()) ?? 0,
        year: g.year ? Number(g.year) : null,
      });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Every date printed in `sentence`, with its year resolved: the year printed with it, else the
 * year of the last date printed with a year before it (in this sentence, or `yearHint` from
 * earlier ones), else the publication's.
 */
export function datesIn(
  sentence: string,
  published: string | null,
  yearHint: number | null,
): DateFound[] {
  const found: DateFound[] = [];
  let hint = yearHint;
  for (const d of rawDates(sentence)) {
    const year = d.year ?? hint ?? yearFor(d.month, published, null);
    if (d.year !== null) hint = d.year;
    if (year === null) continue;
    const date =
      d.day !== null ? isoDay(year, d.month, d.day) : `${year}-${String(d.month).padStart(2, '0')}`;
    if (date) {
      const asOf = AS_OF_CUES.has(d.cue);
      found.push({ date, at: d.at, text: d.text, yearStated: d.year !== null, asOf });
    }
  }
  return found;
}

/** The year of the last date printed with its year in `text` ("4 October 2020"), if any. */
export function lastStatedYear(text: string): number | null {
  if (!/(?:19|20)\d\d/.test(text) || !MONTH_CUE.test(text)) return null;
  const years = rawDates(text).flatMap((d) => (d.year === null ? [] : [d.year]));
  return years.length > 0 ? (years[years.length - 1] ?? null) : null;
}

/** Cues that date a running total rather than an event: "by", "as of", "until". */
const AS_OF_CUES: ReadonlySet<string> = new Set([
  'by',
  'as of',
  'until',
  'till',
  'through',
  'by the end of',
  'at the end of',
]);

/**
 * The date of the figure: an as-of date of the sentence ("by 14 September") before any other;
 * otherwise the last date before the figure, else the first one after it.
 */
function nearestDate(all: DateFound[], at: number): DateFound | undefined {
  const asOf = all.filter((d) => d.asOf);
  const dates = asOf.length > 0 ? asOf : all;
  const before = dates.filter((d) => d.at < at);
  return before[before.length - 1] ?? dates.find((d) => d.at >= at);
}

/** The last sentence's dates: a sentence's figures are dated one after another. */
let memo: {
  sentence: string;
  published: string | null;
  yearHint: number | null;
  dates: DateFound[];
} = { sentence: '\u0000', published: null, yearHint: null, dates: [] };

function datesOnce(sentence: string, published: string | null, yearHint: number | null) {
  if (memo.sentence !== sentence || memo.published !== published || memo.yearHint !== yearHint) {
    const dates = MONTH_CUE.test(sentence) ? datesIn(sentence, published, yearHint) : [];
    memo = { sentence, published, yearHint, dates };
  }
  return memo.dates;
}

/** A cheap test for a month name, before the date rules run. */
const MONTH_CUE = new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'i');

function explicitDate(
  sentence: string,
  at: number,
  published: string | null,
  yearHint: number | null,
): TimeGuess | undefined {
  const date = nearestDate(datesOnce(sentence, published, yearHint), at);
  if (!date) return undefined;
  const year = date.yearStated
    ? 'year printed'
    : published
      ? 'year of publication'
      : 'year from the text';
  return {
    ...NONE,
    as_of: date.date,
    time_basis: date.yearStated ? 'stated' : 'inferred',
    confidence: date.yearStated ? CONFIDENCE.strongSignal : CONFIDENCE.signal,
    undecided: false,
    reason: `"${date.text.trim()}" (${year})`,
  };
}

/** What the sentence as a whole says of time: a range of years, a window, a relative day. */
function sentenceTime(sentence: string, published: string | null): TimeGuess | undefined {
  const range = yearRangeIn(sentence);
  if (range) {
    return {
      ...NONE,
      period_start: range[0],
      period_end: range[1],
      time_basis: 'stated',
      confidence: 0.8,
      undecided: false,
      reason: 'years printed as a range',
    };
  }
  const window = windowIn(sentence);
  if (window && published) {
    const year = Number(published.slice(0, 4));
    // Complete periods before publication: five years from October 2020 are 2015-2019.
    const [start, end] =
      window.unit === 'years'
        ? [String(year - window.count), String(year - 1)]
        : [monthsBefore(published, window.count), monthsBefore(published, 1)];
    return {
      ...NONE,
      period_start: start,
      period_end: end,
      confidence: 0.6,
      undecided: false,
      reason: 'a window counted back from publication',
    };
  }
  return undefined;
}

/** The sentence-wide reading when no date is printed near the figure. */
function fallbackTime(sentence: string, published: string | null): TimeGuess {
  return (
    relativeDay(sentence, published) ??
    loneYear(sentence) ??
    (published
      ? {
          ...NONE,
          as_of: published,
          confidence: CONFIDENCE.fallback,
          undecided: false,
          reason: 'publication date',
        }
      : NONE)
  );
}

/** The last sentence's readings: a sentence's figures are dated one after another. */
let sentenceMemo: {
  sentence: string;
  published: string | null;
  whole: TimeGuess | undefined;
  fallback: TimeGuess;
} = { sentence: '\u0000', published: null, whole: undefined, fallback: NONE };

/** Guess the time of a figure at `at` in `sentence` of an article published on `published`. */
export function guessTime(
  sentence: string,
  published: string | null,
  at = 0,
  yearHint: number | null = null,
  carried: DateFound | null = null,
): TimeGuess {
  if (sentenceMemo.sentence !== sentence || sentenceMemo.published !== published) {
    sentenceMemo = {
      sentence,
      published,
      whole: sentenceTime(sentence, published),
      fallback: fallbackTime(sentence, published),
    };
  }
  return (
    sentenceMemo.whole ??
    explicitDate(sentence, at, published, yearHint) ??
    (carried &&
    (sentenceMemo.fallback.undecided || sentenceMemo.fallback.reason === 'publication date')
      ? carriedDate(carried)
      : sentenceMemo.fallback)
  );
}

/** A date printed in an earlier sentence of the same paragraph ("on 11 October. ... 33 injured"). */
function carriedDate(d: DateFound): TimeGuess {
  return {
    ...NONE,
    as_of: d.date,
    time_basis: 'inferred',
    confidence: CONFIDENCE.weak,
    undecided: false,
    reason: `"${d.text.trim()}" of an earlier sentence of the paragraph`,
  };
}

/** The last date a sentence prints, to carry to the next sentences of its paragraph. */
export function lastDateIn(
  sentence: string,
  published: string | null,
  yearHint: number | null,
): DateFound | null {
  if (!MONTH_CUE.test(sentence)) return null;
  const dates = datesIn(sentence, published, yearHint);
  return dates[dates.length - 1] ?? null;
}

/** "yesterday", "today", "on Monday", resolved against the publication date. */
function relativeDay(sentence: string, published: string | null): TimeGuess | undefined {
  if (!published) return undefined;
  if (/\byesterday\b/i.test(sentence)) {
    const day = addDays(published, -1);
    return {
      ...NONE,
      period_start: day,
      period_end: day,
      confidence: 0.6,
      undecided: false,
      reason: '"yesterday"',
    };
  }
  if (/\b(today|tonight|this morning|this evening)\b/i.test(sentence)) {
    return { ...NONE, as_of: published, confidence: 0.6, undecided: false, reason: '"today"' };
  }
  const weekday = WEEKDAY.exec(sentence);
  if (weekday?.[1]) {
    const index = WEEKDAYS.indexOf(weekday[1].toLowerCase() as (typeof WEEKDAYS)[number]);
    return {
      ...NONE,
      as_of: weekdayOnOrBefore(published, index),
      confidence: 0.5,
      undecided: false,
      reason: `"${weekday[0]}" before publication`,
    };
  }
  return undefined;
}

function loneYear(sentence: string): TimeGuess | undefined {
  const years = new Set(sentence.match(LONE_YEAR));
  if (years.size !== 1 || MONTH_DAY.test(sentence)) return undefined;
  return {
    ...NONE,
    as_of: [...years][0] ?? null,
    time_basis: 'stated',
    confidence: 0.5,
    undecided: false,
    reason: 'one year printed',
  };
}
