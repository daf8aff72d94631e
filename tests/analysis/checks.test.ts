import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/analysis/analyse.ts';
import type { CheckRow } from '../../src/lib/analysis/checks.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import type { EngineRules } from '../../src/lib/analysis/rules.ts';
import { claim } from './fixtures.ts';

const checks = (claims: ClaimInput[], rules: Partial<EngineRules> = {}): CheckRow[] =>
  runEngine(claims, rules).checks;
const one = (claims: ClaimInput[], kind: string, rules: Partial<EngineRules> = {}) => {
  const found = checks(claims, rules).filter((c) => c.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
};

// ap23-area-km2 and ap23-area-sq-mi, and a variant whose square miles are wrong.
const area = (o: Partial<ClaimInput>) =>
  claim({
    measure: 'area',
    counted: 'karabakh',
    claimant: 'Associated Press',
    claimant_side: 'press',
    paragraph: 10,
    ...o,
  });
const km2 = area({ unit: 'km2', value: 4400, figure_text: '4,400 square kilometers' });

// unid20-aliyev-usd-4-85bn and unid20-aliyev-eur-4-1bn.
const money = (o: Partial<ClaimInput>) =>
  claim({
    measure: 'arms_sales_value',
    counted: 'israel_to_azerbaijan',
    claimant: 'Ilham Aliyev',
    claimant_side: 'azerbaijan',
    as_of: '2016',
    published: '2020-10-05',
    ...o,
  });
const usd = money({ unit: 'USD', value: 4.85e9, figure_text: '$4.85 billion' });
const eur = money({ unit: 'EUR', value: 4.1e9, figure_text: '4.1 billion euros' });

describe('checks: one figure printed twice', () => {
  it.each([
    ['1,700 square miles', 1700, 'pass'],
    ['2,100 square miles', 2100, 'fail'],
  ])('4,400 km² against %s: %s', (text, value, status) => {
    expect(one([km2, area({ unit: 'sq_mi', value, figure_text: text })], 'two_units').status).toBe(
      status,
    );
  });

  it('cannot judge an implied exchange rate without a documented one', () => {
    const c = one([usd, eur], 'two_currencies');
    expect(c.status).toBe('unverifiable');
    expect(c.value).toBeCloseTo(4.85 / 4.1, 9);
    expect(c.lo).toBeCloseTo(4.845 / 4.15, 9);
    expect(c.hi).toBeCloseTo(4.855 / 4.05, 9);
    expect(c.explanation).toMatch(/no documented EUR→USD rate/);
  });

  it.each([
    [1.18, 'pass'],
    [1.4, 'fail'],
  ])('with a documented rate of %s: %s', (rate, status) => {
    const rules = {
      currencyRates: [{ from: 'EUR', to: 'USD', date: '2020-10', rate, provenance: 'test rate' }],
    };
    expect(one([usd, eur], 'two_currencies', rules).status).toBe(status);
  });
});

describe('checks: a count as a share of a population (ap23-fled-100k, ap23-fled-share-80)', () => {
  const fled = (o: Partial<ClaimInput>) =>
    claim({
      counted: 'karabakh_armenians',
      claimant: 'Associated Press',
      claimant_side: 'press',
      as_of: '2023-10-05',
      ...o,
    });
  it.each([
    [
      'open bounds',
      fled({
        measure: 'people_fled',
        qualifier: 'more_than',
        value: 100000,
        low: 100000,
        figure_text: 'over 100,000',
      }),
      fled({
        measure: 'share_fled',
        unit: 'percent',
        qualifier: 'more_than',
        value: 80,
        low: 80,
        figure_text: 'more than 80%',
      }),
      { lo: 100000, hi: null, value: 125000, result: 'population more than 100,000' },
    ],
    [
      'closed bounds',
      fled({ measure: 'people_fled', value: 1234, figure_text: '1,234' }),
      fled({
        measure: 'share_fled',
        unit: 'percent',
        qualifier: 'range',
        value: 40,
        low: 40,
        high: 50,
        figure_text: '40–50%',
      }),
      { lo: 2468, hi: 3085, status: 'pass' },
    ],
  ])('%s', (_n, count, share, expected) => {
    expect(one([count, share], 'share_of_population')).toMatchObject(expected);
  });
});

describe('checks: a total against a sub-period total', () => {
  // asianews-azerbaijani-troops-800 and asianews-azerbaijani-soldiers-350-one-day, same article.
  const side = { counted: 'azerbaijan', claimant_side: 'armenia' };
  const total = claim({
    ...side,
    qualifier: 'at_least',
    value: 800,
    low: 800,
    figure_text: 'at least 800',
  });
  const day = (value: number, qualifier = 'at_least') =>
    claim({
      ...side,
      claimant: 'Armenian spokesman (unnamed)',
      qualifier,
      value,
      low: value,
      high: qualifier === 'exact' ? value : null,
      figure_text: `${qualifier === 'exact' ? '' : 'at least '}${value}`,
      as_of: null,
      period_start: '2020-10-01',
      period_end: '2020-10-01',
    });

  it('passes when the whole can hold the part, with the face-value remainder', () => {
    expect(one([total, day(350)], 'sub_period')).toMatchObject({
      status: 'pass',
      value: 450,
      lo: 0,
      hi: null,
    });
  });

  it('fails when a part exceeds a bounded whole', () => {
    const bounded = claim({ ...side, value: 313, figure_text: '313' });
    expect(one([bounded, day(357, 'exact')], 'sub_period').status).toBe('fail');
  });

  it('finds windows inside windows (asianews-sipri-usd-375m in unid20-sipri-usd-740m)', () => {
    const sipri = {
      measure: 'arms_sales_value',
      counted: 'israel_to_azerbaijan',
      unit: 'USD',
      claimant: 'SIPRI',
      claimant_side: 'independent',
      as_of: null,
    };
    const c = one(
      [
        claim({
          ...sipri,
          value: 375e6,
          figure_text: 'US$ 375 million',
          period_start: '2017',
          period_end: '2019',
          source_id: 'a',
        }),
        claim({
          ...sipri,
          value: 740e6,
          qualifier: 'more_than',
          low: 740e6,
          high: null,
          figure_text: 'more than $740 million',
          period_start: '2015',
          period_end: '2019',
          source_id: 'b',
        }),
      ],
      'sub_period',
    );
    expect(c).toMatchObject({ status: 'pass', lo: 364.5e6 });
    expect(c.explanation).toMatch(/for 2015–2016/);
  });
});

describe('checks: parts of a total', () => {
  const total = (high: number) =>
    claim({
      measure: 'total_deaths',
      counted: 'both_sides',
      claimant: 'AsiaNews',
      claimant_side: 'press',
      qualifier: 'vague',
      value: 24,
      low: 24,
      high,
      figure_text: 'many',
    });
  const part = (measure: string, counted: string, side: string, value: number) =>
    claim({
      measure,
      counted,
      claimant: `${side} government`,
      claimant_side: side,
      value,
      figure_text: String(value),
    });
  const parts = [
    part('military_deaths', 'armenia', 'armenia', 104),
    part('civilian_deaths', 'armenia', 'armenia', 8),
    part('civilian_deaths', 'azerbaijan', 'azerbaijan', 18),
  ];
  it.each([
    [999, 'pass'],
    [99, 'fail'],
  ])(
    'a total of at most %s against what each side reports of its own losses: %s',
    (high, status) => {
      const found = checks([total(high), ...parts]).filter((c) => c.kind === 'parts_of_total');
      expect(found).toEqual([
        expect.objectContaining({
          check_id: expect.stringMatching(/^parts_of_total-self_reported-/),
          status,
          lo: 130,
        }),
      ]);
    },
  );

  it("claims about the enemy's losses are not parts of a total, and the finding says what they add up to", () => {
    // asianews-armenian-soldiers-1900 and asianews-azerbaijani-troops-800, beside the own counts.
    const enemy = [
      claim({
        ...part('military_deaths', 'armenia', 'azerbaijan', 1900),
        figure_text: '1,900',
      }),
      claim({
        ...part('military_deaths', 'azerbaijan', 'armenia', 800),
        qualifier: 'at_least',
        low: 800,
        high: null,
        figure_text: 'at least 800',
      }),
    ];
    const found = checks([total(999), ...parts, ...enemy]).filter(
      (c) => c.kind === 'parts_of_total',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'pass', lo: 130 });
    expect(found[0]?.explanation).not.toMatch(/too low/);
    expect(found[0]?.explanation).toMatch(
      /The sides' claims about each other's losses are left out: they are claims, not parts of a total, and add up to at least 2,650 \(1,900 and at least 800\), far above the 130 the sides admitted of their own\.$/,
    );
  });
});

describe('checks: counts of days imply a start day', () => {
  const days = (value: number, figure_text: string, as_of: string, claimant: string) =>
    claim({
      measure: 'fighting_duration',
      counted: 'both_sides',
      unit: 'days',
      claimant,
      claimant_side: 'press',
      publisher: 'P',
      value,
      figure_text,
      as_of,
    });
  it.each([
    [
      [days(5, 'fifth', '2020-10-01', 'A'), days(5, 'five days', '2020-10-02', 'B')],
      'pass',
      'start 27 September 2020',
    ],
    [
      [days(5, 'fifth', '2020-10-01', 'A'), days(9, 'ninth', '2020-10-03', 'B')],
      'fail',
      'no common start day',
    ],
  ])('%#: %s', (claims, status, result) => {
    expect(one(claims, 'clock_start')).toMatchObject({ status, result });
  });
});
