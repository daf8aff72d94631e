import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import {
  analyse,
  CHECK_COLUMNS,
  GROUP_COLUMNS,
  MEMBER_COLUMNS,
  UNKNOWN_COLUMNS,
  VERDICT_COLUMNS,
} from '../../src/lib/analysis/analyse.ts';
import { annotateClaims } from '../../src/lib/analysis/annotateClaims.ts';
import { claim, claimsTable, REAL } from './fixtures.ts';

type Obj = Record<string, unknown>;

describe('analyse: Arquero tables out', () => {
  const t = analyse(claimsTable([REAL.armenian104, REAL.armenian1900]));

  it('returns the five tables with their documented columns', () => {
    expect(t.members.columnNames()).toEqual([...MEMBER_COLUMNS]);
    expect(t.groups.columnNames()).toEqual([...GROUP_COLUMNS]);
    expect(t.verdicts.columnNames()).toEqual([...VERDICT_COLUMNS]);
    expect(t.checks.columnNames()).toEqual([...CHECK_COLUMNS]);
    expect(t.unknown.columnNames()).toEqual([...UNKNOWN_COLUMNS]);
  });

  it('gives every member its claim id, group id, verdict and side of the dispute', () => {
    expect(
      t.members.select('claim_id', 'group_id', 'verdict', 'side_in_dispute').objects(),
    ).toEqual([
      {
        claim_id: 'asianews-armenian-soldiers-104',
        group_id: 'military_deaths-armenia-2020-10',
        verdict: 'contradict',
        side_in_dispute: 'low',
      },
      {
        claim_id: 'asianews-armenian-soldiers-1900',
        group_id: 'military_deaths-armenia-2020-10',
        verdict: 'contradict',
        side_in_dispute: 'high',
      },
    ]);
    expect(t.members.objects()[1]).toMatchObject({
      lo: 1850,
      hi: 1950,
      center: 1900,
      lens: 'adversary',
    });
  });

  it('is deterministic', () => {
    const again = analyse(claimsTable([REAL.armenian1900, REAL.armenian104]));
    for (const key of ['members', 'groups', 'verdicts', 'checks', 'unknown'] as const) {
      expect(again[key].objects()).toEqual(t[key].objects());
    }
  });

  it('reads a claims table that was not joined to its sources', () => {
    const bare = claimsTable([REAL.armenian104]).select(aq.not('publisher', 'published'));
    expect(analyse(bare).members.numRows()).toBe(1);
  });
});

describe('claims the engine cannot compare are reported, never dropped', () => {
  it.each([
    ['an unknown unit', { unit: 'GBP' }, /unknown unit "GBP"/],
    ['an unknown measure', { measure: 'morale' }, /unknown measure "morale"/],
    ['an unknown qualifier', { qualifier: 'roughly' }, /unknown qualifier/],
    [
      'a vague word with no range',
      { qualifier: 'vague', figure_text: 'umpteen', low: null, high: null },
      /no documented range/,
    ],
    ['an unreadable date', { as_of: '2020-02-30' }, /unreadable as-of date/],
  ])('%s', (_n, change, problem) => {
    const bad = claim({ claim_id: 'bad', ...change });
    const t = analyse(claimsTable([bad, REAL.armenian104]));
    expect(t.unknown.objects()).toEqual([
      expect.objectContaining({ claim_id: 'bad', problem: expect.stringMatching(problem) }),
    ]);
    expect(t.members.array('claim_id')).toEqual(['asianews-armenian-soldiers-104']);
  });

  it('and keep a row in the annotated claims, with no group', () => {
    const table = claimsTable([claim({ claim_id: 'bad', unit: 'GBP', value: 7 })]);
    const row = annotateClaims(table, analyse(table)).objects()[0] as Obj;
    expect(row).toMatchObject({
      claim_id: 'bad',
      group_id: null,
      verdict: null,
      lens: 'third_party',
      center: 7,
    });
  });
});
