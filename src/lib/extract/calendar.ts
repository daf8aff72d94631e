/** Calendar helpers on ISO date strings (YYYY-MM-DD), computed in UTC so no time zone leaks in. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  let known = isoDays.get(text);
  if (known === undefined) {
    known = checkIsoDay(text);
    if (isoDays.size > 1000) isoDays.clear();
    isoDays.set(text, known);
  }
  return known;
}

/** Days already checked: an article names few distinct days, asked about for every figure. */
const isoDays = new Map<string, boolean>();

function checkIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function fromDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isoDay(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(text) ? text : null;
}

/**
 * Day arithmetic already done: an article asks the same few questions ("yesterday", "on
 * Tuesday" against its publication date) for every figure, and a Date per question was a
 * profiled hot spot. Keys are the function's letter, the day and the number; bounded.
 */
const dayMath = new Map<string, string>();

function remembered(key: string, compute: () => string): string {
  let found = dayMath.get(key);
  if (found === undefined) {
    found = compute();
    if (dayMath.size > 2000) dayMath.clear();
    dayMath.set(key, found);
  }
  return found;
}

export function addDays(iso: string, days: number): string {
  return remembered(`a${iso}${days}`, () => {
    const d = toDate(iso);
    d.setUTCDate(d.getUTCDate() + days);
    return fromDate(d);
  });
}

/** YYYY-MM of the month `months` before (negative: after) the month of `iso`. */
export function monthsBefore(iso: string, months: number): string {
  return remembered(`m${iso}${months}`, () => {
    const d = toDate(iso);
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - months);
    return fromDate(d).slice(0, 7);
  });
}

/** The latest day on or before `iso` that falls on `weekday` (0 = Sunday). */
export function weekdayOnOrBefore(iso: string, weekday: number): string {
  return remembered(`w${iso}${weekday}`, () => {
    const back = (toDate(iso).getUTCDay() - weekday + 7) % 7;
    return addDays(iso, -back);
  });
}
