import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shortText, truncate, visibleText } from '../../src/lib/format/displayText.ts';
import { BIDI_AND_INVISIBLE, LONG_TEXT } from '../fixtures/hostile-ledger/hostileTexts.ts';

describe('visibleText', () => {
  it('shows each bidi control and invisible character as its code point', () => {
    expect(visibleText('Armenia \u202Eredro\u202C')).toBe('Armenia ⟨U+202E⟩redro⟨U+202C⟩');
    expect(visibleText('zero\u200Bwidth\uFEFF')).toBe('zero⟨U+200B⟩width⟨U+FEFF⟩');
    expect(visibleText('\u001b[31mred\u0007')).toBe('⟨U+001B⟩[31mred⟨U+0007⟩');
  });

  it('leaves every other character, line ends and tabs included', () => {
    const plain = 'Walla\u00a0news — Arçax, Ղարաբաղ, قره‌باغ\tand\nmore 😀';
    expect(visibleText(plain)).toBe(plain.replace('\u200C', '⟨U+200C⟩'));
  });

  it('leaves no hidden character in any text', () => {
    const hidden = new RegExp(`[${BIDI_AND_INVISIBLE}\\u0000-\\u0008]`);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(visibleText(s)).not.toMatch(hidden);
      }),
    );
  });
});

describe('shortText', () => {
  it('keeps ordinary ledger text whole', () => {
    const note = 'Share of the armaments said to come from Israel; the article names no source.';
    expect(shortText(note)).toBe(note);
  });

  it('cuts a 20,000-character word and caps the length, with an ellipsis', () => {
    const shown = shortText(LONG_TEXT);
    expect(shown).toBe(`${'W'.repeat(40)}…`);
    expect(shortText(`a ${LONG_TEXT} b`, 30, 10)).toBe(`a ${'W'.repeat(10)}… b`);
    expect(shortText('word '.repeat(100), 20)).toBe('word word word word…');
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    expect(truncate('😀😀😀', 2)).toBe('😀😀…');
  });

  it('is never longer than asked, plus the ellipsis and the marks that make characters visible', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 100 }), (s, max) => {
        // Without control characters, whose visible marks are longer than they are.
        // eslint-disable-next-line no-control-regex
        const plain = shortText(s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''), max);
        expect(Array.from(plain).length).toBeLessThanOrEqual(max + 1);
      }),
    );
  });
});
