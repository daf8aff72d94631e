import { describe, expect, it } from 'vitest';
import { formatBounded, formatDate, formatValue } from '../../src/lib/format/formatValue.ts';
import { safeHref } from '../../src/lib/format/safeHref.ts';

describe('formatValue', () => {
  it.each([
    [375000000, 'USD', 'US$375 million'],
    [4850000000, 'USD', 'US$4.85 billion'],
    [4100000000, 'EUR', '€4.1 billion'],
    [1900, 'people', '1,900 people'],
    [1, 'people', '1 person'],
    [40, 'percent', '40 %'],
    [4400, 'km2', '4,400 km²'],
    [1700, 'sq_mi', '1,700 sq mi'],
    [24, 'hours', '24 hours'],
    [100000, 'people', '100,000 people'],
  ] as const)('%d %s reads %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('says unknown instead of printing null or NaN', () => {
    expect(formatValue(null, 'people')).toBe('unknown');
    expect(formatValue(Number.NaN, 'people')).toBe('unknown');
  });
});

describe('formatBounded', () => {
  it.each([
    [
      { value: 350, unit: 'people', qualifier: 'at_least', low: 350, high: null },
      'at least 350 people',
    ],
    [
      { value: 24, unit: 'people', qualifier: 'vague', low: 24, high: 99 },
      '24–99 people (vague word)',
    ],
    [{ value: 2, unit: 'days', qualifier: 'range', low: 2, high: 3 }, '2–3 days'],
    [{ value: 70, unit: 'percent', qualifier: 'nearly', low: null, high: 70 }, 'nearly 70 %'],
    [{ value: 104, unit: 'people', qualifier: 'exact', low: 104, high: 104 }, '104 people'],
  ] as const)('%j reads %s', (claim, text) => {
    expect(formatBounded(claim)).toBe(text);
  });
});

describe('formatDate', () => {
  it.each([
    ['2016', '2016'],
    ['2023-07', 'July 2023'],
    ['2020-10-05', '5 October 2020'],
    [null, 'unknown'],
  ])('%s reads %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['/relative/path', null],
    ['//example.org/x', null],
    ['', null],
    [null, null],
  ])('%j becomes %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
