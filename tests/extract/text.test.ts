import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseTypography } from '../../src/lib/extract/normalise.ts';
import { splitSentences } from '../../src/lib/extract/sentences.ts';
import { tokenize } from '../../src/lib/extract/tokens.ts';

describe('typography', () => {
  it('keeps every offset: the output has the input’s length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normaliseTypography(s).length).toBe(s.length);
      }),
    );
  });

  it('straightens quotes and dashes and turns odd spaces into spaces', () => {
    expect(
      normaliseTypography('\u201CIt\u2019s 40\u201345\u00A0percent\u201D \u2014 he said'),
    ).toBe('"It\'s 40-45 percent" - he said');
  });

  it('keeps a narrow space between digit groups as a thousands separator', () => {
    expect(tokenize(normaliseTypography('2\u202F000 people'))[0]?.text).toBe('2\u202F000');
    expect(tokenize(normaliseTypography('2\u00A0000 people'))[0]?.text).toBe('2\u202F000');
    expect(tokenize(normaliseTypography('at 5\u00A0pm'))[1]?.text).toBe('5');
  });
});

describe('sentences', () => {
  const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

  it.each([
    ['One. Two.', ['One.', 'Two.']],
    [
      'It began on Sept. 19 in the east. Then it stopped.',
      ['It began on Sept. 19 in the east.', 'Then it stopped.'],
    ],
    ['Mr. Smith left. Dr. Jones stayed.', ['Mr. Smith left.', 'Dr. Jones stayed.']],
    [
      'The U.S. State Department spoke. It said 40.',
      ['The U.S. State Department spoke.', 'It said 40.'],
    ],
    ['"We are at war." He left.', ['"We are at war."', 'He left.']],
    ['Is it over? Nobody knows!', ['Is it over?', 'Nobody knows!']],
    ['It cost $4.85 billion. Nobody paid.', ['It cost $4.85 billion.', 'Nobody paid.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('cuts runaway sentences so work stays bounded', () => {
    const long = 'word '.repeat(5000);
    const spans = splitSentences(long);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(4000);
  });
});
