import { describe, expect, it } from 'vitest';
import {
  compareWithSipri,
  type ComparableClaim,
  type SipriComparison,
} from '../../src/lib/reference/sipriComparisons.ts';
import { fixtureReference } from './helpers.ts';

// The fixture export (made up): Israel → Azerbaijan 2017-2019 = 40 TIV millions; 2015-2019 = 90
// of Azerbaijan's 120.8 (74.5 %); 2016-2020 = 72 of 83.8 (85.9 %). Deliveries 2015-2020.
const reference = fixtureReference();

const claim = (over: Partial<ComparableClaim>): ComparableClaim => ({
  claim_id: 'c',
  figure_text: 'US$ 40 million',
  value: 40e6,
  unit: 'USD',
  qualifier: 'exact',
  low: 40e6,
  high: 40e6,
  measure: 'arms_sales_value',
  counted: 'israel_to_azerbaijan',
  claimant: 'SIPRI',
  period_start: '2017',
  period_end: '2019',
  time_basis: 'stated',
  published: '2020-10-02',
  ...over,
});

const share = (over: Partial<ComparableClaim>) =>
  claim({
    figure_text: '75 percent',
    value: 75,
    low: 75,
    high: 75,
    unit: 'percent',
    measure: 'arms_import_share',
    period_start: '2015',
    period_end: '2019',
    ...over,
  });

const compare = (c: ComparableClaim): SipriComparison => {
  const [row] = compareWithSipri([c], reference);
  if (!row) throw new Error('no comparison');
  return row;
};

describe('a TIV printed as money, against the sum for the same flow and years', () => {
  it('matches: says so, and names the figure a trend-indicator value, not dollars', () => {
    const row = compare(claim({}));
    expect(row).toMatchObject({
      outcome: 'matches',
      supplier: 'Israel',
      recipient: 'Azerbaijan',
      window_from: 2017,
      window_to: 2019,
      window_basis: 'stated',
      printed: 40,
      database: 40,
      unit: 'TIV millions',
      difference: 0,
    });
    expect(row.explanation).toMatch(
      /gives Israel's deliveries to Azerbaijan in 2017–2019 as 40 million TIV, which matches/,
    );
    expect(row.explanation).toMatch(
      /printed as US dollars, but SIPRI's figure is a trend-indicator value \(TIV\)/,
    );
    expect(row.explanation).toMatch(
      /this release: data generated 3 January 2025, deliveries 2015–2020/,
    );
    expect(row.explanation).not.toMatch(/revis/);
  });

  it('differs: by how much, and the difference put down to revisions since the release the article used', () => {
    const row = compare(
      claim({ figure_text: 'US$ 35 million', value: 35e6, low: 35e6, high: 35e6 }),
    );
    expect(row).toMatchObject({ outcome: 'differs', printed: 35, database: 40, difference: 5 });
    expect(row.relative_difference).toBeCloseTo(5 / 35, 10);
    expect(row.explanation).toMatch(/not US\$ 35 million as printed: 5 million \(14 %\) more/);
    expect(row.explanation).toMatch(
      /published on 2 October 2020, when SIPRI's latest figures were those of its 2020 release \(deliveries to 2019\)/,
    );
    expect(row.explanation).toMatch(
      /the difference is the database's revisions since its 2020 release/,
    );
  });

  it('a figure printed after this release: revisions do not explain a difference', () => {
    const row = compare(claim({ value: 35e6, low: 35e6, high: 35e6, published: '2025-06-01' }));
    expect(row.outcome).toBe('differs');
    expect(row.explanation).toMatch(/published after this release was generated/);
    expect(row.explanation).not.toMatch(/revisions since/);
  });

  it('a window SIPRI had not yet published when the article appeared is said to be misread', () => {
    const row = compare(
      claim({ period_start: '2016', period_end: '2020', value: 1e6, low: 1e6, high: 1e6 }),
    );
    expect(row.outcome).toBe('differs');
    expect(row.explanation).toMatch(
      /figures went up to 2019: the printed figure cannot be SIPRI's for 2016–2020/,
    );
  });

  it('"more than": the database figure within the wording', () => {
    const row = compare(
      claim({
        figure_text: 'more than $80 million',
        value: 80e6,
        low: 80e6,
        high: null,
        qualifier: 'more_than',
        period_start: '2015',
        time_basis: 'inferred',
      }),
    );
    expect(row).toMatchObject({
      outcome: 'within_wording',
      database: 90,
      window_basis: 'ledger_inferred',
    });
    expect(row.explanation).toMatch(/which the printed wording \(more than \$80 million\) allows/);
    expect(row.explanation).toMatch(/the ledger's reading of the article's wording \(inferred\)/);
  });

  it('a figure credited to SIPRI through its origin, not its claimant, is compared', () => {
    expect(compare(claim({ claimant: 'Unidentified outlet', origin: 'SIPRI' })).outcome).toBe(
      'matches',
    );
  });
});

