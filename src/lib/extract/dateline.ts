/**
 * Datelines: a line that holds only a date (and perhaps a time), printed under a headline or
 * byline: "OCTOBER 5, 2020 17:09", "5 October 2020", "2020-10-05", "5-10-2023 |".
 */
import { MONTHS, isoDay } from './calendar.ts';

const MONTH = `(${[...MONTHS.keys()].join('|')})\\.?`;
const TIME = '(?:\\s*,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?';
const TAIL = `${TIME}[\\s|,.-]*$`;
const MONTH_FIRST = new RegExp(
  `^\\s*(?:[A-Za-z]+day,?\\s+)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TAIL}`,
  'i',
);
const DAY_FIRST = new RegExp(
  `^\\s*(?:[A-Za-z]+day,?\\s+)?(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TAIL}`,
  'i',
);
const ISO = new RegExp(`^\\s*(\\d{4})-(\\d{2})-(\\d{2})${TAIL}`);
const NUMERIC = new RegExp(`^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})${TAIL}`);

export interface DatelineRead {
  /** The date as ISO, or null when the line is a date whose day and month cannot be told apart. */
  date: string | null;
}

/** Read `line` as a dateline; undefined when it is something else. */
export function readDateline(line: string): DatelineRead | undefined {
  if (line.length > 60) return undefined;
  let m = MONTH_FIRST.exec(line);
  if (m)
    return {
      date: isoDay(Number(m[3]), MONTHS.get((m[1] ?? '').toLowerCase()) ?? 0, Number(m[2])),
    };
  m = DAY_FIRST.exec(line);
  if (m)
    return {
      date: isoDay(Number(m[3]), MONTHS.get((m[2] ?? '').toLowerCase()) ?? 0, Number(m[1])),
    };
  m = ISO.exec(line);
  if (m) return { date: isoDay(Number(m[1]), Number(m[2]), Number(m[3])) };
  m = NUMERIC.exec(line);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    // 25-10-2023 can only be day first and 10-25-2023 only month first; 5-10-2023 is either.
    if (a > 12 && b <= 12) return { date: isoDay(y, b, a) };
    if (b > 12 && a <= 12) return { date: isoDay(y, a, b) };
    if (a === b) return { date: isoDay(y, a, b) };
    return { date: null };
  }
  return undefined;
}

/**
 * The dateline that opens a wire story's first paragraph: "YEREVAN/BAKU, Oct 12 (Reuters) - ",
 * "Yerevan (AsiaNews/Agencies) - ". Returns its length (0 when there is none); the place names
 * in it say where the story was filed, not whom a figure counts.
 */
export function datelinePrefixLength(paragraph: string): number {
  const m =
    /^\s*[A-Z][\p{L}.'/ -]{1,60}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([^()]{2,40}\)\s*[-\u2013\u2014]+\s*/u.exec(
      paragraph,
    );
  return m ? m[0].length : 0;
}
