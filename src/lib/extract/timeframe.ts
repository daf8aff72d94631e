/**
 * The period a figure covers or the date it refers to, from the words of its sentence and the
 * publication date: explicit years ("between 2017 and 2019", "2016-2020", "in 2016"), windows
 * counted back from publication ("over the past five years"), and relative days ("yesterday",
 * "on Monday").
 */
import { MONTHS, WEEKDAYS, addDays, monthsBefore, weekdayOnOrBefore } from './calendar.ts';
import { CARDINALS } from './numberWords.ts';

export interface TimeGuess {
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  time_basis: 'stated' | 'inferred';
  confidence: number;
  /** Nothing could be decided (no publication date and no date in the sentence). */
  undecided: boolean;
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

/** Guess the time of a figure printed in `sentence` of an article published on `published`. */
export function guessTime(sentence: string, published: string | null): TimeGuess {
  const range = yearRangeIn(sentence);
  if (range) {
    return {
      ...NONE,
      period_start: range[0],
      period_end: range[1],
      time_basis: 'stated',
      confidence: 0.8,
      undecided: false,
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
    return { ...NONE, period_start: start, period_end: end, confidence: 0.6, undecided: false };
  }
  if (published) {
    if (/\byesterday\b/i.test(sentence)) {
      const day = addDays(published, -1);
      return { ...NONE, period_start: day, period_end: day, confidence: 0.6, undecided: false };
    }
    if (/\b(today|tonight|this morning|this evening)\b/i.test(sentence)) {
      return { ...NONE, as_of: published, confidence: 0.6, undecided: false };
    }
    const weekday = WEEKDAY.exec(sentence);
    if (weekday?.[1]) {
      const index = WEEKDAYS.indexOf(weekday[1].toLowerCase() as (typeof WEEKDAYS)[number]);
      return {
        ...NONE,
        as_of: weekdayOnOrBefore(published, index),
        confidence: 0.5,
        undecided: false,
      };
    }
  }
  const years = new Set(sentence.match(LONE_YEAR));
  if (years.size === 1 && !MONTH_DAY.test(sentence)) {
    return {
      ...NONE,
      as_of: [...years][0] ?? null,
      time_basis: 'stated',
      confidence: 0.5,
      undecided: false,
    };
  }
  if (published) return { ...NONE, as_of: published, confidence: 0.3, undecided: false };
  return NONE;
}
