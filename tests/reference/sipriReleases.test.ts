import { describe, expect, it } from 'vitest';
import {
  lastPublishedYear,
  latestWindowAt,
  releaseYearAt,
} from '../../src/lib/reference/sipriReleases.ts';

describe('which SIPRI data a figure printed on a given day could use', () => {
  const cases: [date: string, last: number, window: [number, number]][] = [
    // October 2020: the March 2020 update (deliveries to 2019) was out.
    ['2020-10-01', 2019, [2015, 2019]],
    // Before April: the year's update may not be out yet, so the year before's is assumed.
    ['2020-02-15', 2018, [2014, 2018]],
    ['2020-03-31', 2018, [2014, 2018]],
    ['2020-04-01', 2019, [2015, 2019]],
    ['2023-10-05', 2022, [2018, 2022]],
    // Known only to the year or the month: its earliest day.
    ['2021', 2019, [2015, 2019]],
    ['2021-05', 2020, [2016, 2020]],
  ];
  for (const [date, last, [from, to]] of cases) {
    it(date, () => {
      expect(lastPublishedYear(date)).toBe(last);
      expect(releaseYearAt(date)).toBe(last + 1);
      expect(latestWindowAt(date)).toEqual({ from, to });
    });
  }

  it('gives nothing for a malformed date', () => {
    expect(latestWindowAt('2020-13-01')).toBeNull();
    expect(lastPublishedYear('soon')).toBeNull();
  });
});
