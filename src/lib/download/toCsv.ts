/**
 * Rows to a CSV text that a researcher can open in a spreadsheet safely and parse back exactly.
 *
 * - RFC 4180: comma-separated, a header row, CRLF after every record (the last one too), and a
 *   field is quoted when it holds a comma, a double quote, CR or LF (quotes inside are doubled).
 * - By default it starts with a UTF-8 byte-order mark, so spreadsheet software reads Armenian
 *   names and other non-ASCII text as UTF-8 instead of the system code page. Files that a Data
 *   Package descriptor points at are written without it (`byteOrderMark: false`): the descriptor
 *   says `utf-8`, and Frictionless readers (the JavaScript `datapackage` library among them)
 *   would read the mark as part of the first column's name.
 * - A field that starts or ends with white space is quoted too, so that readers which trim
 *   unquoted fields (the `datapackage` library always does) keep the text as written.
 * - Numbers are written unformatted, `String(number)`: no thousands separators, no rounding.
 *   `null`, `undefined`, `NaN` and ±Infinity are empty cells (the ledger's "unknown").
 * - Formula neutralisation (OWASP "CSV injection"): a spreadsheet runs a cell that starts with
 *   `=`, `+`, `-`, `@`, tab, CR or LF as a formula (`=HYPERLINK(...)` can leak data on opening).
 *   Such a TEXT cell is written with a leading apostrophe, which spreadsheets treat as "this is
 *   text" and hide. Two deliberate exceptions, so that no real number is ever altered:
 *     1. a JS number (or bigint) is never touched: `-12.5` stays `-12.5`;
 *     2. a text cell that is a plain decimal number (`-12.5`, `+3`, `-1e6`) is left alone too.
 *        It cannot hold a function call or a reference, so a spreadsheet can only read it as the
 *        number it already is; prefixing it would turn a number column into text in every
 *        spreadsheet and put a stray apostrophe before the value in every other tool.
 *   Programs that read the file as data see the apostrophe: strip one leading `'` from a text
 *   cell whose next character is one of the prefixes above to get the original text back.
 */

/** First characters that make a spreadsheet read a cell as a formula. */
const FORMULA_PREFIX = /^[=+\-@\t\r\n]/;

/** A plain decimal number, optionally signed, with an optional exponent: `-12.5`, `+3`, `1e-6`. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * How `toCsv` writes a file, as a Frictionless CSV Dialect: what a `datapackage.json` declares
 * for every table it writes, so that readers need not guess (a sniffer guesses wrong on some).
 */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: CRLF,
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (for spreadsheets); default true. */
  byteOrderMark?: boolean;
}

/** Text as a spreadsheet should show it: formula-like text gets a leading apostrophe. */
function neutraliseText(text: string): string {
  return FORMULA_PREFIX.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The unquoted content of one cell. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : neutraliseText(value.toISOString());
  }
  return neutraliseText(String(value));
}

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function record(fields: string[]): string {
  // A record of one empty field would be an empty line, which readers skip or misread: quote it.
  if (fields.length === 1 && fields[0] === '') return `""${CRLF}`;
  return fields.map(quote).join(',') + CRLF;
}

/**
 * Serialise `rows` as CSV with the given columns, in that order. Keys of a row that are not in
 * `columns` are left out; a column a row lacks is an empty cell. Header names follow the same
 * rules as text cells. Throws a RangeError for no columns or a repeated column name, either of
 * which would make the file impossible to read back as the same rows.
 */
export function toCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  { byteOrderMark = true }: CsvOptions = {},
): string {
  if (columns.length === 0) throw new RangeError('toCsv needs at least one column');
  const header = columns.map((name) => neutraliseText(name));
  // Checked after neutralising: `=a` and `'=a` would both be written as `'=a`.
  if (new Set(header).size !== header.length) {
    throw new RangeError(`toCsv got a repeated column name: ${columns.join(', ')}`);
  }
  const lines = [record(header)];
  for (const row of rows) {
    // Own keys only: a column named `__proto__` or `toString` must not read the prototype.
    lines.push(
      record(columns.map((name) => cellText(Object.hasOwn(row, name) ? row[name] : null))),
    );
  }
  return (byteOrderMark ? BOM : '') + lines.join('');
}
