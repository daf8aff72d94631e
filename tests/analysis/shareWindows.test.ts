/**
 * Share windows (issue 13, point 6). Israel's 60 percent (ap20-israel-armaments-share-60,
 * 1 October 2020, no window printed) matches SIPRI's share for 2015–19, and "nearly 70%"
 * (ap23-israel-arsenal-share-70) matches 2016–20: the same kind of figure for different windows.
 * The verdict's reason is the window, and a share printed with no window gets the window it
 * most likely refers to, marked inferred.
 */
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/analysis/analyse.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { DEFAULT_RULES } from '../../src/lib/analysis/rules.ts';
import { likelyWindow } from '../../src/lib/analysis/shareWindow.ts';
import { claim } from './fixtures.ts';

const share = (o: Partial<ClaimInput>) =>
  claim({
    measure: 'arms_import_share',
    counted: 'israel_to_azerbaijan',
    unit: 'percent',
    as_of: null,
    ...o,
  });

const sixty = share({
  source_id: 'toi',
  publisher: 'The Times of Israel',
  published: '2020-10-01',
  claimant: 'The Times of Israel',
  claimant_side: 'press',
  hedge: 'speculated',
  figure_text: '60 percent',
  value: 60,
});
const seventy = share({
  source_id: 'ap23',
  publisher: 'unidentified',
  published: '2023-10-05',
  claimant: 'Experts (unnamed)',
  claimant_side: 'independent',
  hedge: 'estimated',
  figure_text: 'nearly 70%',
  value: 70,
  qualifier: 'nearly',
  low: null,
  high: 70,
  period_start: '2016',
  period_end: '2020',
});

describe('share windows', () => {
  it("Israel's 60 percent (1 October 2020, no window printed) and nearly 70% (2016–2020) differ by window, not by definition", () => {
    const r = runEngine([sixty, seventy]);
    expect(r.groups).toHaveLength(1);
    expect(r.verdicts[0]).toMatchObject({ verdict: 'not_comparable', reasons: ['period'] });
    expect(r.explanations[0]).toBe(
      "The figures for Israel's share of Azerbaijan's arms imports are shares for different windows, not one disputed figure: 60 percent (The Times of Israel, speculated) for 2015–2019, inferred because no window is printed, and nearly 70% (Experts (unnamed) [ap23], estimated) for 2016–2020.",
    );
    const member = r.claims.find((c) => c.claim_id === sixty.claim_id);
    expect(member?.time).toMatchObject({
      kind: 'period',
      inferred: true,
      text: '2015–2019 (inferred)',
    });
  });

  it.each([
    ['2020-10-01', { period_start: '2015', period_end: '2019' }],
    ['2020-02-10', { period_start: '2014', period_end: '2018' }],
    ['2023-10-05', { period_start: '2018', period_end: '2022' }],
    ['2021', { period_start: '2015', period_end: '2019' }],
  ])(
    'a share printed with no window in an article of %s most likely refers to %o',
    (published, window) => {
      expect(
        likelyWindow(
          { measure: 'arms_import_share', period_start: null, period_end: null, published },
          DEFAULT_RULES,
        ),
      ).toEqual(window);
    },
  );

  it('a printed window is kept, and other measures get none', () => {
    expect(
      likelyWindow(
        {
          measure: 'arms_import_share',
          period_start: '2016',
          period_end: '2020',
          published: '2023-10-05',
        },
        DEFAULT_RULES,
      ),
    ).toBeNull();
    expect(
      likelyWindow(
        {
          measure: 'oil_supply_share',
          period_start: null,
          period_end: null,
          published: '2020-10-05',
        },
        DEFAULT_RULES,
      ),
    ).toBeNull();
  });
});
