/**
 * The `revises` column: a later figure names the same claimant's earlier figure for the same
 * quantity and moment that it replaces. Two invented rows are appended to the fixture ledger
 * (lines 11 and 12); provenance is not checked (they cite no archived text).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validate/problem.ts';
import { expectProblems, fixtureFiles, validate } from './helpers.ts';

const HEADER =
  'claim_id,source_id,paragraph,figure_text,value,unit,qualifier,low,high,measure,counted,subset,' +
  'claimant,claimant_side,hedge,period_start,period_end,as_of,time_basis,origin,revises,note';
const COLUMNS = HEADER.split(',');

type Row = Record<string, string>;

const base = (o: Row = {}): Row => ({
  claim_id: 'gamma-deaths-10-initial',
  source_id: 'alpha-2020',
  paragraph: '3',
  figure_text: '10',
  value: '10',
  unit: 'people',
  qualifier: 'exact',
  low: '10',
  high: '10',
  measure: 'military_deaths',
  counted: 'armenia',
  subset: '',
  claimant: 'Invented ministry',
  claimant_side: 'azerbaijan',
  hedge: 'stated',
  period_start: '',
  period_end: '',
  as_of: '2020-10-02',
  time_basis: 'inferred',
  origin: '',
  revises: '',
  note: '',
  ...o,
});

const line = (r: Row) => COLUMNS.map((c) => r[c] ?? '').join(',');
/** 1-based column where the row's `revises` cell starts (no cell here holds a comma). */
const revisesColumn = (r: Row) =>
  COLUMNS.slice(0, COLUMNS.indexOf('revises'))
    .map((c) => (r[c] ?? '').length + 1)
    .reduce((a, b) => a + b, 1);

const EARLIER = base();
const later = (o: Row = {}) =>
  base({
    claim_id: 'gamma-deaths-36',
    figure_text: '36',
    value: '36',
    low: '36',
    high: '36',
    revises: 'gamma-deaths-10-initial',
    ...o,
  });

/** The fixture ledger with two rows appended, validated without the archive. */
function withRows(
  first: Row,
  second: Row,
  change: (files: Record<string, string>) => void = () => {},
) {
  const files = fixtureFiles() as Record<string, string>;
  const text = files['claims.csv'] as string;
  expect(text.startsWith(`${HEADER}\n`)).toBe(true);
  files['claims.csv'] = `${text}${line(first)}\n${line(second)}\n`;
  change(files);
  return validate(files, null);
}

const at = (lineNo: number, r: Row) => `data/claims.csv:${lineNo}:${revisesColumn(r)} revises`;

describe('revises', () => {
  it('accepts a later figure naming the earlier one it replaces', () => {
    expect(withRows(EARLIER, later()).problems.map(formatProblem)).toEqual([]);
  });

  it('rejects an id that is no claim (the foreign key), at the cell', () => {
    const row = later({ revises: 'gamma-nowhere' });
    const result = withRows(EARLIER, row);
    expectProblems(
      result,
      [at(12, row)],
      /^"gamma-nowhere" is not a claim_id in data\/claims.csv$/,
    );
  });

  it('rejects an unknown id even when a descriptor does not declare the foreign key', () => {
    const row = later({ revises: 'gamma-nowhere' });
    const result = withRows(EARLIER, row, (files) => {
      const d = JSON.parse(files['datapackage.json'] as string);
      const claims = d.resources.find((r: { name: string }) => r.name === 'claims');
      claims.schema.foreignKeys = claims.schema.foreignKeys.filter(
        (fk: { fields: string[] }) => fk.fields[0] !== 'revises',
      );
      files['datapackage.json'] = JSON.stringify(d);
    });
    expectProblems(
      result,
      [at(12, row)],
      /^"gamma-nowhere" is not a claim_id in data\/claims.csv$/,
    );
  });

  it('rejects a claim naming itself', () => {
    const row = later({ revises: 'gamma-deaths-36' });
    expectProblems(
      withRows(EARLIER, row),
      [at(12, row)],
      /^"gamma-deaths-36" is this claim's own id$/,
    );
  });

  it('rejects a cycle once, at its first row, naming the chain', () => {
    const first = base({ revises: 'gamma-deaths-36' });
    const result = withRows(first, later());
    expectProblems(
      result,
      [at(11, first)],
      /^links form a cycle: gamma-deaths-10-initial → gamma-deaths-36 → gamma-deaths-10-initial$/,
    );
  });

  it.each([
    ['another claimant', { claimant: 'Another ministry' }],
    ['another side', { claimant_side: 'armenia' }],
  ])('rejects a figure by %s', (_, o) => {
    const row = later(o);
    expectProblems(
      withRows(EARLIER, row),
      [at(12, row)],
      /^names claim "gamma-deaths-10-initial" \(line 11\), by "Invented ministry" \(azerbaijan\), but this figure is by/,
    );
  });

  it('accepts the same claimant spelt with other case or spacing', () => {
    expect(withRows(EARLIER, later({ claimant: 'Invented  Ministry' })).problems).toEqual([]);
  });

  it.each([
    [
      'measure',
      { measure: 'total_deaths' },
      /whose measure is "military_deaths", but this figure's is "total_deaths"/,
    ],
    [
      'counted',
      { counted: 'both_sides' },
      /whose counted is "armenia", but this figure's is "both_sides"/,
    ],
    ['subset', { subset: 'officers' }, /whose subset is empty, but this figure's is "officers"/],
    [
      'as_of',
      { as_of: '2020-10-03' },
      /whose as_of is "2020-10-02", but this figure's is "2020-10-03"/,
    ],
  ])('rejects another %s', (_, o, message) => {
    const row = later(o);
    expectProblems(withRows(EARLIER, row), [at(12, row)], message);
  });

  it('rejects another unit family (the unit is also wrong for the measure, and said so)', () => {
    const row = later({ unit: 'tanks' });
    const result = withRows(EARLIER, row);
    const unitColumn = 1 + COLUMNS.slice(0, 5).reduce((n, c) => n + (row[c] ?? '').length + 1, 0);
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}`)).toEqual([
      `data/claims.csv:12:${unitColumn} unit`,
      at(12, row),
    ]);
    expect(result.problems[1]?.message).toMatch(
      /counted in people \(people\), but this figure is in equipment \(tanks\)$/,
    );
  });

  it('rejects naming a figure printed after this one', () => {
    const earlier = base({ source_id: 'beta-2023', counted: 'armenia' });
    const result = withRows(earlier, later());
    expectProblems(
      result,
      [at(12, later())],
      /printed on 2023-10-05, after this figure's article \(2020-10-02\)$/,
    );
  });

  it('prints every problem as file:line:column field message (expected …)', () => {
    const row = later({ revises: 'gamma-deaths-36' });
    expect(withRows(EARLIER, row).problems.map(formatProblem)).toEqual([
      `${at(12, row)} "gamma-deaths-36" is this claim's own id (expected the claim_id of the earlier figure this one replaces, or empty)`,
    ]);
  });
});
