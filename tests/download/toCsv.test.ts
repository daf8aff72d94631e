import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CSV_DIALECT, toCsv } from '../../src/lib/download/toCsv.ts';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';

/** Read a CSV the way a strict reader does: byte-order mark dropped, header as keys, nothing relaxed. */
function readBack(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true }) as Record<string, string>[];
}

/**
 * The oracle, written independently of the implementation's regular expressions: a text cell
 * gets an apostrophe exactly when it starts with a formula prefix and is not a plain number
 * (what `Number()` reads as a finite number, with no surrounding whitespace).
 */
function expectedCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = String(value);
  const formulaLike = ['=', '+', '-', '@', '\t', '\r', '\n'].some((p) => text.startsWith(p));
  const plainNumber = text.trim() === text && Number.isFinite(Number(text));
  return formulaLike && !plainNumber ? `'${text}` : text;
}

function expectedRows(rows: Record<string, unknown>[], columns: string[]) {
  return rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => [expectedCell(c), expectedCell(Object.hasOwn(row, c) ? row[c] : null)]),
    ),
  );
}

// Pieces that stress quoting, line ends, formula prefixes, numbers and non-ASCII text.
const piece = fc.constantFrom(
  '"',
  ',',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  "'",
  ' ',
  '.',
  'e',
  '0',
  '7',
  'a',
  '\uFEFF',
  '😀',
  '👩🏽‍🚀',
  '🇦🇲',
  'Ղարաբաղ',
  'Ստեփանակերտ',
  'Azərbaycan',
  'ישראל',
  '=HYPERLINK("https://example.org","x")',
);
const text = fc.oneof(
  fc.string({ unit: piece, maxLength: 8 }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  // Numbers written as text, signed or not: the plain-number exception must hold exactly.
  fc.double().map(String),
  fc.integer().map((n) => `+${n}`),
  fc
    .tuple(
      fc.constantFrom('-', '+', '-.', '+0.', '\t-', '-0x'),
      fc.nat(),
      fc.constantFrom('', ' ', '\t', '\n', '.', '.5', 'e', 'e5', 'e+5', 'x', '+1', '%'),
    )
    .map((parts) => parts.join('')),
);
const cell = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
);

