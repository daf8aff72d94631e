import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { engineTables, runEngine } from '../../src/lib/analysis/analyse.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { scopeDifferences } from '../../src/lib/analysis/verdicts.ts';
import { claim, REAL } from './fixtures.ts';
import { ledgerArb, shuffled } from './arbitraries.ts';

/** Verdict (and reasons) per group id. */
function verdicts(claims: readonly ClaimInput[]) {
  const r = runEngine(claims);
  return Object.fromEntries(
    r.groups.map((g, i) => [
      g.id,
      { verdict: r.verdicts[i]?.verdict, reasons: r.verdicts[i]?.reasons },
    ]),
  );
}

const only = (claims: readonly ClaimInput[]) => {
  const r = runEngine(claims);
  expect(r.groups).toHaveLength(1);
  return r.verdicts[0]!;
};

// Claims shaped on real rows; values and claimants changed to make each case.
const sipri = (o: Partial<ClaimInput>) =>
  claim({
    measure: 'arms_sales_value',
    counted: 'israel_to_azerbaijan',
    unit: 'USD',
    claimant: 'SIPRI',
    claimant_side: 'independent',
    figure_text: 'US$ 375 million',
    value: 375e6,
    as_of: null,
    period_start: '2017',
    period_end: '2019',
    ...o,
  });

