import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  centerOf,
  contains,
  intersect,
  intervalOf,
  printedTolerance,
  type Interval,
  type WordingInputs,
} from '../../src/lib/analysis/intervals.ts';
import { DEFAULT_RULES, resolveRules } from '../../src/lib/analysis/rules.ts';

const rules = DEFAULT_RULES;
const w = (o: Partial<WordingInputs>): WordingInputs => ({
  figure_text: 'x',
  value: 100,
  qualifier: 'exact',
  low: null,
  high: null,
  unit: 'people',
  ...o,
});

describe('printedTolerance: half a unit of the last printed digit', () => {
  it.each([
    // figure_text, value, tolerance — the first five are printed in data/claims.csv
    ['US$ 375 million', 375e6, 0.5e6],
    ['1,900', 1900, 50],
    ['4,400 square kilometers', 4400, 50],
    ['4.1 billion euros', 4.1e9, 0.05e9],
    ['$4.85 billion', 4.85e9, 0.005e9],
    ['104', 104, 0],
    ['60 percent', 60, 0],
    ['eight', 8, 0],
    ['fifth', 5, 0],
    ['1,000', 1000, 500],
  ])('%s → ±%s', (text, value, tol) => {
    expect(printedTolerance(text, value, rules)).toBeCloseTo(tol, 6);
  });

  it('can be switched off or read trailing zeros of short numbers as rounding', () => {
    expect(printedTolerance('1,900', 1900, resolveRules({ printedPrecision: false }))).toBe(0);
    expect(printedTolerance('60', 60, resolveRules({ trailingZerosMinDigits: 2 }))).toBe(5);
  });
});

describe('intervalOf: wording to interval', () => {
  const cases: [string, Partial<WordingInputs>, Interval][] = [
    [
      'exact, printed to the unit',
      { value: 104, figure_text: '104' },
      { lo: 104, hi: 104, loOpen: false, hiOpen: false },
    ],
    [
      'exact, rounded',
      { value: 1900, figure_text: '1,900' },
      { lo: 1850, hi: 1950, loOpen: false, hiOpen: false },
    ],
    [
      'at least',
      { value: 800, qualifier: 'at_least', low: 800 },
      { lo: 800, hi: Infinity, loOpen: false, hiOpen: false },
    ],
    [
      'more than',
      { value: 25, qualifier: 'more_than', low: 25 },
      { lo: 25, hi: Infinity, loOpen: true, hiOpen: false },
    ],
    [
      'nearly (ledger gives high only)',
      { value: 70, qualifier: 'nearly', high: 70, unit: 'percent' },
      { lo: 63, hi: 70, loOpen: false, hiOpen: true },
    ],
    [
      // unid20-embassy-two-weeks: 17 September to 1 October is exactly 14 days, "barely two weeks".
      'barely two weeks contains 14 days (ledger gives high only)',
      { value: 14, qualifier: 'barely', high: 14, unit: 'days', figure_text: 'barely two weeks' },
      { lo: 12.6, hi: 14, loOpen: false, hiOpen: false },
    ],
    [
      'about, no bounds stored',
      { value: 200, qualifier: 'about' },
      { lo: 180, hi: 220, loOpen: false, hiOpen: false },
    ],
    ['up to', { value: 50, qualifier: 'up_to' }, { lo: 0, hi: 50, loOpen: false, hiOpen: false }],
    [
      'range',
      { value: 2, qualifier: 'range', low: 2, high: 3 },
      { lo: 2, hi: 3, loOpen: false, hiOpen: false },
    ],
    [
      'vague, bounds from the ledger',
      { figure_text: 'dozens', value: 24, qualifier: 'vague', low: 24, high: 99 },
      { lo: 24, hi: 99, loOpen: false, hiOpen: false },
    ],
    [
      'vague, bounds from the documented words',
      { figure_text: 'Hundreds', value: 200, qualifier: 'vague' },
      { lo: 200, hi: 999, loOpen: false, hiOpen: false },
    ],
    [
      'a share more than 80% stops at 100',
      { value: 80, qualifier: 'more_than', low: 80, unit: 'percent' },
      { lo: 80, hi: 100, loOpen: true, hiOpen: false },
    ],
  ];
  const approx = (iv: Interval) => ({
    ...iv,
    lo: expect.closeTo(iv.lo, 9),
    hi: Number.isFinite(iv.hi) ? expect.closeTo(iv.hi, 9) : iv.hi,
  });
  it.each(cases)('%s', (_name, input, expected) => {
    expect(intervalOf(w(input), rules)).toEqual(approx(expected));
  });

  it.each([
    ['unknown qualifier', { qualifier: 'roughly' }],
    ['range without bounds', { qualifier: 'range' }],
    ['vague word without a range', { qualifier: 'vague', figure_text: 'umpteen' }],
    ['bounds that cross', { qualifier: 'range', low: 5, high: 2 }],
    ['no value', { value: Number.NaN }],
  ])('reports %s as an error, never a guess', (_name, input) => {
    expect(intervalOf(w(input), rules)).toHaveProperty('error');
  });

  it('uses the configured tolerances', () => {
    const wide = resolveRules({ aboutFraction: 0.25, nearlyFraction: 0.5 });
    expect(intervalOf(w({ qualifier: 'about', value: 200 }), wide)).toMatchObject({
      lo: 150,
      hi: 250,
    });
    expect(intervalOf(w({ qualifier: 'nearly', value: 70, high: 70 }), wide)).toMatchObject({
      lo: 35,
      hi: 70,
    });
  });
});

