import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runEngine } from '../../src/lib/analysis/analyse.ts';
import { memberReason } from '../../src/lib/analysis/groups.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { resolveRules } from '../../src/lib/analysis/rules.ts';
import { claim, REAL } from './fixtures.ts';
import { claimArb, ledgerArb } from './arbitraries.ts';

const ids = (claims: readonly ClaimInput[], rules = {}) =>
  runEngine(claims, rules).groups.map((g) => g.id);

const membership = (claims: readonly ClaimInput[]) =>
  Object.fromEntries(
    runEngine(claims).groups.map((g) => [
      g.id,
      g.statements.flatMap((s) => s.claims.map((c) => c.claim_id)).sort(),
    ]),
  );

describe('groups: which claims are compared', () => {
  it('names a group by measure, counted party and month: military_deaths-armenia-2020-10', () => {
    expect(ids([REAL.armenian104, REAL.armenian1900])).toEqual(['military_deaths-armenia-2020-10']);
  });

  it.each([
    ['as-of dates 3 days apart share a group', ['2020-10-02', '2020-10-05'], 1],
    ['as-of dates 4 days apart do not', ['2020-10-01', '2020-10-05'], 2],
  ])('%s (window: 3 days)', (_n, dates, groups) => {
    expect(ids(dates.map((as_of) => claim({ as_of })))).toHaveLength(groups);
  });

  it('never compares a subset with the whole or with another subset, and names each in its id', () => {
    // As in data/claims.csv: 60 air-defence systems (wiki20-az-claims-am-air-defence-destroyed-60)
    // of which 4 S-300s and 25 Osas, all by 7 October 2020 in one article.
    const day = { measure: 'equipment_destroyed', unit: 'air_defence', as_of: '2020-10-07' };
    const claims = [
      claim({ ...day, value: 60 }),
      claim({ ...day, value: 4, subset: 'S-300 systems' }),
      claim({ ...day, value: 25, subset: '9K33 Osa systems' }),
    ];
    const result = runEngine(claims);
    expect(result.groups.map((g) => g.id).sort()).toEqual([
      'equipment_destroyed-armenia-2020-10',
      'equipment_destroyed-armenia-9k33-osa-systems-2020-10',
      'equipment_destroyed-armenia-s-300-systems-2020-10',
    ]);
    expect(result.groups.every((g) => g.statements.length === 1)).toBe(true);
    // Without the subsets the same three figures read as one claimant changing its figure.
    const whole = runEngine(claims.map((c) => ({ ...c, subset: null })));
    expect(whole.groups).toHaveLength(1);
    expect(whole.verdicts[0]?.verdict).not.toBe('single_source');
  });

  it('makes the window configurable', () => {
    expect(
      ids([claim({ as_of: '2020-10-01' }), claim({ as_of: '2020-10-05' })], { asOfWindowDays: 7 }),
    ).toHaveLength(1);
    expect(resolveRules().asOfWindowDays).toBe(3);
  });

  it('refines labels to days when two groups of one measure would share a month', () => {
    expect(ids([claim({ as_of: '2020-10-01' }), claim({ as_of: '2020-10-20' })])).toEqual([
      'military_deaths-armenia-2020-10-01',
      'military_deaths-armenia-2020-10-20',
    ]);
  });

  it('groups overlapping periods, not adjacent ones', () => {
    const window = (period_start: string, period_end: string) =>
      claim({ as_of: null, period_start, period_end });
    expect(ids([window('2015', '2019'), window('2017', '2019')])).toEqual([
      'military_deaths-armenia-2015-2019',
    ]);
    expect(ids([window('2010', '2014'), window('2015', '2019')])).toEqual([
      'military_deaths-armenia-2010-2014',
      'military_deaths-armenia-2015-2019',
    ]);
  });

  it('compares measures of one family (ap20-israel-armaments-share-60, ap23-israel-arsenal-share-70)', () => {
    const share = { counted: 'israel_to_azerbaijan', unit: 'percent' };
    expect(
      ids([
        claim({ ...share, measure: 'arms_stock_share', value: 60, as_of: '2020-10-01' }),
        claim({
          ...share,
          measure: 'arms_import_share',
          value: 70,
          as_of: null,
          period_start: '2016',
          period_end: '2020',
        }),
      ]),
    ).toEqual(['arms_share-israel_to_azerbaijan-2016-2020']);
  });

  it('never compares different counted parties or unrelated measures', () => {
    expect(
      ids([
        claim({ counted: 'armenia' }),
        claim({ counted: 'azerbaijan' }),
        claim({ measure: 'civilian_deaths' }),
      ]),
    ).toHaveLength(3);
  });

  it('says why each member is in its group', () => {
    const r = runEngine([REAL.armenian104, REAL.armenian1900]);
    const g = r.groups[0]!;
    const [a, b] = g.statements;
    expect(memberReason(a!.rep, a!, g)).toBe(
      'military_deaths of armenia; as of 2020-10-02; overlaps as of 2020-10-02 (asianews-armenian-soldiers-1900)',
    );
    expect(memberReason(b!.rep, b!, g)).toMatch(
      /overlaps as of 2020-10-02 \(asianews-armenian-soldiers-104\)/,
    );
    const alone = runEngine([REAL.armenian104]).groups[0]!;
    expect(memberReason(alone.statements[0]!.rep, alone.statements[0]!, alone)).toMatch(
      /the only statement/,
    );
  });

  it('keeps group ids and members when unrelated claims are added (property)', () => {
    const unrelated = claimArb.map((c) => ({
      ...c,
      measure: 'civilian_deaths',
      counted: 'both_sides',
    }));
    fc.assert(
      fc.property(ledgerArb(), fc.array(unrelated, { maxLength: 10 }), (claims, extra) => {
        const before = membership(claims);
        const added = extra.map((c, i): ClaimInput => ({ claim_id: `x${i}`, ...c }));
        const after = membership([...added, ...claims]);
        for (const [id, members] of Object.entries(before)) expect(after[id]).toEqual(members);
      }),
      { numRuns: 80 },
    );
  });
});
