/**
 * The window a share most likely refers to when none is printed. SIPRI publishes suppliers'
 * shares of a country's arms imports for five-year windows, each March for the five years to
 * the previous December; a share printed without a window is most likely the latest one out by
 * the article's date (rules.shareWindows). The engine marks the result as inferred.
 *
 * | published    | window      |
 * | ------------ | ----------- |
 * | 2020-10-01   | 2015–2019   |
 * | 2020-02-10   | 2014–2018   |
 * | 2023-10-05   | 2018–2022   |
 */
import type { EngineRules } from './rules.ts';

export interface Window {
  period_start: string;
  period_end: string;
}

/** The likely window of a share printed without one, or null when the rule does not apply. */
export function likelyWindow(
  c: { measure: string; period_start: string | null; period_end: string | null; published: string },
  rules: EngineRules,
): Window | null {
  const { measures, years, releaseMonth } = rules.shareWindows;
  if (!measures.includes(c.measure) || c.period_start || c.period_end) return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(c.published);
  if (!m) return null;
  const year = Number(m[1]);
  // A year alone or a month before the release: the previous release is the latest one out.
  const released = m[2] !== undefined && Number(m[2]) >= releaseMonth;
  const end = year - (released ? 1 : 2);
  return { period_start: String(end - years + 1), period_end: String(end) };
}
