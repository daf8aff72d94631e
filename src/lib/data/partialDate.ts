/**
 * ISO 8601 dates at the precision the articles give them: a year (2016), a month (2023-07)
 * or a day (2020-09-27). Periods and as-of dates keep their printed precision instead of
 * inventing a day.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  text: string;
  precision: DatePrecision;
  /** First day the date can mean, as YYYY-MM-DD. */
  earliest: string;
  /** Last day the date can mean, as YYYY-MM-DD. */
  latest: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parse a partial ISO date; undefined when it is malformed or not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = FORM.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { text, precision: 'year', earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31` };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return {
      text,
      precision: 'month',
      earliest: `${m[1]}-${m[2]}-01`,
      latest: `${m[1]}-${m[2]}-${pad(last)}`,
    };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  return { text, precision: 'day', earliest: text, latest: text };
}
