/**
 * When SIPRI's figures for a year became available, and so which data a figure printed on a
 * given day could have come from. SIPRI updates its Arms Transfers Database once a year, in
 * March, adding the year just ended and revising earlier years; its press material gives
 * suppliers' shares for the latest five-year window (2015-19 in March 2020).
 *
 * Both rules are inferences about an article's source, and every use says so.
 */
import { parsePartialDate } from '../data/partialDate.ts';
import type { YearWindow } from './sipriSeries.ts';

/** SIPRI's windows for suppliers' shares. */
export const SIPRI_WINDOW_YEARS = 5;
/** The month of SIPRI's yearly update (1-based); a date before the next month may predate it. */
export const SIPRI_RELEASE_MONTH = 3;

/**
 * The last year whose deliveries SIPRI had published on `date` (ISO, partial allowed). A date
 * known only to the year or month counts from its earliest day: the figure cannot have used a
 * release that may not yet have existed.
 */
export function lastPublishedYear(date: string): number | null {
  const parsed = parsePartialDate(date);
  if (!parsed) return null;
  const [year, month] = parsed.earliest.split('-').map(Number) as [number, number];
  return month > SIPRI_RELEASE_MONTH ? year - 1 : year - 2;
}

/** The release a date falls in, by the year SIPRI published it (data to the year before). */
export function releaseYearAt(date: string): number | null {
  const last = lastPublishedYear(date);
  return last === null ? null : last + 1;
}

/** SIPRI's latest five-year window on `date`: 2015-2019 for a figure printed in October 2020. */
export function latestWindowAt(date: string): YearWindow | null {
  const last = lastPublishedYear(date);
  return last === null ? null : { from: last - SIPRI_WINDOW_YEARS + 1, to: last };
}