describe('verdicts, case by case', () => {
  it('single_source: one claimant', () => {
    expect(only([REAL.armenian104]).verdict).toBe('single_source');
  });

  it('single_source: a figure printed twice in one article is one source (asianews-sipri-usd-375m and its summary)', () => {
    const v = only([sipri({ paragraph: 2 }), sipri({ paragraph: 5 })]);
    expect(v.verdict).toBe('single_source');
    expect(v.positions).toHaveLength(1);
  });

  it('single_source: one claimant repeated by two articles is still one claimant', () => {
    expect(only([sipri({ source_id: 'a' }), sipri({ source_id: 'b' })]).verdict).toBe(
      'single_source',
    );
  });

  it('agree: two open-ended floors ("over 200", "more than 150") share every value above 200', () => {
    const floor = (value: number, text: string, claimant: string) =>
      claim({
        value,
        low: value,
        high: null,
        qualifier: 'more_than',
        figure_text: text,
        claimant,
        claimant_side: 'independent',
      });
    expect(only([floor(200, 'over 200', 'A'), floor(150, 'more than 150', 'B')]).verdict).toBe(
      'agree',
    );
  });

  it('agree: intervals share a point', () => {
    const v = only([
      claim({ value: 200, qualifier: 'about', figure_text: 'some 200' }),
      claim({
        value: 193,
        claimant: 'Azerbaijani government',
        claimant_side: 'azerbaijan',
        figure_text: '193',
      }),
    ]);
    expect(v.verdict).toBe('agree');
    expect(v.common).toMatchObject({ lo: 193, hi: 193 });
  });

  it('contradict: 104 against 1,900, with the spread and the claimants on each side', () => {
    const v = only([REAL.armenian104, REAL.armenian1900]);
    expect(v.verdict).toBe('contradict');
    expect(v.spread).toBeCloseTo(1900 / 104, 6);
    expect(v.low.map((s) => s.rep.claimant)).toEqual(['Armenian government']);
    expect(v.high.map((s) => s.rep.claimant)).toEqual(['Azerbaijani government']);
  });

  it('updated: the same claimant, a later as-of date, a higher running total (see runningTotals.test.ts)', () => {
    const v = only([
      claim({ value: 50, as_of: '2020-10-01' }),
      claim({ value: 80, as_of: '2020-10-02' }),
    ]);
    expect(v.verdict).toBe('updated');
    expect(v.updates[0]?.from.rep.value).toBe(50);
    expect(v.updates[0]?.to.rep.value).toBe(80);
  });

  it('revised: a running total that falls is corrected, since a count so far cannot shrink', () => {
    const v = only([
      claim({ value: 80, as_of: '2020-10-01' }),
      claim({ value: 50, as_of: '2020-10-02' }),
    ]);
    expect(v.verdict).toBe('revised');
    expect(v.revisions[0]?.from.rep.value).toBe(80);
  });

  it('updated only within one claimant: an identified outlet in two articles is one claimant', () => {
    const outlet = {
      claimant: 'The Jerusalem Post',
      claimant_side: 'press',
      publisher: 'The Jerusalem Post',
    };
    const v = only([
      claim({ ...outlet, source_id: 'a', value: 50, as_of: '2020-10-01' }),
      claim({ ...outlet, source_id: 'b', value: 80, as_of: '2020-10-02' }),
    ]);
    expect(v.verdict).toBe('updated');
  });

  it('not updated: the same words from unidentified outlets are two claimants, compared only on the same day', () => {
    const outlet = {
      claimant: 'Unidentified outlet',
      claimant_side: 'press',
      publisher: 'unidentified',
    };
    const v = only([
      claim({ ...outlet, source_id: 'a', value: 50, as_of: '2020-10-01' }),
      claim({ ...outlet, source_id: 'b', value: 80, as_of: '2020-10-02' }),
    ]);
    expect(v).toMatchObject({ verdict: 'not_comparable', reasons: ['date'] });
    const sameDay = only([
      claim({ ...outlet, source_id: 'a', value: 50, as_of: '2020-10-02' }),
      claim({ ...outlet, source_id: 'b', value: 80, as_of: '2020-10-02' }),
    ]);
    expect(sameDay.verdict).toBe('contradict');
  });

  it('not revised: an earlier date alone is no revision when claimants differ', () => {
    const v = only([
      claim({ value: 80, as_of: '2020-10-01' }),
      claim({
        value: 80,
        as_of: '2020-10-02',
        claimant: 'Azerbaijani government',
        claimant_side: 'azerbaijan',
      }),
    ]);
    expect(v.verdict).toBe('agree');
  });

  it('not_comparable (definition): a share of the stock against a share of imports', () => {
    const share = {
      counted: 'israel_to_azerbaijan',
      unit: 'percent',
      claimant_side: 'independent',
    };
    const v = only([
      claim({
        ...share,
        measure: 'arms_stock_share',
        value: 60,
        figure_text: '60 percent',
        claimant: 'A',
        as_of: '2020-10-01',
      }),
      claim({
        ...share,
        measure: 'arms_import_share',
        value: 70,
        figure_text: 'nearly 70%',
        qualifier: 'nearly',
        high: 70,
        claimant: 'B',
        as_of: null,
        period_start: '2016',
        period_end: '2020',
      }),
    ]);
    expect(v.verdict).toBe('not_comparable');
    expect(v.reasons).toEqual(['definition', 'period']);
  });

  it('not_comparable (tiv_vs_money): SIPRI TIV against a declared contract value of the same period', () => {
    const v = only([
      sipri({}),
      sipri({
        claimant: 'Ilham Aliyev',
        claimant_side: 'azerbaijan',
        value: 4.85e9,
        figure_text: '$4.85 billion',
      }),
    ]);
    expect(v.verdict).toBe('not_comparable');
    expect(v.reasons).toEqual(['tiv_vs_money']);
  });

  it('not_comparable (period): two SIPRI windows', () => {
    const v = only([sipri({}), sipri({ period_start: '2015', value: 740e6, source_id: 's2' })]);
    expect(v.verdict).toBe('not_comparable');
    expect(v.reasons).toEqual(['period']);
  });

  it('not_comparable (currency): euros without a known rate against dollars', () => {
    const declared = {
      claimant_side: 'azerbaijan',
      as_of: '2016',
      period_start: null,
      period_end: null,
    };
    const v = only([
      sipri({
        ...declared,
        claimant: 'A',
        unit: 'EUR',
        value: 4.1e9,
        figure_text: '4.1 billion euros',
        source_id: 'x',
      }),
      sipri({
        ...declared,
        claimant: 'B',
        unit: 'USD',
        value: 4.85e9,
        figure_text: '$4.85 billion',
        source_id: 'y',
      }),
    ]);
    expect(v.verdict).toBe('not_comparable');
    expect(v.reasons).toEqual(['currency']);
  });

  it('not_comparable (too_vague): "dozens" against 104 is a matter of wording', () => {
    const v = only([
      claim({
        value: 24,
        qualifier: 'vague',
        low: 24,
        high: 99,
        figure_text: 'dozens',
        claimant: 'A',
        claimant_side: 'press',
        publisher: 'P',
      }),
      claim({ value: 104, figure_text: '104' }),
    ]);
    expect(v.verdict).toBe('not_comparable');
    expect(v.reasons).toEqual(['too_vague']);
  });

  it('too_vague, not contradict: "dozens" (1 October) against "hundreds" (2 October) are given on different days (ap20-deaths-dozens, asianews-deaths-hundreds; see vagueWords.test.ts)', () => {
    const press = {
      claimant_side: 'press',
      measure: 'total_deaths',
      counted: 'both_sides',
      qualifier: 'vague',
    };
    const v = only([
      claim({
        ...press,
        value: 24,
        low: 24,
        high: 99,
        figure_text: 'dozens',
        claimant: 'A',
        publisher: 'P',
        as_of: '2020-10-01',
      }),
      claim({
        ...press,
        value: 200,
        low: 200,
        high: 999,
        figure_text: 'hundreds',
        claimant: 'B',
        publisher: 'Q',
      }),
    ]);
    expect(v).toMatchObject({ verdict: 'not_comparable', reasons: ['too_vague'] });
  });

  it('not_comparable (period): counts of days of fighting made on different dates', () => {
    const days = {
      measure: 'fighting_duration',
      counted: 'both_sides',
      unit: 'days',
      claimant_side: 'press',
      publisher: 'P',
    };
    const v = only([
      claim({ ...days, value: 5, figure_text: 'fifth', claimant: 'A', as_of: '2020-10-01' }),
      claim({ ...days, value: 5, figure_text: 'five days', claimant: 'B', as_of: '2020-10-02' }),
    ]);
    expect(v.verdict).toBe('not_comparable');
    expect(v.reasons).toEqual(['period']);
  });

  it('a disagreement inside one scope is split out rather than hidden by the group being mixed', () => {
    const declared = {
      claimant_side: 'azerbaijan',
      period_start: null,
      period_end: null,
      as_of: '2016',
    };
    const got = verdicts([
      sipri({}),
      sipri({
        ...declared,
        claimant: 'Ilham Aliyev',
        value: 4.85e9,
        figure_text: '$4.85 billion',
        source_id: 'b',
      }),
      sipri({
        ...declared,
        claimant: 'Israeli ministry',
        claimant_side: 'israel',
        value: 1e9,
        figure_text: '$1 billion',
        source_id: 'c',
      }),
    ]);
    expect(got).toEqual({
      'arms_sales_value-israel_to_azerbaijan-2016': { verdict: 'contradict', reasons: [] },
      'arms_sales_value-israel_to_azerbaijan-2016-2019': {
        verdict: 'not_comparable',
        reasons: ['period', 'tiv_vs_money'],
      },
    });
  });
});

