import { describe, expect, it } from 'vitest';
import {
  deliveriesByYear,
  flowTiv,
  importsBySupplier,
  sharesByWindow,
  supplierShare,
} from '../../src/lib/reference/sipriSeries.ts';
import { fixtureReference } from './helpers.ts';

const { totals } = fixtureReference();
const israel = { supplier: 'Israel', recipient: 'Azerbaijan' };

describe("the database's series", () => {
  it("one flow's TIV for every year asked, 0 where nothing was delivered", () => {
    expect(deliveriesByYear(totals, israel, { from: 2014, to: 2021 }).objects()).toEqual([
      { year: 2014, tiv: 0 },
      { year: 2015, tiv: 20 },
      { year: 2016, tiv: 30 },
      { year: 2017, tiv: 25 },
      { year: 2018, tiv: 15 },
      { year: 2019, tiv: 0 },
      { year: 2020, tiv: 2 },
      { year: 2021, tiv: 0 },
    ]);
  });

  it("a recipient's imports by supplier over a window, largest first, with shares", () => {
    const rows = importsBySupplier(totals, 'Azerbaijan', { from: 2015, to: 2019 }).objects() as {
      supplier: string;
      tiv: number;
      share: number;
    }[];
    expect(rows.map((r) => [r.supplier, r.tiv])).toEqual([
      ['Israel', 90],
      ['Russia', 30],
      ['Turkiye', 0.8],
      ['Belarus', 0],
    ]);
    expect(rows[0]?.share).toBeCloseTo((100 * 90) / 120.8, 10);
    expect(rows.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(100, 10);
  });

  it("a supplier's share of a recipient's imports for any window", () => {
    expect(supplierShare(totals, israel, { from: 2015, to: 2019 })).toEqual({
      supplierTiv: 90,
      totalTiv: 120.8,
      share: (100 * 90) / 120.8,
    });
    // A window in which the recipient imported nothing has no share.
    expect(supplierShare(totals, israel, { from: 2021, to: 2023 }).share).toBeNull();
    expect(flowTiv(totals, israel, { from: 2017, to: 2019 })).toBe(40);
  });

  it('the share in every window of a given length', () => {
    const windows = sharesByWindow(totals, israel, { from: 2015, to: 2020 }, 5).objects();
    expect(windows).toEqual([
      { from: 2015, to: 2019, supplier_tiv: 90, total_tiv: 120.8, share: (100 * 90) / 120.8 },
      { from: 2016, to: 2020, supplier_tiv: 72, total_tiv: 83.8, share: (100 * 72) / 83.8 },
    ]);
  });
});