describe("a supplier's share, against the share for the same window", () => {
  it('matches when the database, rounded as SIPRI publishes shares, is the printed figure', () => {
    const row = compare(share({}));
    expect(row).toMatchObject({ outcome: 'matches', database_rounded: 75, unit: 'percent' });
    expect(row.database).toBeCloseTo((100 * 90) / 120.8, 10);
    expect(row.explanation).toMatch(
      /gives Israel 75 % \(74\.5 %\) of Azerbaijan's arms imports in 2015–2019/,
    );
  });

  it('differs otherwise, in percentage points', () => {
    const row = compare(share({ figure_text: '70 percent', value: 70, low: 70, high: 70 }));
    expect(row.outcome).toBe('differs');
    expect(row.explanation).toMatch(
      /where the article printed 70 percent: 4\.5 percentage points more/,
    );
  });

  it('a share with no window gets SIPRI’s latest window at publication, marked as an inference', () => {
    const row = compare(share({ period_start: null, period_end: null, published: '2020-10-01' }));
    expect(row).toMatchObject({
      outcome: 'matches',
      window_from: 2015,
      window_to: 2019,
      window_basis: 'latest_at_publication',
    });
    expect(row.explanation).toMatch(
      /names no window: 2015–2019 was SIPRI's latest five-year window when it was published \(1 October 2020\).*\(an inference\)/,
    );
    // Printed in 2021 (after the March update) the same share would be read as 2016-2020.
    expect(
      compare(share({ period_start: null, period_end: null, published: '2021-06-01' })).window_from,
    ).toBe(2016);
  });

  it('says when the share is not credited to SIPRI', () => {
    expect(compare(share({ claimant: 'Experts (unnamed)' })).explanation).toMatch(
      /not credited to SIPRI \(its claimant in the ledger: Experts \(unnamed\)\)/,
    );
    expect(compare(share({})).explanation).not.toMatch(/not credited/);
  });

  it('says that a share of a stock of weapons is not what SIPRI measures', () => {
    const row = compare(share({ measure: 'arms_stock_share' }));
    expect(row.outcome).toBe('matches');
    expect(row.explanation).toMatch(
      /share of the weapons Azerbaijan holds; SIPRI measures shares of imports/,
    );
  });
});

describe('what the database cannot check is listed, with the reason', () => {
  const cases: [string, Partial<ComparableClaim>, RegExp][] = [
    [
      'money not credited to SIPRI',
      { claimant: 'Ilham Aliyev' },
      /not credited to SIPRI .*Ilham Aliyev.* not a trend-indicator value/,
    ],
    ['a TIV converted to euros', { unit: 'EUR' }, /printed in EUR, a conversion the article made/],
    ['no flow', { counted: 'azerbaijan' }, /counts azerbaijan, not a flow of arms/],
    ['money without a period', { period_start: null, period_end: null }, /no period is printed/],
    [
      'years beyond this release',
      { period_start: '2018', period_end: '2022' },
      /2018–2022 reach beyond this release, which covers deliveries 2015–2020/,
    ],
    [
      'a recipient the table does not keep',
      { counted: 'israel_to_india' },
      /keeps the imports of Azerbaijan only; run npm run sipri to add India/,
    ],
  ];
  for (const [name, over, reason] of cases) {
    it(name, () => {
      const row = compare(claim(over));
      expect(row.outcome).toBe('not_compared');
      expect(row.database).toBeNull();
      expect(row.explanation).toMatch(/^Not compared: /);
      expect(row.explanation).toMatch(reason);
    });
  }

  it('a window in which the recipient imported nothing', () => {
    const row = compare(
      share({
        period_start: '2020',
        period_end: '2020',
        figure_text: '67%',
        value: 67,
        low: 67,
        high: 67,
      }),
    );
    expect(row.outcome).toBe('matches'); // 2020: Israel 2 of 3
    const none = compareWithSipri([share({ period_start: '2021', period_end: '2021' })], {
      ...reference,
      release: { ...reference.release, deliveryYears: [2015, 2021] },
    })[0];
    expect(none?.outcome).toBe('not_compared');
    expect(none?.explanation).toMatch(/Azerbaijan imported no major arms in 2021–2021/);
  });

  it('claims of other measures are left out', () => {
    expect(compareWithSipri([claim({ measure: 'military_deaths' })], reference)).toEqual([]);
  });
});
