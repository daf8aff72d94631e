/**
 * The ledger's own rules: what data/README.md promises beyond what a Table Schema can say.
 * Every rule lives in this file, each with the reason it exists. Cells the Table Schema step
 * already rejected are skipped, so a malformed cell is reported once (the URL rule runs
 * regardless: it guards what the dashboard renders as a link).
 */
import { parsePartialDate, type PartialDate } from '../data/partialDate.ts';
import { COUNTED, HEDGES, MEASURES, QUALIFIERS, SIDES, UNITS } from '../data/types.ts';
import type { Qualifier } from '../data/types.ts';
import { MULTIPLIERS, SCALES, findVague } from '../vocabulary/vagueWords.ts';
import { measureEntry, unitEntry } from '../vocabulary/vocabulary.ts';
import { forbiddenChars, placeInCell } from './cellCharacters.ts';
import type { CsvCell } from './csvRecords.ts';
import type { Descriptor } from './descriptor.ts';
import { appendProblems, listOf, problemAt, quote, type Problem } from './problem.ts';
import { readNumber, type CheckedTable, type Row } from './tableSchema.ts';

/** One row of one table, with the accessors the rules need. */
class RowView {
  readonly problems: Problem[] = [];
  constructor(
    private readonly table: CheckedTable,
    private readonly row: Row,
  ) {}

  cell(name: string): CsvCell | undefined {
    return this.row.cells.get(name);
  }
  /** Text of a cell the schema accepted; undefined when the cell is absent or rejected. */
  text(name: string): string | undefined {
    const cell = this.cell(name);
    return cell && !this.table.invalid.has(cell) ? cell.value : undefined;
  }
  /** A number cell's value; undefined when empty, absent or rejected. */
  num(name: string): number | undefined {
    const text = this.text(name);
    return text ? readNumber(text) : undefined;
  }
  report(name: string, message: string, expected: string): void {
    const cell = this.cell(name);
    if (cell)
      this.problems.push(problemAt({ file: this.table.file, ...cell }, name, message, expected));
  }
}

// ---------------------------------------------------------------------------------------------
// Qualifiers: how the wording bounds the true value (data/README.md, "Qualifiers and the bounds
// they imply"). `value` means the bound equals the value; `valueOrEmpty` allows leaving it out.

type Bound = 'value' | 'valueOrEmpty' | 'empty' | 'present' | 'zeroOrEmpty';

const QUALIFIER_BOUNDS: Record<Qualifier, { low: Bound; high: Bound; why: string }> = {
  exact: { low: 'valueOrEmpty', high: 'valueOrEmpty', why: 'a plain figure bounds itself' },
  at_least: { low: 'value', high: 'empty', why: '"at least" sets a floor and leaves the top open' },
  more_than: {
    low: 'value',
    high: 'empty',
    why: '"more than" sets a floor and leaves the top open',
  },
  nearly: {
    low: 'empty',
    high: 'value',
    why: '"nearly" sets a ceiling and leaves the bottom open',
  },
  barely: {
    low: 'empty',
    high: 'value',
    why: '"barely" sets a ceiling it may reach and leaves the bottom open',
  },
  about: {
    low: 'empty',
    high: 'empty',
    why: '"about" is open both ways; the analysis applies a tolerance',
  },
  up_to: { low: 'zeroOrEmpty', high: 'value', why: '"up to" sets a ceiling; nothing below 0' },
  range: {
    low: 'value',
    high: 'present',
    why: 'a range runs from its first number (the value) to its last',
  },
  vague: {
    low: 'value',
    high: 'present',
    why: 'a vague word spans its documented range, from the value up',
  },
};

const BOUND_EXPECTED: Record<Bound, (value: string) => string> = {
  value: (v) => `the value, ${v}`,
  valueOrEmpty: (v) => `the value, ${v}, or empty`,
  empty: () => 'empty',
  present: () => 'a number',
  zeroOrEmpty: () => '0 or empty',
};

function checkQualifier(r: RowView): void {
  const qualifier = r.text('qualifier') as Qualifier | undefined;
  const rule = qualifier ? QUALIFIER_BOUNDS[qualifier] : undefined;
  const value = r.num('value');
  if (!rule || !qualifier) return;
  for (const side of ['low', 'high'] as const) {
    const want = rule[side];
    const cellText = r.text(side);
    if (cellText === undefined) continue; // absent or already rejected
    const n = r.num(side);
    const ok =
      want === 'empty'
        ? cellText === ''
        : want === 'present'
          ? cellText !== ''
          : want === 'zeroOrEmpty'
            ? cellText === '' || n === 0
            : value === undefined // cannot compare with a value that is itself wrong
              ? true
              : want === 'value'
                ? n === value
                : cellText === '' || n === value;
    if (!ok) {
      const now = cellText === '' ? 'is empty' : `is ${cellText}`;
      const wanted = BOUND_EXPECTED[want](String(value ?? 'value'));
      r.report(side, `${now} for qualifier ${qualifier}`, `${wanted}: ${rule.why}`);
    }
  }
}