it('an update inside one scope is split out too', () => {
  const oneDay = { as_of: null, period_start: '2020-10-01', period_end: '2020-10-01' };
  expect(
    verdicts([
      claim({ value: 51, figure_text: '51', as_of: '2020-10-01' }),
      claim({ value: 83, figure_text: '83', as_of: '2020-10-02' }),
      claim({ value: 7, figure_text: '7', claimant: 'Other', claimant_side: 'armenia', ...oneDay }),
    ]),
  ).toEqual({
    'military_deaths-armenia-2020-10': { verdict: 'not_comparable', reasons: ['period'] },
    'military_deaths-armenia-2020-10-01-to-2020-10-02': { verdict: 'updated', reasons: [] },
  });
});

describe('scopeDifferences', () => {
  it('names each way two scopes differ', () => {
    const r = runEngine([
      sipri({}),
      sipri({
        claimant: 'Ilham Aliyev',
        claimant_side: 'azerbaijan',
        period_start: '2015',
        source_id: 'z',
      }),
    ]);
    const [a, b] = r.groups[0]!.clusterScopes;
    expect(scopeDifferences(a!, b!)).toEqual(['tiv_vs_money', 'period']);
  });
});

describe('verdict properties', () => {
  it('do not depend on row order (every output table is identical)', () => {
    fc.assert(
      fc.property(
        ledgerArb().chain((claims) => fc.tuple(fc.constant(claims), shuffled(claims))),
        ([claims, reordered]) => {
          const a = engineTables(runEngine(claims));
          const b = engineTables(runEngine(reordered));
          for (const key of ['members', 'groups', 'verdicts', 'checks', 'unknown'] as const) {
            expect(b[key].objects()).toEqual(a[key].objects());
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('do not change when every value is scaled by one factor', () => {
    fc.assert(
      fc.property(ledgerArb(), fc.constantFrom(0.001, 0.37, 3, 1000, 123456), (claims, k) => {
        const scaled = claims.map((c) => ({
          ...c,
          value: c.value * k,
          low: c.low === null ? null : c.low * k,
          high: c.high === null ? null : c.high * k,
        }));
        expect(verdicts(scaled)).toEqual(verdicts(claims));
      }),
      { numRuns: 80 },
    );
  });

  it('do not change when a group’s claims are converted to other units (km² to square miles)', () => {
    const SQ_MI = 2.589988110336;
    fc.assert(
      fc.property(
        ledgerArb(),
        fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
        (claims, convert) => {
          const areas = claims.map((c) => ({
            ...c,
            measure: 'area',
            counted: 'karabakh',
            unit: 'km2',
          }));
          const converted = areas.map((c, i) =>
            convert[i]
              ? {
                  ...c,
                  unit: 'sq_mi',
                  value: c.value / SQ_MI,
                  low: c.low === null ? null : c.low / SQ_MI,
                  high: c.high === null ? null : c.high / SQ_MI,
                }
              : c,
          );
          expect(verdicts(converted)).toEqual(verdicts(areas));
        },
      ),
      { numRuns: 80 },
    );
  });
});
