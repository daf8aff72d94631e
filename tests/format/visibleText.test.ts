import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { visibleText } from '../../src/lib/format/visibleText.ts';
import { BIDI_AND_INVISIBLE } from '../fixtures/hostile-ledger/hostileTexts.ts';

describe('visibleText', () => {
  it.each([
    ['Armenia \u202Eredro\u202C', 'Armenia [U+202E]redro[U+202C]'],
    ['\u2067isolate\u2069', '[U+2067]isolate[U+2069]'],
    [
      'zero\u200Bwidth\u200C\u200D\u2060\uFEFF',
      'zero[U+200B]width[U+200C][U+200D][U+2060][U+FEFF]',
    ],
    ['soft\u00ADhyphen', 'soft[U+00AD]hyphen'],
    ['\u001b[31mred\u001b[0m\u0007', '␛[31mred␛[0m␇'],
    ['nul\u0000 del\u007f c1\u0085', 'nul␀ del␡ c1[U+0085]'],
    ['broken \uD800 pair', 'broken \uFFFD pair'],
  ])('shows the hidden characters of %j', (text, shown) => {
    expect(visibleText(text)).toBe(shown);
  });

  it('keeps text that has none: NBSP, tabs, line breaks, accents, emoji', () => {
    const text = 'Walla\u00a0news\tcol\r\nnext Ağdam “quoted” 😀 €4.1';
    expect(visibleText(text)).toBe(text);
  });

  it('leaves no bidi control or invisible character in any text', () => {
    const hidden = new RegExp(`[${BIDI_AND_INVISIBLE}]|[\\p{Cf}\\p{Cs}]|[^\\P{Cc}\\t\\n\\r]`, 'u');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => !hidden.test(visibleText(text))),
    );
  }, 20_000);
});