describe('centerOf', () => {
  it.each([
    ['exact', { value: 104 }, 104],
    ['at least: the printed bound', { value: 800, qualifier: 'at_least', low: 800 }, 800],
    ['range: midpoint', { value: 2, qualifier: 'range', low: 2, high: 3 }, 2.5],
    ['vague: geometric midpoint', { value: 24, qualifier: 'vague', low: 24, high: 96 }, 48],
  ])('%s', (_n, input, expected) => {
    const iv = intervalOf(w(input), rules) as Interval;
    expect(centerOf(w(input), iv)).toBeCloseTo(expected, 9);
  });
});

describe('intersect and contains', () => {
  // 4,400 km² to square miles and back: equal to 4,400 only up to floating point.
  const roundTrip = (4400 / 2.589988110336) * 2.589988110336 * (1 + 1e-13);
  const closed = (lo: number, hi: number): Interval => ({ lo, hi, loOpen: false, hiOpen: false });
  it.each([
    ['overlapping', [closed(1, 5), closed(4, 9)], closed(4, 5)],
    ['touching closed ends share the point', [closed(1, 5), closed(5, 9)], closed(5, 5)],
    [
      'an open end excludes the touching point',
      [closed(1, 5), { lo: 5, hi: 9, loOpen: true, hiOpen: false }],
      null,
    ],
    ['disjoint', [closed(24, 99), closed(200, 999)], null],
    [
      // "over 200" and "more than 150" were once judged to contradict: an open end is not a point.
      'two open-ended floors share everything above the higher one',
      [
        { lo: 200, hi: Infinity, loOpen: true, hiOpen: false },
        { lo: 150, hi: Infinity, loOpen: true, hiOpen: false },
      ],
      { lo: 200, hi: Infinity, loOpen: true, hiOpen: false },
    ],
    [
      'an at-least floor is not squeezed to a point',
      [{ lo: 800, hi: Infinity, loOpen: false, hiOpen: false }],
      { lo: 800, hi: Infinity, loOpen: false, hiOpen: false },
    ],
    [
      'equal up to floating point after conversion',
      [closed(4400, 4400), closed(roundTrip, roundTrip)],
      'some',
    ],
  ] as const)('%s', (_n, ivs, expected) => {
    const got = intersect(ivs as readonly Interval[], 1e-6);
    if (expected === 'some') expect(got).not.toBeNull();
    else expect(got).toEqual(expected);
  });

  it('an at_least interval never excludes a larger value (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (v, extra) => {
          const iv = intervalOf(w({ value: v, qualifier: 'at_least', low: v }), rules) as Interval;
          return contains(iv, v + extra) && contains(iv, v);
        },
      ),
    );
  });

  it('a more_than interval holds every larger value and never the bound itself (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e12, noNaN: true }),
        (v, extra) => {
          const iv = intervalOf(w({ value: v, qualifier: 'more_than', low: v }), rules) as Interval;
          return contains(iv, v + extra + v * 1e-6) && !contains(iv, v);
        },
      ),
    );
  });
});
