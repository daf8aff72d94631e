/**
 * Table Schema checks driven by datapackage.json: header, field count, types, constraints,
 * uniqueness and primary key, each problem at the cell it concerns.
 */
// Hand-written: no maintained JS Table Schema validator gives line:column in browser and Node.
import { parsePartialDate } from '../data/partialDate.ts';
import type { CsvCell, CsvRecord } from './csvRecords.ts';
import type { FieldSchema, ResourceSchema } from './descriptor.ts';
import { appendProblems, listOf, problemAt, quote, type Problem } from './problem.ts';

/** A data row: its cells by column name (only columns the descriptor knows). */
export interface Row {
  line: number;
  cells: Map<string, CsvCell>;
}

export interface CheckedTable {
  resource: ResourceSchema;
  file: string;
  rows: Row[];
  /** Cells this step rejected: later rules skip them, so one mistake gives one message. */
  invalid: Set<CsvCell>;
  problems: Problem[];
}

// Numbers in plain form only: the ledger is read by spreadsheets, Arquero and people, and
// "1,900", "375m", "1e9", " 5" or "007" each mean something different to one of them.
const PLAIN_INTEGER = /^-?(0|[1-9][0-9]*)$/;
const PLAIN_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const ISO_DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** The value of a number or integer cell, or undefined when it is not in plain form. */
export function readNumber(
  text: string,
  type: 'number' | 'integer' = 'number',
): number | undefined {
  if (!(type === 'integer' ? PLAIN_INTEGER : PLAIN_NUMBER).test(text)) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || (type === 'integer' && !Number.isSafeInteger(n))) return undefined;
  return n;
}

interface CellError {
  message: string;
  expected: string;
}

/** Why a non-empty cell is not a value of its field's type, or undefined when it is. */
function typeError(field: FieldSchema, text: string): CellError | undefined {
  switch (field.type) {
    case 'string':
      return undefined;
    case 'integer':
      return readNumber(text, 'integer') === undefined
        ? {
            message: `${quote(text)} is not an integer`,
            expected:
              'a whole number in digits, e.g. 12: no sign of +, spaces, separators or leading zeros',
          }
        : undefined;
    case 'number':
      return readNumber(text) === undefined
        ? {
            message: `${quote(text)} is not a number in plain form`,
            expected:
              'digits with an optional minus and decimal point, e.g. 1900 or 0.5: no thousands separators, units, spaces or exponents',
          }
        : undefined;
    case 'date':
      if (!ISO_DAY.test(text)) {
        return { message: `${quote(text)} is not a date`, expected: 'YYYY-MM-DD, e.g. 2020-10-05' };
      }
      return parsePartialDate(text) === undefined
        ? {
            message: `${quote(text)} is not a real calendar date`,
            expected: 'a day that exists, as YYYY-MM-DD',
          }
        : undefined;
    case 'boolean':
      return text === 'true' || text === 'false'
        ? undefined
        : { message: `${quote(text)} is not a boolean`, expected: 'true or false' };
  }
}

/** Compare two values of a field's type (numbers numerically, dates and strings as text). */
function compare(field: FieldSchema, a: string, b: number | string): number {
  if (field.type === 'number' || field.type === 'integer') return Number(a) - Number(b);
  return a < String(b) ? -1 : a > String(b) ? 1 : 0;
}

