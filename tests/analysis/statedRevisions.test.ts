/**
 * A revision the text states without a date (issue 14): one article prints a claimant's first
 * figure and the figure it was "later revised" to, both for the same day. Without the ledger's
 * `revises` link the engine can only read one statement with two values, a misquote; with it,
 * the later figure stands and the earlier is superseded. Fixtures are shaped on
 * wiki20-am-claims-az-armour-destroyed-ten-initial and wiki20-am-claims-az-armour-destroyed-36
 * (Armenian and Artsakh authorities' first-day claim of Azerbaijani armour destroyed).
 */
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/analysis/analyse.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { claim } from './fixtures.ts';

const firstDay = (o: Partial<ClaimInput>) =>
  claim({
    source_id: 'wikipedia-2022-02-13',
    paragraph: 63,
    unit: 'armour',
    measure: 'equipment_destroyed',
    counted: 'azerbaijan',
    claimant: 'Armenian and Artsakh authorities',
    claimant_side: 'armenia',
    period_start: '2020-09-27',
    period_end: '2020-09-27',
    as_of: null,
    time_basis: 'inferred',
    publisher: 'Wikipedia contributors',
    published: '2022-02-13',
    ...o,
  });

const ten = firstDay({ claim_id: 'armour-ten-initial', figure_text: 'ten', value: 10 });
const revised36 = (o: Partial<ClaimInput> = {}) =>
  firstDay({ claim_id: 'armour-36', figure_text: '36', value: 36, ...o });

const only = (claims: ClaimInput[]) => {
  const r = runEngine(claims);
  expect(r.groups).toHaveLength(1);
  return { verdict: r.verdicts[0]!, explanation: r.explanations[0]! };
};

describe('a revision the text states with no date (column revises)', () => {
  it('without the link, one article printing both figures for one day reads as a misquote', () => {
    const { verdict } = only([ten, revised36()]);
    expect(verdict.verdict).toBe('misquote');
  });

  it('with the link, the later figure stands, the earlier is superseded, and the verdict is revised', () => {
    const later = revised36({ revises: 'armour-ten-initial' });
    const { verdict, explanation } = only([ten, later]);
    expect(verdict.verdict).toBe('revised');
    expect(verdict.misquotes).toEqual([]);
    expect(verdict.positions.map((s) => s.id)).toEqual(['armour-36']);
    expect(verdict.revisions).toHaveLength(1);
    expect(verdict.revisions[0]?.from.id).toBe('armour-ten-initial');
    expect(verdict.revisions[0]?.to.id).toBe('armour-36');
    expect(verdict.revisions[0]?.stated).toBe(true);
    expect(explanation).toBe(
      'Armenian and Artsakh authorities revised its figure for Azerbaijani equipment destroyed on 27 September 2020 from ten to 36; ' +
        'Wikipedia contributors (13 February 2022) prints both, the later figure as a revision of the earlier, with no date for the revision.',
    );
  });

  it('reads the same in any row order', () => {
    const later = revised36({ revises: 'armour-ten-initial' });
    expect(only([later, ten]).explanation).toBe(only([ten, later]).explanation);
  });

  it('another claimant still disagrees with the standing figure, not with the superseded one', () => {
    const later = revised36({ revises: 'armour-ten-initial' });
    const other = firstDay({
      claim_id: 'armour-baku-ten',
      figure_text: 'ten',
      value: 10,
      claimant: 'Azerbaijani government',
      claimant_side: 'azerbaijan',
    });
    const r = runEngine([ten, later, other]);
    const v = r.verdicts.find((x) => x.positions.some((s) => s.id === 'armour-36'))!;
    expect(v.verdict).toBe('contradict');
    expect(v.positions.map((s) => s.id).sort()).toEqual(['armour-36', 'armour-baku-ten']);
    expect(v.revisions.map((c) => c.from.id)).toEqual(['armour-ten-initial']);
  });

  it('a link that kept the number (four, then four) is one statement and no revision', () => {
    const four = firstDay({
      claim_id: 'helicopters-four-initial',
      figure_text: 'four',
      value: 4,
      unit: 'helicopters',
      measure: 'aircraft_downed',
    });
    const again = { ...four, claim_id: 'helicopters-four', revises: 'helicopters-four-initial' };
    const { verdict } = only([four, again]);
    expect(verdict.verdict).toBe('single_source');
    expect(verdict.revisions).toEqual([]);
  });

  it('a chain of links leaves its last figure standing', () => {
    const middle = firstDay({
      claim_id: 'armour-20',
      figure_text: '20',
      value: 20,
      revises: 'armour-ten-initial',
    });
    const last = revised36({ revises: 'armour-20' });
    const { verdict } = only([ten, middle, last]);
    expect(verdict.verdict).toBe('revised');
    expect(verdict.positions.map((s) => s.id)).toEqual(['armour-36']);
    expect(verdict.revisions[0]?.from.id).toBe('armour-20');
  });

  it('a link across articles is worded with both articles', () => {
    const first = {
      ...ten,
      source_id: 'early',
      published: '2020-09-28',
      publisher: 'Example Daily',
    };
    const later = revised36({ revises: 'armour-ten-initial' });
    const { verdict, explanation } = only([first, later]);
    expect(verdict.verdict).toBe('revised');
    expect(explanation).toMatch(
      /from ten \(Example Daily, 28 September 2020\) to 36 \(Wikipedia contributors, 13 February 2022\)/,
    );
  });
});
