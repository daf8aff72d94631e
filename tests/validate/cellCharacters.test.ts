import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLabel, INVISIBLE_CHARS } from '../../src/lib/format/invisibleChars.ts';
import { forbiddenChars, placeInCell } from '../../src/lib/validate/cellCharacters.ts';
import { readCsvRecords } from '../../src/lib/validate/csvRecords.ts';

describe('forbiddenChars', () => {
  it.each(INVISIBLE_CHARS.map((c) => [codePointLabel(c.codePoint), c]))(
    'names %s by code point and says what it does',
    (label, c) => {
      const found = forbiddenChars(`ab${String.fromCodePoint(c.codePoint)}cd`);
      expect(found).toEqual([
        {
          index: 2,
          message: `holds ${label} ${c.name}, which ${c.effect}; remove it`,
          expected: expect.stringMatching(/without bidi or invisible characters/),
        },
      ]);
    },
  );

  it.each([
    ['\u001b', 'U+001B ESCAPE'],
    ['\u0007', 'U+0007 BELL'],
    ['\t', 'U+0009 CHARACTER TABULATION (tab)'],
    ['\r', 'U+000D CARRIAGE RETURN without a line feed'],
    ['\u009b', 'U+009B CONTROL SEQUENCE INTRODUCER'],
    ['\u0001', 'U+0001'],
  ])('names the control character %j', (char, named) => {
    expect(forbiddenChars(`x${char}y`).map((f) => f.message)).toEqual([
      `holds ${named}, a control character; remove it`,
    ]);
  });

  it('allows line breaks inside a cell, and everything printable', () => {
    expect(forbiddenChars('one\ntwo\r\nthree Walla\u00a0news <b>$&</b> Ստեփանակերտ 😀')).toEqual(
      [],
    );
  });

  it('lists every forbidden character of a cell in order', () => {
    const found = forbiddenChars('\u001b[31mArmenia \u202Eredro\u202C\u0007');
    expect(found.map((f) => f.index)).toEqual([0, 13, 19, 20]);
  });
});

describe('placeInCell, property-tested against the serialised file', () => {
  const unit = fc.constantFrom('a', 'é', '😀', ',', '"', '\n', '\r\n', ' ', '\u202E', '\u200B');
  const cellText = fc.array(unit, { maxLength: 6 }).map((parts) => parts.join(''));

  /** Line and code-point column of a string offset: CRLF, LF and a lone CR end a line. */
  function placeOf(text: string, offset: number) {
    const lines = text.slice(0, offset).split(/\r\n|\n|\r/);
    return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
  }

  it('puts every character of every cell at its line and column in the file', () => {
    const rows = fc.array(fc.array(cellText, { minLength: 2, maxLength: 2 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(rows, fc.boolean(), (table, quoteAll) => {
        let text = '';
        const starts: number[] = [];
        for (const row of table) {
          row.forEach((cell, i) => {
            if (i > 0) text += ',';
            starts.push(text.length);
            const quoted = quoteAll || /[",\r\n]/.test(cell);
            text += quoted ? `"${cell.replace(/"/g, '""')}"` : cell;
          });
          text += '\n';
        }
        const { records, problems } = readCsvRecords('t.csv', new TextEncoder().encode(text));
        expect(problems).toEqual([]);
        records
          .flatMap((r) => r.cells)
          .forEach((cell, n) => {
            // Walk the raw text beside the value: an inner quote was written twice.
            let raw = (starts[n] ?? 0) + (cell.quoted ? 1 : 0);
            for (let i = 0; i < cell.value.length;) {
              const char = String.fromCodePoint(cell.value.codePointAt(i) ?? 0);
              // The LF of a CRLF has no place of its own (nothing is ever reported there).
              if (!(char === '\n' && cell.value[i - 1] === '\r')) {
                expect(placeInCell(cell, i)).toEqual(placeOf(text, raw));
              }
              raw += char === '"' ? 2 : char.length;
              i += char.length;
            }
          });
      }),
      { numRuns: 500 },
    );
  });
});
