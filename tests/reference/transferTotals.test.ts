import { describe, expect, it } from 'vitest';
import { transferTotals, TOTAL_COLUMNS } from '../../src/lib/reference/transferTotals.ts';
import { fixtureImport } from './helpers.ts';

describe('transferTotals', () => {
  const deliveries = fixtureImport().deliveries;

  it('sums delivery rows by year, supplier and recipient, in that order of columns', () => {
    const totals = transferTotals(deliveries);
    expect(totals.columnNames()).toEqual([...TOTAL_COLUMNS]);
    const israel2016 = totals
      .filter((d: { supplier: string; year: number }) => d.supplier === 'Israel' && d.year === 2016)
      .objects();
    // Two recipients that year: Azerbaijan (30) and India (14), never added together.
    expect(israel2016).toEqual([
      {
        year: 2016,
        supplier: 'Israel',
        recipient: 'Azerbaijan',
        tiv: 30,
        tiv_estimated: 30,
        deliveries: 1,
        deliveries_under_half: 0,
      },
      {
        year: 2016,
        supplier: 'Israel',
        recipient: 'India',
        tiv: 14,
        tiv_estimated: 0,
        deliveries: 1,
        deliveries_under_half: 0,
      },
    ]);
  });

  it('keeps only the recipients asked for, from every supplier', () => {
    const totals = transferTotals(deliveries, ['Azerbaijan']);
    expect(new Set(totals.array('recipient'))).toEqual(new Set(['Azerbaijan']));
    expect(new Set(totals.array('supplier'))).toEqual(
      new Set(['Belarus', 'Israel', 'Russia', 'Turkiye', 'unknown supplier(s)']),
    );
  });

  it('counts estimated TIV and the rows SIPRI gives as 0 (under half a million)', () => {
    const totals = transferTotals(deliveries, ['Azerbaijan']).objects() as Record<
      string,
      unknown
    >[];
    const row = (supplier: string, year: number) =>
      totals.find((r) => r.supplier === supplier && r.year === year);
    // 2015: 4 UAVs "number delivered is estimate" → all 20 estimated; Russia's 20 are not.
    expect(row('Israel', 2015)).toMatchObject({ tiv: 20, tiv_estimated: 20 });
    expect(row('Russia', 2015)).toMatchObject({ tiv: 20, tiv_estimated: 0 });
    // Belarus 2018: a 0 row with unknown flags: not estimated, one row under half a million.
    expect(row('Belarus', 2018)).toMatchObject({
      tiv: 0,
      tiv_estimated: 0,
      deliveries: 1,
      deliveries_under_half: 1,
    });
  });

  it('leaves out rows with no delivery identified (empty TIV)', () => {
    const withEmpty = deliveries.derive({ tiv_delivered: () => null });
    expect(transferTotals(withEmpty).numRows()).toBe(0);
  });

  it('sums without floating-point dust', () => {
    const totals = transferTotals(deliveries.derive({ tiv_delivered: () => 0.1 }));
    const israel2015 = totals.filter(
      (d: { supplier: string; year: number }) => d.supplier === 'Israel' && d.year === 2015,
    );
    expect(israel2015.get('tiv', 0)).toBe(0.1);
    const tripled = transferTotals(
      deliveries.concat(deliveries, deliveries).derive({ tiv_delivered: () => 0.1 }),
    );
    const three = tripled.filter(
      (d: { supplier: string; year: number }) => d.supplier === 'Israel' && d.year === 2015,
    );
    expect(three.get('tiv', 0)).toBe(0.3);
  });
});
