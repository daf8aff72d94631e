import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  describeInvisibleChar,
  findInvisibleChars,
  INVISIBLE_CHARS,
  invisibleChar,
  showInvisibleChars,
} from '../../src/lib/format/invisibleChars.ts';

/** The characters issue 12 names (bidi embeddings, overrides, isolates; zero-width; BOM). */
const NAMED_IN_ISSUE = [
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x200c, 0x200d,
  0x2060, 0xfeff,
];

const listed = new Set(INVISIBLE_CHARS.map((c) => c.codePoint));

describe('the list of invisible characters', () => {
  it.each(NAMED_IN_ISSUE.map((cp) => [codePointLabel(cp), cp]))('holds %s', (_, cp) => {
    expect(listed.has(cp)).toBe(true);
  });

  it('names each character once, with a name and an effect', () => {
    expect(listed.size).toBe(INVISIBLE_CHARS.length);
    for (const c of INVISIBLE_CHARS) {
      expect(c.name).toMatch(/^[A-Z][A-Z -]+[A-Z]$/);
      expect(c.effect.length).toBeGreaterThan(10);
    }
  });

  it('describes a character by code point, name and effect', () => {
    const rlo = invisibleChar('\u202E');
    expect(rlo && describeInvisibleChar(rlo)).toBe(
      'U+202E RIGHT-TO-LEFT OVERRIDE, which reorders the text around it',
    );
    expect(invisibleChar('a')).toBeUndefined();
    expect(invisibleChar('')).toBeUndefined();
  });
});

describe('showInvisibleChars', () => {
  it('turns "Armenia ‮redro‬" into visible markers', () => {
    expect(showInvisibleChars('Armenia \u202Eredro\u202C')).toBe('Armenia ⟨U+202E⟩redro⟨U+202C⟩');
  });

  it.each(INVISIBLE_CHARS.map((c) => [codePointLabel(c.codePoint), c.codePoint]))(
    'shows %s as its marker',
    (label, cp) => {
      expect(showInvisibleChars(`a${String.fromCodePoint(cp)}b`)).toBe(`a⟨${label}⟩b`);
    },
  );

  it('leaves letters of every script, NBSP, emoji and markup as they are', () => {
    const text = 'Ստեփանակերտ Xankəndi שלום مرحبا Walla\u00a0news 😀 <b>&amp;</b> $& \u00e9';
    expect(showInvisibleChars(text)).toBe(text);
  });

  it('leaves any text without listed characters unchanged, and never outputs one', () => {
    const unit = fc.oneof(
      fc.constantFrom(...INVISIBLE_CHARS.map((c) => String.fromCodePoint(c.codePoint))),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const shown = showInvisibleChars(text);
        expect(findInvisibleChars(shown)).toEqual([]);
        if (findInvisibleChars(text).length === 0) expect(shown).toBe(text);
        // Every marker stands for exactly one removed character.
        expect(shown.match(/⟨U\+[0-9A-F]{4}⟩/g)?.length ?? 0).toBeGreaterThanOrEqual(
          findInvisibleChars(text).length,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('findInvisibleChars', () => {
  it('finds each one with its index, in order', () => {
    const hits = findInvisibleChars('zero\u200Bwidth \u2067x\u2069 😀\uFEFF');
    expect(hits.map((h) => [codePointLabel(h.char.codePoint), h.index])).toEqual([
      ['U+200B', 4],
      ['U+2067', 11],
      ['U+2069', 13],
      ['U+FEFF', 17],
    ]);
  });
});
