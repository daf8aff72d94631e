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
const NUMERIC = new RegExp(`^\\s*(\\d{1,2})[-/.](\\d{1,2})([-/.])(\\d{4})${TAIL}`);

export interface DatelineRead {
  /** The date as ISO, or null when the line is no real calendar day. */
  date: string | null;
  /** How it was read, in words, for the candidates' note. */
  reading: string;
}

const DAY_MONTH_NAMES = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * A date of digits only ("5-10-2023", "10/5/2023"). When either number could be the month, the
 * separator decides, as the forms are printed: hyphens and dots day first (European and
 * international usage), slashes month first (American usage). The reading says which, and what
 * the other reading would have been, so a reviewer can overrule it.
 */
function numericDate(line: string, a: number, b: number, y: number, sep: string): DatelineRead {
  const printed = line.trim();
  if (a > 12 && b <= 12) {
    return { date: isoDay(y, b, a), reading: `"${printed}" read day first (${a} is no month)` };
  }
  if (b > 12 && a <= 12) {
    return { date: isoDay(y, a, b), reading: `"${printed}" read month first (${b} is no month)` };
  }
  const dayFirst = sep !== '/';
  const date = dayFirst ? isoDay(y, b, a) : isoDay(y, a, b);
  const other = dayFirst ? isoDay(y, a, b) : isoDay(y, b, a);
  const how = dayFirst
    ? 'day first, as dates with hyphens or dots are'
    : 'month first, as dates with slashes are';
  const alt =
    other && other !== date ? `; read the other way it would be ${DAY_MONTH_NAMES(other)}` : '';
  return { date, reading: `"${printed}" read ${how}${alt}` };
}

function named(line: string, y: number, month: string, d: number): DatelineRead {
  return { date: isoDay(y, MONTHS.get(month.toLowerCase()) ?? 0, d), reading: `"${line.trim()}"` };
}

/** Read `line` as a dateline; undefined when it is something else. */
export function readDateline(line: string): DatelineRead | undefined {
  if (line.length > 60) return undefined;
  let m = MONTH_FIRST.exec(line);
  if (m) return named(line, Number(m[3]), m[1] ?? '', Number(m[2]));
  m = DAY_FIRST.exec(line);
  if (m) return named(line, Number(m[3]), m[2] ?? '', Number(m[1]));
  m = ISO.exec(line);
  if (m)
    return { date: isoDay(Number(m[1]), Number(m[2]), Number(m[3])), reading: `"${line.trim()}"` };
  m = NUMERIC.exec(line);
  if (m)
    return numericDate(
      line.replace(/[\s|,.-]*$/, ''),
      Number(m[1]),
      Number(m[2]),
      Number(m[4]),
      m[3] ?? '-',
    );
  return undefined;
}

/**
 * The dateline that opens a wire story's first paragraph: "YEREVAN/BAKU, Oct 12 (Reuters) - ",
 * "Yerevan (AsiaNews/Agencies) - ". Returns its length (0 when there is none); the place names
 * in it say where the story was filed, not whom a figure counts.
 */
export function datelinePrefixLength(paragraph: string): number {
  if (!mayOpenWithCredit(paragraph)) return 0;
  const m = WIRE_CREDIT.exec(paragraph);
  if (m === null) return 0;
  // Without a dash after it, the bracket must hold a date: "MOSCOW (UrduPoint News / Sputnik -
  // 01st October, 2020) The number ...", not "Human Rights Watch (HRW) said".
  return m[2] !== undefined || wireCreditDate(m[1] ?? '') !== null ? m[0].length : 0;
}

/** A cheap test before the expression: a capital first and a bracket near the start. */
function mayOpenWithCredit(paragraph: string): boolean {
  const open = paragraph.indexOf('(');
  return open > 0 && open < 80 && /^\s*[A-Z]/.test(paragraph);
}

const WIRE_CREDIT =
  /^\s*[A-Z][\p{L}.'/ -]{1,60}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\(([^()]{2,60})\)\s*([-\u2013\u2014]+\s*)?/u;
const CREDIT_DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, 'i');
const CREDIT_MONTH_FIRST = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');

/** A date printed inside a wire credit's bracket: "Sputnik - 01st October, 2020". */
function wireCreditDate(inside: string): DatelineRead | null {
  let m = CREDIT_DAY_FIRST.exec(inside);
  if (m) return named(m[0], Number(m[3]), m[2] ?? '', Number(m[1]));
  m = CREDIT_MONTH_FIRST.exec(inside);
  if (m) return named(m[0], Number(m[3]), m[1] ?? '', Number(m[2]));
  return null;
}

/**
 * The date of a wire credit that opens a paragraph ("YEREVAN (UrduPoint News / Sputnik - 27th
 * October, 2020) ..."), read as the publication date, or undefined.
 */
export function readWireCredit(paragraph: string): DatelineRead | undefined {
  const m = mayOpenWithCredit(paragraph) ? WIRE_CREDIT.exec(paragraph) : null;
  const read = m ? wireCreditDate(m[1] ?? '') : null;
  return read ? { ...read, reading: `${read.reading} in the wire credit` } : undefined;
}
