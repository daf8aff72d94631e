/**
 * What a claim's wording allows the true value to be: an interval from its value, qualifier
 * and the low/high the ledger stores, by the rules documented in rules.ts. Also the interval
 * arithmetic the verdicts need: does a set of intervals share a point, and where.
 */
import { findVague } from '../vocabulary/vagueWords.ts';
import type { EngineRules } from './rules.ts';

export interface Interval {
  lo: number;
  /** Infinity when the wording sets no upper bound. */
  hi: number;
  /** "more than 25": 25 itself is excluded. */
  loOpen: boolean;
  /** "nearly 70": 70 itself is excluded. */
  hiOpen: boolean;
}

export interface WordingInputs {
  figure_text: string;
  value: number;
  qualifier: string;
  low: number | null;
  high: number | null;
  unit: string;
}

const NUMBER_TOKEN = /\d[\d,]*(?:\.\d+)?/;

/**
 * Half a unit of the last printed digit, in the claim's unit: "US$ 375 million" → 500,000;
 * "1,900" → 50 (trailing zeros read as rounding, see rules); "4.1 billion" → 50 million.
 * Whole numbers printed in full ("104", "40%") and numbers written as words ("eight",
 * "fifth") → 0: they name their value to the unit.
 */
export function printedTolerance(figureText: string, value: number, rules: EngineRules): number {
  if (!rules.printedPrecision) return 0;
  const m = NUMBER_TOKEN.exec(figureText);
  if (!m) return 0;
  const token = m[0].replace(/,/g, '');
  const mantissa = Number(token);
  if (!(mantissa > 0) || !(value > 0)) return 0;
  const scale = value / mantissa;
  let step = 1;
  const dot = token.indexOf('.');
  if (dot >= 0) {
    step = 10 ** -(token.length - dot - 1);
  } else if (token.length >= rules.trailingZerosMinDigits) {
    const zeros = token.length - token.replace(/0+$/, '').length;
    if (zeros < token.length) step = 10 ** zeros;
  }
  // A whole number printed in full ("104", "18", "5 days", "40%") names its value to the unit.
  if (dot < 0 && step === 1 && scale === 1) return 0;
  return (step / 2) * scale;
}

const closed = (lo: number, hi: number): Interval => ({ lo, hi, loOpen: false, hiOpen: false });

/** The interval a claim's wording allows, or an error saying why there is none. */
export function intervalOf(c: WordingInputs, rules: EngineRules): Interval | { error: string } {
  const v = c.value;
  if (!Number.isFinite(v)) return { error: 'no value' };
  let iv: Interval;
  switch (c.qualifier) {
    case 'exact': {
      const t = printedTolerance(c.figure_text, v, rules);
      iv = closed(v - t, v + t);
      break;
    }
    case 'at_least':
      iv = closed(c.low ?? v, Infinity);
      break;
    case 'more_than':
      iv = { lo: c.low ?? v, hi: Infinity, loOpen: true, hiOpen: false };
      break;
    case 'nearly': {
      const hi = c.high ?? v;
      iv = { lo: c.low ?? hi * (1 - rules.nearlyFraction), hi, loOpen: false, hiOpen: true };
      break;
    }
    case 'barely': {
      // "barely two weeks" reaches its figure (14 days is barely two weeks); "nearly" does not.
      const hi = c.high ?? v;
      iv = closed(c.low ?? hi * (1 - rules.nearlyFraction), hi);
      break;
    }
    case 'about':
      iv = closed(c.low ?? v * (1 - rules.aboutFraction), c.high ?? v * (1 + rules.aboutFraction));
      break;
    case 'up_to':
      iv = closed(c.low ?? 0, c.high ?? v);
      break;
    case 'range':
      if (c.low === null || c.high === null) return { error: 'range without low and high' };
      iv = closed(c.low, c.high);
      break;
    case 'vague': {
      const word = findVague(c.figure_text)?.range;
      const lo = c.low ?? word?.[0];
      const hi = c.high ?? word?.[1];
      if (lo === undefined || hi === undefined) {
        return { error: `vague word "${c.figure_text}" has no documented range` };
      }
      iv = closed(lo, hi);
      break;
    }
    default:
      return { error: `unknown qualifier ${c.qualifier}` };
  }
  if (c.unit === 'percent' && iv.hi > 100) iv = { ...iv, hi: 100, hiOpen: false };
  if (iv.lo > iv.hi) return { error: `bounds cross (${iv.lo} > ${iv.hi})` };
  return iv;
}

/**
 * The value a chart places the mark at: the printed value, except for ranges (midpoint) and
 * vague words (geometric midpoint, since "dozens" or "hundreds" name an order of magnitude).
 */
export function centerOf(c: { value: number; qualifier: string }, iv: Interval): number {
  if (c.qualifier === 'range') return (iv.lo + iv.hi) / 2;
  if (c.qualifier === 'vague' && Number.isFinite(iv.hi)) {
    return iv.lo > 0 ? Math.sqrt(iv.lo * iv.hi) : (iv.lo + iv.hi) / 2;
  }
  return c.value;
}

/** Multiply an interval by a positive factor (unit conversion). */
export function scaleInterval(iv: Interval, factor: number): Interval {
  return { ...iv, lo: iv.lo * factor, hi: iv.hi * factor };
}

/** Whether two numbers are equal up to a relative epsilon (floating point after conversion). */
export function nearlyEqual(a: number, b: number, epsilon: number): boolean {
  if (a === b) return true;
  // An open end (Infinity) is equal to nothing finite: the relative test below would say it is.
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= epsilon * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** Whether the value x lies in the interval. */
export function contains(iv: Interval, x: number, epsilon = 0): boolean {
  const aboveLo = iv.loOpen
    ? x > iv.lo && !nearlyEqual(x, iv.lo, epsilon)
    : x >= iv.lo || nearlyEqual(x, iv.lo, epsilon);
  const belowHi = iv.hiOpen
    ? x < iv.hi && !nearlyEqual(x, iv.hi, epsilon)
    : x <= iv.hi || nearlyEqual(x, iv.hi, epsilon);
  return aboveLo && belowHi;
}

/** The intersection of intervals, or null when they share no point. */
export function intersect(intervals: readonly Interval[], epsilon: number): Interval | null {
  if (intervals.length === 0) return null;
  let lo = -Infinity;
  let loOpen = false;
  let hi = Infinity;
  let hiOpen = false;
  for (const iv of intervals) {
    if (iv.lo > lo || (iv.lo === lo && iv.loOpen)) {
      lo = iv.lo;
      loOpen = iv.loOpen;
    }
    if (iv.hi < hi || (iv.hi === hi && iv.hiOpen)) {
      hi = iv.hi;
      hiOpen = iv.hiOpen;
    }
  }
  if (nearlyEqual(lo, hi, epsilon)) return loOpen || hiOpen ? null : { lo, hi: lo, loOpen, hiOpen };
  return lo < hi ? { lo, hi, loOpen, hiOpen } : null;
}

/** Widen an interval by a fraction on both sides (the soft edges of a vague word). */
export function widen(iv: Interval, fraction: number): Interval {
  return { lo: iv.lo / (1 + fraction), hi: iv.hi * (1 + fraction), loOpen: false, hiOpen: false };
}