describe('toCsv', () => {
  it('writes a byte-order mark, a header, CRLF line ends and RFC 4180 quoting', () => {
    const csv = toCsv(
      [
        { a: 1900, b: 'plain' },
        { a: -12.5, b: 'comma, "quote"\nand line' },
      ],
      ['a', 'b'],
    );
    expect(csv).toBe('\uFEFFa,b\r\n1900,plain\r\n-12.5,"comma, ""quote""\nand line"\r\n');
  });

  it('leaves the byte-order mark out of a file a descriptor points at', () => {
    expect(toCsv([{ a: 'Հայ' }], ['a'], { byteOrderMark: false })).toBe('a\r\nՀայ\r\n');
  });

  it('declares the dialect it writes', () => {
    const csv = toCsv([{ a: 'x,"y"', b: 1 }], ['a', 'b'], { byteOrderMark: false });
    const { delimiter, lineTerminator, quoteChar } = CSV_DIALECT;
    expect(csv).toBe(
      `a${delimiter}b${lineTerminator}${quoteChar}x,""y""${quoteChar},1${lineTerminator}`,
    );
    expect(CSV_DIALECT).toMatchObject({ doubleQuote: true, header: true });
  });

  it('quotes a field with white space at either end, so readers that trim keep it', () => {
    const csv = toCsv([{ a: ' lead', b: 'trail\u00a0', c: 'in side' }], ['a', 'b', 'c']);
    expect(csv).toBe('\uFEFFa,b,c\r\n" lead","trail\u00a0",in side\r\n');
    expect(parse(csv, { bom: true, columns: true, ltrim: true, rtrim: true })).toEqual([
      { a: ' lead', b: 'trail\u00a0', c: 'in side' },
    ]);
  });

  it('writes numbers unformatted and missing values as empty cells', () => {
    const rows = [
      { n: 4850000000 },
      { n: 0.1 },
      { n: -0 },
      { n: 1e21 },
      { n: null },
      { n: undefined },
      { n: Number.NaN },
      { n: Number.NEGATIVE_INFINITY },
      {},
    ];
    const cells = toCsv(rows, ['n', 'm']).slice(1).split('\r\n');
    expect(cells).toEqual([
      'n,m',
      '4850000000,',
      '0.1,',
      '0,',
      '1e+21,',
      ',',
      ',',
      ',',
      ',',
      ',',
      '',
    ]);
  });

  it('never alters a real number, negative ones included, nor text that is a plain number', () => {
    const csv = toCsv(
      [
        { n: -375, s: '-12.5', t: '+3', u: '-1e6', v: '-2+3', w: '- 1', x: '-Infinity' },
        { n: -0.5, s: '-12.5 ', t: '\t-3', u: '-0x1F', v: '-1e', w: '-.5', x: '+1.' },
      ],
      ['n', 's', 't', 'u', 'v', 'w', 'x'],
    );
    expect(readBack(csv)).toEqual([
      { n: '-375', s: '-12.5', t: '+3', u: '-1e6', v: "'-2+3", w: "'- 1", x: "'-Infinity" },
      { n: '-0.5', s: "'-12.5 ", t: "'\t-3", u: "'-0x1F", v: "'-1e", w: '-.5', x: '+1.' },
    ]);
  });

  it('quotes a lone empty cell so the record is not an empty line', () => {
    expect(toCsv([{ a: '' }, { a: 'x' }], ['a'])).toBe('\uFEFFa\r\n""\r\nx\r\n');
  });

  it('reads only a row’s own keys', () => {
    const csv = toCsv([{ toString: 'own' }, {}], ['__proto__', 'toString']);
    expect(csv).toBe('\uFEFF__proto__,toString\r\n,own\r\n,\r\n');
  });

  it('refuses no columns or repeated columns', () => {
    expect(() => toCsv([], [])).toThrow(RangeError);
    expect(() => toCsv([], ['a', 'a'])).toThrow(RangeError);
    // Distinct names that would be written the same after neutralisation.
    expect(() => toCsv([], ['=a', "'=a"])).toThrow(RangeError);
  });

  it('neutralises the hostile cells of the fixture, and only those', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../fixtures/download/hostile-cells.json', import.meta.url), 'utf8'),
    ) as {
      columns: string[];
      rows: Record<string, unknown>[];
      expected: Record<string, string>[];
    };
    const csv = toCsv(fixture.rows, fixture.columns);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(readBack(csv)).toEqual(fixture.expected);
    expect(fixture.expected).toEqual(expectedRows(fixture.rows, fixture.columns));
  });

  it('parses back to exactly the rows given, for arbitrary text, numbers and column names', () => {
    const columnsArb = fc
      .uniqueArray(fc.oneof(fc.string({ unit: piece, minLength: 1, maxLength: 4 }), fc.string()), {
        minLength: 1,
        maxLength: 5,
      })
      // An empty header cannot be a key, and neutralising must not merge two names.
      .filter(
        (cols) =>
          cols.every((c) => c !== '') && new Set(cols.map(expectedCell)).size === cols.length,
      );
    const input = columnsArb.chain((columns) =>
      fc.tuple(
        fc.constant(columns),
        fc.array(fc.dictionary(fc.constantFrom(...columns), cell), { maxLength: 6 }),
      ),
    );
    fc.assert(
      fc.property(input, ([columns, rows]) => {
        const csv = toCsv(rows, columns);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(readBack(csv)).toEqual(expectedRows(rows, columns));
      }),
      { numRuns: 500 },
    );
  });

  it('adds the apostrophe exactly where a formula-like prefix was present', () => {
    fc.assert(
      fc.property(text, (value) => {
        const [row] = readBack(toCsv([{ v: value }], ['v']));
        const neutralised = row?.v !== value;
        expect(neutralised).toBe(expectedCell(value) !== value);
        if (neutralised) {
          expect(row?.v).toBe(`'${value}`);
          expect(/^[=+\-@\t\r\n]/.test(value)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips the real ledger tables', () => {
    const ledger = readLedger(new URL('../../data', import.meta.url).pathname);
    for (const table of [ledger.sources, ledger.claims, ledger.events]) {
      const columns = table.columnNames();
      const rows = table.objects() as Record<string, unknown>[];
      expect(readBack(toCsv(rows, columns))).toEqual(expectedRows(rows, columns));
    }
  });
});
