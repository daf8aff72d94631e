import { describe, expect, it } from 'vitest';
import { readNumberAt } from '../../src/lib/extract/numbers.ts';
import { tokenize } from '../../src/lib/extract/tokens.ts';
import { normaliseTypography } from '../../src/lib/extract/normalise.ts';
import { only } from './helpers.ts';

function firstNumber(text: string) {
  const tokens = tokenize(normaliseTypography(text));
  for (let i = 0; i < tokens.length; i++) {
    const core = readNumberAt(tokens, i);
    if (core) return core;
  }
  return undefined;
}

describe('reading numbers', () => {
  it.each([
    // [text, value, high, kind]
    ['eight', 8, null, 'cardinal'],
    ['twenty-five', 25, null, 'cardinal'],
    ['two hundred and fifty', 250, null, 'cardinal'],
    ['two hundred and fifty thousand', 250000, null, 'cardinal'],
    ['a hundred', 100, null, 'cardinal'],
    ['a dozen', 12, null, 'cardinal'],
    ['one million', 1e6, null, 'cardinal'],
    ['1,900', 1900, null, 'cardinal'],
    ['100,000', 100000, null, 'cardinal'],
    ['4.85', 4.85, null, 'cardinal'],
    ['4.85 billion', 4850000000, null, 'cardinal'],
    ['375 million', 375000000, null, 'cardinal'],
    ['2bn', 2e9, null, 'cardinal'],
    ['1.5 mln', 1.5e6, null, 'cardinal'],
    ['2\u202F000', 2000, null, 'cardinal'],
    ['40-45', 40, 45, 'cardinal'],
    ['7,000\u20138,000', 7000, 8000, 'cardinal'],
    ['two or three', 2, 3, 'cardinal'],
    ['10 to 15', 10, 15, 'cardinal'],
    ['between 2,000 and 3,000', 2000, 3000, 'cardinal'],
    ['2-3 billion', 2e9, 3e9, 'cardinal'],
    ['fifth', 5, null, 'ordinal'],
    ['21st', 21, null, 'ordinal'],
    ['a quarter of', 25, null, 'fraction'],
    ['half of', 50, null, 'fraction'],
    ['two-thirds of', 66.67, null, 'fraction'],
    ['dozens', 24, 99, 'vague'],
    ['scores', 40, 199, 'vague'],
    ['hundreds', 200, 999, 'vague'],
    ['thousands', 2000, 9999, 'vague'],
    ['tens of thousands', 20000, 99999, 'vague'],
    ['hundreds of thousands', 200000, 999999, 'vague'],
    ['several', 3, 9, 'vague'],
    ['the 1990s', 1990, null, 'decade'],
  ] as const)('%s', (text, value, high, kind) => {
    const core = firstNumber(text);
    expect(core).toBeDefined();
    expect(core?.value).toBe(value);
    expect(core?.high).toBe(high);
    expect(core?.kind).toBe(kind);
  });

  it('does not read a fraction that is not a share of something', () => {
    expect(firstNumber('a fifth straight day')?.kind).toBe('ordinal');
    expect(firstNumber('the second half')?.kind).toBe('ordinal');
  });

  it('keeps the printed text and the normalised value side by side', () => {
    const c = only('Officials said 4.1 billion euros had been spent.', '4.1 billion euros');
    expect(c.value).toBe(4100000000);
    expect(c.unit).toBe('EUR');
  });

  it('handles typographic dashes, quotes and no-break spaces', () => {
    const c = only(
      'The share rose to 40\u201345\u00A0percent, it said.',
      '40\u201345\u00A0percent',
    );
    expect([c.value, c.low, c.high, c.qualifier]).toEqual([40, 40, 45, 'range']);
  });
});