// Vague words map to fixed ranges, conventions of this project declared in the vocabulary
// (vocabulary/vagueWords.ts) and read the same way by the extractor and the engine.
function checkVagueRange(r: RowView): void {
  if (r.text('qualifier') !== 'vague') return;
  const text = r.text('figure_text');
  if (text === undefined) return;
  const match = findVague(text);
  if (!match) {
    r.report(
      'figure_text',
      `vague figure ${quote(text)} has no documented range`,
      `a vague word of data/README.md (${Object.keys(SCALES).join(', ')}, ${Object.keys(MULTIPLIERS).join(', ')}, or a phrase they compose), or a new one in src/lib/vocabulary/vagueWords.ts`,
    );
    return;
  }
  const {
    phrase: word,
    range: [low, high],
  } = match;
  for (const [side, want] of [
    ['value', low],
    ['low', low],
    ['high', high],
  ] as const) {
    const n = r.num(side);
    if (n !== undefined && n !== want)
      r.report(
        side,
        `is ${n}, but "${word}" spans ${low}–${high}`,
        `${want}: the project's fixed range for "${word}"`,
      );
  }
}

/** low ≤ high, and the value inside its own bounds (when low > high, only that is said). */
function checkBounds(r: RowView): void {
  const [value, low, high] = [r.num('value'), r.num('low'), r.num('high')];
  if (low !== undefined && high !== undefined && low > high) {
    r.report('low', `is ${low}, above high ${high}`, 'low ≤ high');
    return;
  }
  if (value === undefined) return;
  if (low !== undefined && value < low) {
    r.report('value', `is ${value}, below low ${low}`, 'a value within [low, high]');
  }
  if (high !== undefined && value > high) {
    r.report('value', `is ${value}, above high ${high}`, 'a value within [low, high]');
  }
}

/** Percentages are percentage points; anything outside 0–100 is a slip (0.6 for 60 is not caught). */
function checkPercent(r: RowView): void {
  if (r.text('unit') !== 'percent') return;
  for (const side of ['value', 'low', 'high']) {
    const n = r.num(side);
    if (n !== undefined && (n < 0 || n > 100))
      r.report(side, `is ${n} percent`, 'a percentage from 0 to 100');
  }
}

/** A measure's figures are in one of its unit families: no tanks among deaths, no people among tanks. */
function checkMeasureUnit(r: RowView): void {
  const measure = measureEntry(r.text('measure') ?? '');
  const unit = unitEntry(r.text('unit') ?? '');
  if (!measure || !unit || measure.families.includes(unit.family)) return;
  r.report(
    'unit',
    `is ${r.text('unit')} (${unit.family}), but ${r.text('measure')} counts ${measure.families.join(' or ')}`,
    `a unit of the family ${measure.families.join(' or ')} (data/README.md, Units)`,
  );
}

// ---------------------------------------------------------------------------------------------
// Dates at the precision the text gives (src/lib/data/partialDate.ts).

const PARTIAL_DATE_FORM = /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/;

/** A partial date cell's meaning, reporting a malformed or impossible one. */
function partialDate(r: RowView, name: string): PartialDate | undefined {
  const text = r.text(name);
  if (!text) return undefined;
  if (!PARTIAL_DATE_FORM.test(text)) {
    r.report(name, `${quote(text)} is not a partial date`, 'YYYY, YYYY-MM or YYYY-MM-DD');
    return undefined;
  }
  const date = parsePartialDate(text);
  if (!date)
    r.report(
      name,
      `${quote(text)} is not a real calendar date`,
      'a month from 01 to 12 and a day that exists in it',
    );
  return date;
}

function checkClaimDates(r: RowView): void {
  const start = partialDate(r, 'period_start');
  const end = partialDate(r, 'period_end');
  partialDate(r, 'as_of');
  // Compare generously: the end's last possible day against the start's first possible day.
  if (start && end && end.latest < start.earliest) {
    r.report(
      'period_end',
      `${end.text} ends before period_start ${start.text} begins`,
      'a period_end on or after period_start',
    );
  }
}

