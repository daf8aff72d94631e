/**
 * Independent origins: a wire story or an institute's figure reprinted by several outlets is one
 * voice, not corroboration (issue 13, point 1). Fixtures are shaped on jpost-deaths-hundreds,
 * whose paragraph is Reuters' copy of 5 October 2020, and on the AP story behind ap-2023-10-05;
 * the other outlets are made up.
 */
import { describe, expect, it } from 'vitest';
import { engineTables, runEngine } from '../../src/lib/analysis/analyse.ts';
import { originOf, reachPhrase } from '../../src/lib/analysis/origins.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { claim } from './fixtures.ts';

/** "Hundreds" dead on both sides, in the outlet's own voice, copied from Reuters' story. */
const reutersCopy = (source_id: string, publisher: string, o: Partial<ClaimInput> = {}) =>
  claim({
    source_id,
    publisher,
    published: '2020-10-05',
    claimant: publisher,
    claimant_side: 'press',
    measure: 'total_deaths',
    counted: 'both_sides',
    figure_text: 'Hundreds',
    value: 200,
    qualifier: 'vague',
    low: 200,
    high: 999,
    as_of: '2020-10-05',
    origin: 'reuters-2020-10-05',
    ...o,
  });

/** The same words from an outlet's own reporting (asianews-deaths-hundreds, dated to match). */
const ownReport = reutersCopy('asianews', 'AsiaNews', { figure_text: 'hundreds', origin: null });

const groupsOf = (claims: ClaimInput[]) => engineTables(runEngine(claims)).groups.objects();

describe('independent origins', () => {
  it('a second outlet reprinting the same Reuters sentence is one voice, not two that agree', () => {
    const r = runEngine([
      reutersCopy('jpost', 'The Jerusalem Post'),
      reutersCopy('daily', 'Example Daily'),
    ]);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['single_source']);
    expect(r.explanations[0]).toMatch(
      /^Only Reuters gives a figure for deaths on both sides .*; reported by 2 outlets from one Reuters story \(5 October 2020\)\.$/,
    );
    expect(groupsOf([reutersCopy('a', 'A'), reutersCopy('b', 'B')])[0]).toMatchObject({
      n_claimants: 1,
      n_origins: 1,
      n_articles: 2,
    });
  });

  it("a group's count of independent claimants does not grow when a reprint is added", () => {
    const two = [reutersCopy('jpost', 'The Jerusalem Post'), ownReport];
    const three = [...two, reutersCopy('daily', 'Example Daily')];
    expect(groupsOf(two)[0]).toMatchObject({ n_claimants: 2, n_origins: 2, n_articles: 2 });
    expect(groupsOf(three)[0]).toMatchObject({ n_claimants: 2, n_origins: 2, n_articles: 3 });
  });

  it('unnamed officials in two reprints of one AP story are the same officials', () => {
    // ap23-azerbaijani-troops-200, as two sites that do not name themselves reprint it.
    const officials = (source_id: string) =>
      claim({
        source_id,
        publisher: 'unidentified',
        claimant: 'Officials (unnamed)',
        claimant_side: 'unknown',
        counted: 'azerbaijan',
        figure_text: 'some 200',
        value: 200,
        qualifier: 'about',
        as_of: '2023-10-05',
        published: '2023-10-05',
        origin: 'ap-2023-10-05',
      });
    const r = runEngine([officials('site-a'), officials('site-b')]);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['single_source']);
    expect(r.explanations[0]).toMatch(/Officials \(unnamed\) \[Associated Press, 5 October 2023\]/);
    expect(r.explanations[0]).toMatch(/reported by 2 outlets from one Associated Press story/);
  });

  it('explanations say "reported by 3 outlets from one Reuters story"', () => {
    const r = runEngine([
      reutersCopy('jpost', 'The Jerusalem Post'),
      reutersCopy('daily', 'Example Daily'),
      reutersCopy('times', 'Other Times'),
      ownReport,
    ]);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['agree']);
    expect(r.explanations[0]).toMatch(/^AsiaNews and Reuters agree on deaths on both sides/);
    expect(r.explanations[0]).toMatch(
      /Reuters' figure is reported by 3 outlets from one Reuters story \(5 October 2020\)/,
    );
  });
});

describe('origin ids', () => {
  it.each([
    [
      'reuters-2020-10-05',
      'a',
      {
        key: 'reuters-2020-10-05',
        kind: 'story',
        shared: true,
        name: 'Reuters',
        date: '2020-10-05',
      },
    ],
    ['factor-2020-10', 'a', { kind: 'story', name: 'Factor', date: '2020-10' }],
    ['sipri', 'a', { key: 'sipri', kind: 'institute', shared: true, name: 'SIPRI', date: null }],
    ['newwire-2021-01-02', 'a', { kind: 'story', name: 'newwire' }],
    ['own', 'a', { key: 'own@a', kind: 'own', shared: false }],
    [null, 'b', { key: 'own@b', kind: 'unknown', shared: false }],
  ])('%s in article %s', (origin, source_id, expected) => {
    expect(originOf({ origin, source_id })).toMatchObject(expected);
  });

  it('says how far a figure travelled', () => {
    const at = (source_id: string, origin: string | null) => ({
      source_id,
      origin: originOf({ origin, source_id }),
    });
    expect(reachPhrase([at('a', 'sipri')])).toBe('');
    expect(reachPhrase([at('a', 'sipri'), at('b', 'sipri')])).toBe(
      "reported by 2 outlets from SIPRI's data",
    );
    expect(
      reachPhrase([at('a', 'reuters-2020-10-05'), at('b', 'reuters-2020-10-05'), at('c', null)]),
    ).toBe('reported by 3 outlets, 2 of them from one Reuters story (5 October 2020)');
    expect(reachPhrase([at('a', null), at('b', 'own')])).toBe('reported by 2 outlets');
  });
});
