import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/data/partialDate.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2016', 'year', '2016-01-01', '2016-12-31'],
    ['2023-07', 'month', '2023-07-01', '2023-07-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2020-09-27', 'day', '2020-09-27', '2020-09-27'],
  ])('%s is a %s from %s to %s', (text, precision, earliest, latest) => {
    expect(parsePartialDate(text)).toEqual({ text, precision, earliest, latest });
  });

  it.each([
    '',
    '20',
    '2020-13',
    '2020-00',
    '2021-02-29',
    '2020-09-31',
    '2020/09/27',
    '27-09-2020',
    '2020-9-7',
  ])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });
});
