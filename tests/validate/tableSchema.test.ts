import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/lib/validate/tableSchema.ts';
import { edit, expectProblems, validateEdited } from './helpers.ts';

/** Drop a column from a file without quoted commas (the fixture's events.csv). */
const dropColumn = (name: string) => (text: string) => {
  const lines = text.split('\n');
  const index = lines[0]?.split(',').indexOf(name) ?? -1;
  expect(index).toBeGreaterThan(-1);
  return lines
    .map((l) =>
      l === ''
        ? l
        : l
            .split(',')
            .filter((_, i) => i !== index)
            .join(','),
    )
    .join('\n');
};
/** Swap two columns, header and rows alike. */
const swapColumns = (a: string, b: string) => (text: string) => {
  const lines = text.split('\n');
  const header = lines[0]?.split(',') ?? [];
  const [i, j] = [header.indexOf(a), header.indexOf(b)];
  return lines
    .map((l) => {
      if (l === '') return l;
      const cells = l.split(',');
      [cells[i], cells[j]] = [cells[j] ?? '', cells[i] ?? ''];
      return cells.join(',');
    })
    .join('\n');
};

describe('header against the descriptor', () => {
  it('rejects a missing column, at the column now standing in its place', () => {
    const result = validateEdited('events.csv', dropColumn('category'));
    expectProblems(result, ['data/events.csv:1:41 category'], /column is missing/);
    expect(result.problems[0]?.expected).toBe(
      'a column category after date_basis, as in the descriptor',
    );
  });

  it('rejects an unexpected column', () => {
    const result = validateEdited('events.csv', (t) =>
      t
        .split('\n')
        .map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'extra' : 'x'}`))
        .join('\n'),
    );
    expectProblems(result, ['data/events.csv:1:81 extra'], /unexpected column/);
  });

  it("rejects columns out of the descriptor's order (an error: one fixed order keeps diffs readable)", () => {
    const result = validateEdited('events.csv', swapColumns('category', 'title'));
    expectProblems(result, ['data/events.csv:1:41 title'], /column out of order/);
    expect(result.problems[0]?.expected).toMatch(/^the descriptor's order: event_id, date, /);
  });

  it('rejects a column named twice, and names the one that is then missing', () => {
    const result = validateEdited('events.csv', (t) =>
      edit(t, 'paragraph,note\n', 'paragraph,title\n'),
    );
    expectProblems(result, ['data/events.csv:1:76 title', 'data/events.csv:1:81 note']);
    expect(result.problems[0]?.message).toBe('column appears twice (first at column 50)');
  });
});

describe('rows and types', () => {
  it('rejects a row with too many fields, at the first extra field', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, ',2020-10-02,inferred,,,\n', ',2020-10-02,inferred,,,,extra\n'),
    );
    expectProblems(result, ['data/claims.csv:3:154 (row)'], /row has 23 fields, the header has 22/);
  });

  it('rejects a row with too few fields, where the row ends', () => {
    const result = validateEdited('events.csv', (t) => edit(t, 'beta-2023,4,\n', 'beta-2023,4\n'));
    expectProblems(result, ['data/events.csv:4:82 (row)'], /row has 8 fields, the header has 9/);
  });

  it('rejects a blank line between rows', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, ',stated,,,\nalpha-deaths', ',stated,,,\n\nalpha-deaths'),
    );
    expectProblems(result, ['data/claims.csv:3:1 (row)'], /blank line/);
  });

  it.each([
    ['a thousands separator', '"1,900"'],
    ['a unit letter', '1900p'],
    ['an exponent', '1.9e3'],
    ['a leading space', '" 1900"'],
  ])('rejects a number written with %s', (_, cell) => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, ',"1,900",1900,people', `,"1,900",${cell},people`),
    );
    expectProblems(result, ['data/claims.csv:3:40 value'], /is not a number in plain form/);
  });

  it('rejects "375m" as a value', () => {
    const result = validateEdited('claims.csv', (t) => edit(t, ',375000000,USD', ',375m,USD'));
    expectProblems(result, ['data/claims.csv:2:45 value'], /"375m" is not a number in plain form/);
  });

  it('rejects an integer column holding a fraction', () => {
    const result = validateEdited('events.csv', (t) => edit(t, 'alpha-2020,2,', 'alpha-2020,2.5,'));
    expectProblems(result, ['data/events.csv:2:66 paragraph'], /"2.5" is not an integer/);
  });

  it('rejects a date-typed cell that is not YYYY-MM-DD', () => {
    const result = validateEdited('sources.csv', (t) => edit(t, ',2020-10-02,', ',2 Oct 2020,'));
    expectProblems(result, ['data/sources.csv:2:54 published'], /"2 Oct 2020" is not a date/);
  });

  it('rejects an impossible calendar date in a date-typed cell', () => {
    const result = validateEdited('sources.csv', (t) => edit(t, ',2020-10-02,', ',2020-02-30,'));
    expectProblems(
      result,
      ['data/sources.csv:2:54 published'],
      /"2020-02-30" is not a real calendar date/,
    );
  });

  it('reads plain numbers only', () => {
    expect([readNumber('1900'), readNumber('-0.5'), readNumber('0')]).toEqual([1900, -0.5, 0]);
    for (const bad of [
      '1,900',
      '375m',
      '1e9',
      '+5',
      '.5',
      '5.',
      '007',
      'NaN',
      'Infinity',
      '',
      ' 5',
    ]) {
      expect(readNumber(bad), bad).toBeUndefined();
    }
    expect(readNumber('3', 'integer')).toBe(3);
    expect(readNumber('3.0', 'integer')).toBeUndefined();
    expect(readNumber('9007199254740993', 'integer')).toBeUndefined();
  });
});

describe('constraints', () => {
  it('rejects an empty required field', () => {
    const result = validateEdited('claims.csv', (t) => edit(t, 'Invented Institute', ''));
    expectProblems(result, ['data/claims.csv:2:124 claimant'], /is empty/);
  });

  it('rejects an unknown vocabulary value and lists the allowed ones', () => {
    const result = validateEdited('claims.csv', (t) => edit(t, ',1900,people,', ',1900,persons,'));
    expectProblems(result, ['data/claims.csv:3:45 unit'], /"persons" is not an allowed value/);
    expect(result.problems[0]?.expected).toBe(
      'one of: USD, EUR, percent, people, km2, sq_mi, days, hours, years, aircraft, helicopters, drones, armour, tanks, armoured_vehicles, military_vehicles, artillery, air_defence, missile_launchers, installations, … (21 in all)',
    );
  });

  it('rejects an id that does not match its pattern', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, 'alpha-usd-375m,', 'Alpha_USD_375m,'),
    );
    expectProblems(result, ['data/claims.csv:2:1 claim_id'], /does not match the pattern/);
  });

  it('rejects a number below its minimum', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, 'at least 350,350,', 'at least 350,-350,'),
    );
    expectProblems(result, ['data/claims.csv:4:46 value'], /-350 is below the minimum/);
  });

  it('rejects a duplicate id, naming the line of the first', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, 'alpha-deaths-1900,', 'alpha-usd-375m,'),
    );
    expectProblems(
      result,
      ['data/claims.csv:3:1 claim_id'],
      /duplicate claim_id "alpha-usd-375m": first on line 2/,
    );
    expect(result.problems[0]?.expected).toMatch(/claim_id is the primary key/);
  });

  it('rejects a duplicate in a unique column that is not the key', () => {
    const result = validateEdited(
      'sources.csv',
      (t) => edit(t, '001_0000000000000002.txt', '000_0000000000000001.txt'),
      null,
    );
    expectProblems(result, ['data/sources.csv:3:61 archive_file'], /first on line 2/);
  });

  it('rejects a source_id that no source has (foreign key)', () => {
    const result = validateEdited('claims.csv', (t) =>
      edit(t, 'alpha-usd-375m,alpha-2020,', 'alpha-usd-375m,alpha-2021,'),
    );
    expectProblems(
      result,
      ['data/claims.csv:2:16 source_id'],
      /"alpha-2021" is not a source_id in data\/sources.csv/,
    );
    expect(result.problems[0]?.expected).toBe('one of: alpha-2020, beta-2023');
  });
});