/** The first constraint a (non-empty, well-typed) cell breaks, or undefined. */
function constraintError(field: FieldSchema, text: string): CellError | undefined {
  const c = field.constraints;
  if (c.enum !== undefined) {
    const allowed = c.enum.map(String);
    const numeric = field.type === 'number' || field.type === 'integer';
    const ok = numeric ? c.enum.some((v) => Number(v) === Number(text)) : allowed.includes(text);
    if (!ok)
      return {
        message: `${quote(text)} is not an allowed value`,
        expected: `one of: ${listOf(allowed)}`,
      };
  }
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(text)) {
    return {
      message: `${quote(text)} does not match the pattern`,
      expected: `text matching ${c.pattern}`,
    };
  }
  if (c.minimum !== undefined && compare(field, text, c.minimum) < 0) {
    return { message: `${text} is below the minimum`, expected: `at least ${c.minimum}` };
  }
  if (c.maximum !== undefined && compare(field, text, c.maximum) > 0) {
    return { message: `${text} is above the maximum`, expected: `at most ${c.maximum}` };
  }
  if (c.exclusiveMinimum !== undefined && compare(field, text, c.exclusiveMinimum) <= 0) {
    return {
      message: `${text} is not above the minimum`,
      expected: `more than ${c.exclusiveMinimum}`,
    };
  }
  if (c.exclusiveMaximum !== undefined && compare(field, text, c.exclusiveMaximum) >= 0) {
    return {
      message: `${text} is not below the maximum`,
      expected: `less than ${c.exclusiveMaximum}`,
    };
  }
  const length = [...text].length;
  if (c.minLength !== undefined && length < c.minLength) {
    return {
      message: `${quote(text)} is too short`,
      expected: `at least ${c.minLength} characters`,
    };
  }
  if (c.maxLength !== undefined && length > c.maxLength) {
    return { message: `${quote(text)} is too long`, expected: `at most ${c.maxLength} characters` };
  }
  if (field.format === 'uri') {
    try {
      new URL(text); // no base: a relative reference such as /page or //host throws
    } catch {
      return {
        message: `${quote(text)} is not an absolute URL`,
        expected: 'an address such as https://example.org/page',
      };
    }
  }
  return undefined;
}

/** A column name as it appears in messages: bare when plain, quoted when odd. */
const columnLabel = (name: string) => (/^[\w.-]+$/.test(name) ? name : quote(name));

/**
 * Header against the descriptor. Columns must appear in the descriptor's order: the Table
 * Schema spec ties fields to columns by position, and one fixed order keeps diffs of the
 * ledger readable. (Rows are still read by name, so one misplaced column is one message.)
 */
function checkHeader(resource: ResourceSchema, file: string, header: CsvRecord): Problem[] {
  const problems: Problem[] = [];
  const expectedNames = resource.fields.map((f) => f.name);
  const known = new Set(expectedNames);
  const firstAt = new Map<string, CsvCell>();
  for (const cell of header.cells) {
    const earlier = firstAt.get(cell.value);
    if (earlier) {
      problems.push(
        problemAt(
          { file, ...cell },
          columnLabel(cell.value),
          `column appears twice (first at column ${earlier.column})`,
          'each column once',
        ),
      );
    } else {
      firstAt.set(cell.value, cell);
    }
    if (!known.has(cell.value)) {
      problems.push(
        problemAt(
          { file, ...cell },
          columnLabel(cell.value),
          'unexpected column',
          `only the columns of the descriptor: ${listOf(expectedNames, 40)}`,
        ),
      );
    }
  }
  expectedNames.forEach((name, i) => {
    if (firstAt.has(name)) return;
    // Point at the column now standing where this one belongs (or just past the last one).
    const later = expectedNames
      .slice(i + 1)
      .map((n) => firstAt.get(n))
      .find((c) => c !== undefined);
    const where = later ?? header.end;
    const after = i > 0 ? `after ${expectedNames[i - 1]}` : 'first';
    problems.push(
      problemAt(
        { file, line: where.line, column: where.column },
        name,
        'column is missing',
        `a column ${name} ${after}, as in the descriptor`,
      ),
    );
  });
  const presentInOrder = expectedNames.filter((n) => firstAt.has(n));
  const presentAsWritten = [...firstAt.keys()].filter((n) => known.has(n));
  const misplaced = presentAsWritten.findIndex((n, i) => n !== presentInOrder[i]);
  if (misplaced !== -1) {
    const name = presentAsWritten[misplaced] ?? '';
    const cell = firstAt.get(name);
    if (cell) {
      problems.push(
        problemAt(
          { file, ...cell },
          name,
          'column out of order',
          `the descriptor's order: ${listOf(expectedNames, 40)}`,
        ),
      );
    }
  }
  return problems;
}

