import { describe, expect, it } from 'vitest';
import { guessTime } from '../../src/lib/extract/timeframe.ts';
import { only } from './helpers.ts';

describe('period and as-of date', () => {
  it.each([
    // [sentence, published, period_start, period_end, as_of, basis]
    [
      'It sold arms worth $5 million between 2017 and 2019.',
      '2020-10-02',
      '2017',
      '2019',
      null,
      'stated',
    ],
    [
      'It supplied 70% of the arsenal from 2016 to 2020.',
      '2023-10-05',
      '2016',
      '2020',
      null,
      'stated',
    ],
    ['It supplied 70% of imports in 2016-20.', '2023-10-05', '2016', '2020', null, 'stated'],
    [
      'Over the past five years it sold $740 million.',
      '2020-10-05',
      '2015',
      '2019',
      null,
      'inferred',
    ],
    ['In the last 3 years it sold $740 million.', '2020-10-05', '2017', '2019', null, 'inferred'],
    [
      'At least 350 soldiers were killed yesterday.',
      '2020-10-02',
      '2020-10-01',
      '2020-10-01',
      null,
      'inferred',
    ],
    ['The toll rose to 40 today.', '2020-10-02', null, null, '2020-10-02', 'inferred'],
    ['On Monday, the toll rose to 40.', '2020-10-08', null, null, '2020-10-05', 'inferred'],
    [
      'In 2016 the president confirmed $4.85 billion in purchases.',
      '2020-10-05',
      null,
      null,
      '2016',
      'stated',
    ],
    ['The toll rose to 40.', '2020-10-02', null, null, '2020-10-02', 'inferred'],
  ] as const)('%s', (sentence, published, start, end, asOf, basis) => {
    const t = guessTime(sentence, published);
    expect([t.period_start, t.period_end, t.as_of, t.time_basis]).toEqual([
      start,
      end,
      asOf,
      basis,
    ]);
  });

  it('flags a figure whose time cannot be placed without a publication date', () => {
    const c = only('The toll rose to 40 soldiers.', '40', { published: null });
    expect(c.as_of).toBeNull();
    expect(c.flags).toEqual(expect.arrayContaining(['time', 'published']));
  });

  it('reads the publication date from a dateline when none is given', () => {
    const text = [
      'Storm hits the coast',
      'OCTOBER 5, 2020 17:09',
      'The storm killed 40 people yesterday.',
    ].join('\n');
    const c = only(text, '40', { published: null });
    expect(c.period_start).toBe('2020-10-04');
    expect(c.flags).not.toContain('published');
  });
});
