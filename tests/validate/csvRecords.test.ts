import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../src/lib/validate/csvRecords.ts';
import { edit, expectProblems, fixtureFiles, validate, validateEdited } from './helpers.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const cellsAt = (text: string) =>
  readCsvRecords('t.csv', bytes(text)).records.map((r) =>
    r.cells.map((c) => `${JSON.stringify(c.value)}@${c.line}:${c.column}`).join(' '),
  );

describe('positions', () => {
  it('pins each field to its physical line and character column, quotes included', () => {
    expect(cellsAt('a,b\n"x\ny",2\nü€,"q""r"\n')).toEqual([
      '"a"@1:1 "b"@1:3',
      '"x\\ny"@2:1 "2"@3:4',
      '"ü€"@4:1 "q\\"r"@4:4',
    ]);
  });

  it('reads CRLF and LF alike, and a BOM does not count as a column', () => {
    const lf = cellsAt('a,b\n1,"2"\n');
    expect(cellsAt('\uFEFFa,b\r\n1,"2"\r\n')).toEqual(lf);
    expect(cellsAt('a,b\r\n1,"2"')).toEqual(lf);
  });
});

describe('CSV syntax, through the whole validator', () => {
  it('tolerates a UTF-8 BOM and CRLF line ends, and still places problems exactly', () => {
    const files = fixtureFiles();
    files['claims.csv'] = `\uFEFF${String(files['claims.csv']).replace(/\n/g, '\r\n')}`;
    expect(validate(files).problems).toEqual([]);
    files['claims.csv'] = edit(files['claims.csv'], 'alpha-usd-375m,', 'Alpha-usd-375m,');
    files['claims.csv'] = edit(files['claims.csv'], ',"1,900",1900,', ',"1,900",1 900,');
    expectProblems(validate(files), ['data/claims.csv:2:1 claim_id', 'data/claims.csv:3:40 value']);
  });

  it('reports an unterminated quoted field on the line where the quote opened', () => {
    const result = validateEdited('claims.csv', (t) => edit(t, ',"1,900",1900,', ',"1,900,1900,'));
    expectProblems(result, ['data/claims.csv:3:32 figure_text'], /quoted field is never closed/);
  });

  it('reports a quote inside an unquoted field, and reads on from the next line', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, 'Invented Institute', 'Invented "Institute"'),
    );
    expectProblems(result, ['data/claims.csv:2:133 claimant'], /a " inside a field/);
    expect(result.tables.find((t) => t.resource === 'claims')?.rows).toBe(8);
  });

  it('reports text after a closing quote', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, ',"1,900",1900,', ',"1,900"x,1900,'),
    );
    expectProblems(result, ['data/claims.csv:3:39 figure_text'], /text after the closing quote/);
  });

  it('says where a quoted field opened when the error shows lines later', () => {
    const { records, problems } = readCsvRecords('t.csv', bytes('a,b\n"1,2\n3,4"x\n5,6\n'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.message}`)).toEqual([
      '3:5 a text after the closing quote of a quoted field (the quoted field opened on line 2, column 1)',
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 4]);
  });

  it('keeps checking the rows after a syntax error', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(
        edit(t, 'Invented Institute', 'Invented "Institute"'),
        ',1900,people,',
        ',1900,persons,',
      ),
    );
    expectProblems(result, ['data/claims.csv:2:133 claimant', 'data/claims.csv:3:45 unit']);
  });
});

describe('encoding', () => {
  it('reports the line and character column of the first byte that is not UTF-8', () => {
    const files = fixtureFiles();
    const text = edit(String(files['events.csv']), 'Another invented event', 'Événement X');
    const encoded = new TextEncoder().encode(text);
    // Turn the X (after "Événement ", 10 characters but 11 bytes) into a lone 0xFF byte.
    const at = encoded.indexOf(0x58);
    encoded[at] = 0xff;
    files['events.csv'] = encoded;
    expectProblems(validate(files), ['data/events.csv:3:55 (encoding)'], /not valid UTF-8/);
  });

  it('reports a truncated multi-byte character at its first byte', () => {
    const files = fixtureFiles();
    const encoded = new TextEncoder().encode(String(files['events.csv']));
    // Title "An invented event" (line 2, column 37): the "n" becomes 0xC3, a lead byte
    // that the space after it does not continue.
    const line2 = new TextEncoder().encode('invented-year,2016,year,stated,arms,A');
    const start = encoded.indexOf(0x0a) + 1 + line2.length;
    encoded[start] = 0xc3;
    files['events.csv'] = encoded;
    expectProblems(validate(files), ['data/events.csv:2:38 (encoding)'], /not valid UTF-8/);
  });
});

describe('positions, property-tested against the serialised text', () => {
  const cellText = fc.string({
    unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\n', '\r', ' ', 'x'),
    maxLength: 6,
  });
  /** Serialise rows as RFC 4180 and note the offset where each field starts. */
  function serialise(rows: string[][], newline: string, quoteAll: boolean) {
    let text = '';
    const starts: number[][] = [];
    for (const row of rows) {
      starts.push(
        row.map((cell, i) => {
          if (i > 0) text += ',';
          const start = text.length;
          text += quoteAll || /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
          return start;
        }),
      );
      text += newline;
    }
    return { text, starts };
  }
  /** Line and code-point column of a string offset: CRLF, LF and lone CR end a line. */
  function placeOf(text: string, offset: number) {
    const lines = text.slice(0, offset).split(/\r\n|\n|\r/);
    return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
  }

  it('gives every field of a well-formed file its value, line and column', () => {
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(cellText, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 5,
      }),
    );
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, newline, quoteAll) => {
        // A lone empty field would be a blank line: quote it so the row survives.
        const { text, starts } = serialise(rows, newline, quoteAll || rows[0]?.length === 1);
        const { records, problems } = readCsvRecords('t.csv', new TextEncoder().encode(text));
        expect(problems).toEqual([]);
        expect(records.map((r) => r.cells)).toEqual(
          rows.map((row, r) =>
            row.map((value, c) => {
              const start = starts[r]?.[c] ?? 0;
              return { value, ...placeOf(text, start), quoted: text[start] === '"' };
            }),
          ),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text, and places every problem inside the file', () => {
    const anyText = fc.string({
      unit: fc.constantFrom('a', ',', '"', '\n', '\r', 'é', ' '),
      maxLength: 30,
    });
    fc.assert(
      fc.property(anyText, (text) => {
        const lines = text.split(/\r\n|\n|\r/).length;
        for (const p of readCsvRecords('t.csv', new TextEncoder().encode(text)).problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