/** Check one table's records (header first) against its resource schema. */
export function checkTable(
  resource: ResourceSchema,
  file: string,
  records: CsvRecord[],
): CheckedTable {
  const problems: Problem[] = [];
  const invalid = new Set<CsvCell>();
  const rows: Row[] = [];
  const [header, ...body] = records;
  if (!header) {
    problems.push(
      problemAt(
        { file, line: 1, column: 1 },
        '(header)',
        'file is empty',
        `a header row: ${listOf(
          resource.fields.map((f) => f.name),
          40,
        )}`,
      ),
    );
    return { resource, file, rows, invalid, problems };
  }
  appendProblems(problems, checkHeader(resource, file, header));

  const fieldsByName = new Map(resource.fields.map((f) => [f.name, f]));
  const columns: (FieldSchema | undefined)[] = [];
  const seen = new Set<string>();
  for (const cell of header.cells) {
    columns.push(seen.has(cell.value) ? undefined : fieldsByName.get(cell.value));
    seen.add(cell.value);
  }
  const width = header.cells.length;
  const missingValues = new Set(resource.missingValues);
  const keyFields = new Set(resource.primaryKey);

  for (const record of body) {
    if (record.cells.length === 1 && record.cells[0]?.value === '' && width > 1) {
      problems.push(
        problemAt(
          { file, line: record.line, column: 1 },
          '(row)',
          'blank line',
          `a row of ${width} fields; no blank lines, even at the end of the file`,
        ),
      );
      continue;
    }
    if (record.cells.length !== width) {
      const extra = record.cells[width];
      const where = extra ?? record.end;
      problems.push(
        problemAt(
          { file, line: where.line, column: where.column },
          '(row)',
          `row has ${record.cells.length} field${record.cells.length === 1 ? '' : 's'}, the header has ${width}${extra ? '; the first extra field starts here' : '; the row ends here'}`,
          `${width} fields: a value holding a comma, a quote or a line break goes in quotes; the row's cells were not checked`,
        ),
      );
      continue;
    }
    const cells = new Map<string, CsvCell>();
    record.cells.forEach((cell, i) => {
      const field = columns[i];
      if (field) cells.set(field.name, cell);
    });
    rows.push({ line: record.line, cells });

    for (const [name, cell] of cells) {
      const field = fieldsByName.get(name);
      if (!field) continue;
      const at = { file, line: cell.line, column: cell.column };
      if (missingValues.has(cell.value)) {
        if (field.constraints.required || keyFields.has(name)) {
          invalid.add(cell);
          const why = keyFields.has(name) ? 'part of the primary key' : 'this column is required';
          problems.push(problemAt(at, name, 'is empty', `a value: ${why}`));
        }
        continue;
      }
      const error = typeError(field, cell.value) ?? constraintError(field, cell.value);
      if (error) {
        invalid.add(cell);
        problems.push(problemAt(at, name, error.message, error.expected));
      }
    }
  }
  appendProblems(problems, checkUnique(resource, file, rows, missingValues));
  return { resource, file, rows, invalid, problems };
}

/** Unique fields and the primary key: a repeated value is reported with its first line. */
function checkUnique(
  resource: ResourceSchema,
  file: string,
  rows: Row[],
  missingValues: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const keys: { fields: string[]; what: string }[] = resource.fields
    .filter((f) => f.constraints.unique)
    .map((f) => ({ fields: [f.name], what: 'unique' }));
  const pk = resource.primaryKey;
  if (pk.length > 0) {
    const same = keys.find((k) => k.fields.join('\u0000') === pk.join('\u0000'));
    if (same) same.what = 'the primary key';
    else keys.push({ fields: pk, what: 'the primary key' });
  }
  for (const key of keys) {
    const first = new Map<string, number>();
    for (const row of rows) {
      const cells = key.fields.map((n) => row.cells.get(n));
      if (cells.some((c) => c === undefined || missingValues.has(c.value))) continue;
      const values = cells.map((c) => c?.value ?? '');
      const id = JSON.stringify(values);
      const earlier = first.get(id);
      const cell = cells[0];
      if (earlier === undefined) first.set(id, row.line);
      else if (cell) {
        const shown =
          values.length === 1
            ? quote(values[0] ?? '')
            : `(${values.map((v) => quote(v)).join(', ')})`;
        problems.push(
          problemAt(
            { file, line: cell.line, column: cell.column },
            key.fields.join('+'),
            `duplicate ${key.fields.join(', ')} ${shown}: first on line ${earlier}`,
            `a value no other row has: ${key.fields.join(', ')} is ${key.what}`,
          ),
        );
      }
    }
  }
  return problems;
}