function checkEventDate(r: RowView): void {
  const date = partialDate(r, 'date');
  const precision = r.text('date_precision');
  if (date && precision && precision !== date.precision) {
    r.report(
      'date_precision',
      `is ${precision}, but the date ${date.text} is written to the ${date.precision}`,
      `${date.precision}: the form of the date sets its precision`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Links: the dashboard renders source URLs as links, and Svelte writes href="javascript:..."
// as given (ENGINEERING.md). This rule runs even where the schema already rejected the cell.

function checkUrl(table: CheckedTable, row: Row, problems: Problem[]): void {
  const cell = row.cells.get('url');
  if (!cell || cell.value === '') return;
  let url: URL | undefined;
  try {
    url = new URL(cell.value); // no base: relative references throw
  } catch {
    url = undefined;
  }
  const ok =
    url !== undefined &&
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== '' &&
    /^https?:\/\//i.test(cell.value);
  if (!ok) {
    problems.push(
      problemAt(
        { file: table.file, ...cell },
        'url',
        `${quote(cell.value)} is not an absolute http(s) address`,
        'an address starting with http:// or https:// and a host name',
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Every cell of every table: no control, bidi or invisible characters (cellCharacters.ts), each
// reported where it sits, and no white space at either end (it breaks matching against the
// article and joins on ids). A cell with a forbidden character is not also told about its
// white space: a tab or a byte-order mark at the end would otherwise be reported twice.

function checkCellText(table: CheckedTable, row: Row, problems: Problem[]): void {
  for (const [name, cell] of row.cells) {
    if (table.invalid.has(cell)) continue;
    const found = forbiddenChars(cell.value);
    for (const { index, message, expected } of found) {
      const at = { file: table.file, ...placeInCell(cell, index) };
      problems.push(problemAt(at, name, message, expected));
    }
    if (found.length === 0 && cell.value !== cell.value.trim()) {
      problems.push(
        problemAt(
          { file: table.file, ...cell },
          name,
          `${quote(cell.value)} has white space at its start or end`,
          'the text without leading or trailing spaces',
        ),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------

/** Rules per table, in the order their messages are produced. */
const ROW_RULES: Record<string, ((r: RowView) => void)[]> = {
  claims: [
    checkQualifier,
    checkVagueRange,
    checkMeasureUnit,
    checkBounds,
    checkPercent,
    checkClaimDates,
  ],
  events: [checkEventDate],
  sources: [],
};

/** The columns the rules read: the descriptor must keep them, or the rules cannot run. */
export const RULE_FIELDS: Record<string, string[]> = {
  sources: ['source_id', 'url', 'archive_file'],
  claims: [
    'source_id',
    'paragraph',
    'figure_text',
    'value',
    'unit',
    'qualifier',
    'low',
    'high',
    'measure',
    'counted',
    'claimant_side',
    'hedge',
    'period_start',
    'period_end',
    'as_of',
  ],
  events: ['source_id', 'paragraph', 'date', 'date_precision'],
};

/** The descriptor's vocabularies must be the ones the code knows (src/lib/data/types.ts). */
const VOCABULARIES: Record<string, readonly string[]> = {
  unit: UNITS,
  qualifier: QUALIFIERS,
  measure: MEASURES,
  counted: COUNTED,
  claimant_side: SIDES,
  hedge: HEDGES,
};

/** Rules about the descriptor itself: the columns the rules read and the shared vocabularies. */
export function checkDescriptorRules(descriptor: Descriptor, file: string): Problem[] {
  const problems: Problem[] = [];
  const at = { file, line: 1, column: 1 };
  for (const [resourceName, fields] of Object.entries(RULE_FIELDS)) {
    const resource = descriptor.resources.find((r) => r.name === resourceName);
    if (!resource) {
      problems.push(
        problemAt(
          at,
          resourceName,
          'resource is missing from the descriptor',
          'the resources sources, claims and events',
        ),
      );
      continue;
    }
    for (const name of fields) {
      if (!resource.fields.some((f) => f.name === name)) {
        problems.push(
          problemAt(
            at,
            `${resourceName}.${name}`,
            'field is missing from the descriptor, so the ledger rules cannot check it',
            `a field ${name} in ${resourceName}`,
          ),
        );
      }
    }
  }
  const claims = descriptor.resources.find((r) => r.name === 'claims');
  for (const [name, known] of Object.entries(VOCABULARIES)) {
    const field = claims?.fields.find((f) => f.name === name);
    const listed = field?.constraints.enum?.map(String);
    if (field && JSON.stringify(listed) !== JSON.stringify(known)) {
      problems.push(
        problemAt(
          at,
          `claims.${name}`,
          `enum ${listOf(listed ?? ['(none)'])} differs from the code's vocabulary`,
          `the values of src/lib/data/types.ts, in order: ${listOf([...known])}`,
        ),
      );
    }
  }
  return problems;
}

/** Apply every rule to every row of the checked tables. */
export function checkLedgerRules(tables: readonly CheckedTable[]): Problem[] {
  const problems: Problem[] = [];
  for (const table of tables) {
    const rules = ROW_RULES[table.resource.name] ?? [];
    for (const row of table.rows) {
      checkCellText(table, row, problems);
      if (table.resource.name === 'sources') checkUrl(table, row, problems);
      const view = new RowView(table, row);
      for (const rule of rules) rule(view);
      appendProblems(problems, view.problems);
    }
  }
  return problems;
}
