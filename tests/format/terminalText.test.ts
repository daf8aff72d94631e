import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVISIBLE_CHARS } from '../../src/lib/format/invisibleChars.ts';
import { TERMINAL_MAX_CHARS, terminalText } from '../../src/lib/format/terminalText.ts';
import { HOSTILE_TEXTS, LONG_TEXT } from '../fixtures/hostile-ledger/hostileTexts.ts';

/** What a terminal acts on or hides: C0 and C1 controls, DEL, and the invisible characters. */
const RAW = new RegExp(
  `[\\u0000-\\u001f\\u007f-\\u009f${INVISIBLE_CHARS.map((c) => String.fromCodePoint(c.codePoint)).join('')}]`,
  'u',
);

describe('terminalText', () => {
  it.each([
    ['ESC and BEL', '\u001b[31mred\u001b[0m\u0007', '\\u001b[31mred\\u001b[0m\\u0007'],
    ['line breaks and tabs', 'a\nb\r\nc\td', 'a\\nb\\r\\nc\\td'],
    ['NUL, DEL and a C1 CSI', '\u0000\u007f\u009b2J', '\\u0000\\u007f\\u009b2J'],
    ['a bidi override', 'Armenia \u202Eredro\u202C', 'Armenia ⟨U+202E⟩redro⟨U+202C⟩'],
    ['a zero-width space and a BOM', 'zero\u200Bwidth\uFEFF', 'zero⟨U+200B⟩width⟨U+FEFF⟩'],
    [
      'markup, quotes and NBSP, unchanged',
      '<b>"x"</b> $& Walla\u00a0news',
      '<b>"x"</b> $& Walla\u00a0news',
    ],
    ['nothing', null, ''],
  ])('shows %s', (_, input, shown) => {
    expect(terminalText(input)).toBe(shown);
  });

  it('cuts a 20,000-character string to a short prefix and says how much was left out', () => {
    const shown = terminalText(LONG_TEXT);
    expect(shown).toBe(`${'W'.repeat(TERMINAL_MAX_CHARS)}… (19,700 more characters)`);
    expect(terminalText('abcdef', 3)).toBe('abc… (3 more characters)');
    expect(terminalText('abcd', 3)).toBe('abc… (1 more character)');
    expect(terminalText('abc', 3)).toBe('abc');
  });

  it('counts characters, never splitting an emoji', () => {
    expect(terminalText('😀😀😀', 2)).toBe('😀😀… (1 more character)');
  });

  it('escapes what it keeps after cutting, and counts the characters before escaping', () => {
    expect(terminalText('\u001b\u001b\u001b', 2)).toBe('\\u001b\\u001b… (1 more character)');
  });

  it('never lets a control or invisible character through, and stays short', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x9f }).map((n) => String.fromCharCode(n)),
      fc.constantFrom(...INVISIBLE_CHARS.map((c) => String.fromCodePoint(c.codePoint))),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (parts, max) => {
          const shown = terminalText(parts.join(''), max);
          expect(shown).not.toMatch(RAW);
          // Each kept character becomes at most a 9-character marker, plus the count.
          expect([...shown].length).toBeLessThanOrEqual(max * 9 + 40);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(HOSTILE_TEXTS.map((t) => [JSON.stringify(t).slice(0, 40), t]))(
    'shows the hostile text %s without a raw control or bidi character',
    (_, text) => {
      expect(terminalText(text)).not.toMatch(RAW);
    },
  );
});
