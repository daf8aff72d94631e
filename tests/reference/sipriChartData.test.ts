import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { sipriChartData } from '../../src/lib/reference/sipriChartData.ts';
import { readSipriReference } from '../../src/lib/reference/readSipriReference.ts';
import {
  compareWithSipri,
  type ComparableClaim,
  type SipriReference,
} from '../../src/lib/reference/sipriComparisons.ts';
import { fixtureReference } from './helpers.ts';

const base: ComparableClaim = {
  claim_id: 'v',
  figure_text: 'US$ 35 million',
  value: 35e6,
  unit: 'USD',
  qualifier: 'exact',
  low: 35e6,
  high: 35e6,
  measure: 'arms_sales_value',
  counted: 'israel_to_azerbaijan',
  claimant: 'SIPRI',
  period_start: '2017',
  period_end: '2019',
  time_basis: 'stated',
  published: '2020-10-02',
};
const claims: ComparableClaim[] = [
  base,
  {
    ...base,
    claim_id: 's',
    figure_text: '75%',
    value: 75,
    low: 75,
    high: 75,
    unit: 'percent',
    measure: 'arms_import_share',
    period_start: null,
    period_end: null,
  },
  { ...base, claim_id: 'x', claimant: 'A minister' },
];

describe('sipriChartData: what a page needs to draw the database beside the printed figures', () => {
  const reference = fixtureReference();
  const data = sipriChartData(reference, compareWithSipri(claims, reference));

  it("holds each compared flow's TIV for every year of the release, zeros included", () => {
    expect(data.flows).toEqual(['Israel → Azerbaijan']);
    expect(data.deliveries.map((d) => [d.year, d.tiv])).toEqual([
      [2015, 20],
      [2016, 30],
      [2017, 25],
      [2018, 15],
      [2019, 0],
      [2020, 2],
    ]);
    expect(data.shares.map((d) => [d.from, d.to])).toEqual([
      [2015, 2019],
      [2016, 2020],
    ]);
  });

  it('places each compared figure on its years, saying when they are inferred; leaves out what was not compared', () => {
    expect(data.values).toEqual([
      {
        explanation: expect.stringContaining('40 million TIV') as string,
        claim_id: 'v',
        figure_text: 'US$ 35 million',
        flow: 'Israel → Azerbaijan',
        from: 2017,
        to: 2019,
        inferred: false,
        printed: 35,
        database: 40,
        outcome: 'differs',
      },
    ]);
    expect(data.printedShares).toMatchObject([
      { claim_id: 's', from: 2015, to: 2019, inferred: true, printed: 75, outcome: 'matches' },
    ]);
  });

  it("carries each comparison's explanation, as the report prints it", () => {
    const comparisons = compareWithSipri(claims, reference);
    for (const v of [...data.values, ...data.printedShares]) {
      expect(v.explanation).toBe(comparisons.find((c) => c.claim_id === v.claim_id)?.explanation);
    }
  });

  it('carries the source line with the release', () => {
    expect(data.source).toBe(
      'Source: SIPRI Arms Transfers Database. Data generated: 3 January 2025; deliveries 2015–2020.',
    );
  });

  it('ships a few kilobytes for the real ledger, never the register', () => {
    const read = readSipriReference('data');
    if ('missing' in read) throw new Error(read.missing);
    const real: SipriReference = read;
    const ledger = readLedger('data').claims.objects() as ComparableClaim[];
    const json = JSON.stringify(sipriChartData(real, compareWithSipri(ledger, real)));
    expect(json.length).toBeLessThan(8_000);
  });
});
