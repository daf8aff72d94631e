/**
 * Running totals are updated, not revised (issue 13, point 2). A side's own toll that rises day
 * by day is a running total being updated; "revised" is for a claimant correcting a figure for
 * the same moment; running totals of different claimants are compared only on the same day; and
 * an as-of date taken from the publication date means "no later than". Fixtures are shaped on
 * asianews-armenian-soldiers-104 and -1900; 158 on 2 October and the final tolls of 2,853 and
 * 2,906 are the examples the issue gives, not rows of the ledger.
 */
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/analysis/analyse.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { claim } from './fixtures.ts';

const only = (claims: ClaimInput[]) => {
  const r = runEngine(claims);
  expect(r.groups).toHaveLength(1);
  return { verdict: r.verdicts[0]!, explanation: r.explanations[0]! };
};

/** Armenia's own count of its soldiers killed. */
const armenia = (value: number, as_of: string, o: Partial<ClaimInput> = {}) =>
  claim({ value, figure_text: String(value), as_of, published: as_of, ...o });
/** Azerbaijan's count of Armenian soldiers killed. */
const azerbaijan = (value: number, as_of: string, o: Partial<ClaimInput> = {}) =>
  armenia(value, as_of, { claimant: 'Azerbaijani government', claimant_side: 'azerbaijan', ...o });

/** Azerbaijan's final toll of its own soldiers, given twice for the same moment. */
const finalToll = (
  value: number,
  source_id: string,
  published: string,
  o: Partial<ClaimInput> = {},
) =>
  claim({
    counted: 'azerbaijan',
    claimant: 'Azerbaijani defence ministry',
    claimant_side: 'azerbaijan',
    value,
    figure_text: value.toLocaleString('en-GB'),
    as_of: '2020-11-10',
    source_id,
    published,
    ...o,
  });

describe('running totals', () => {
  it("a side's own toll rising day by day (104 on 30 September, 158 on 2 October) is updated, not revised", () => {
    const { verdict, explanation } = only([
      armenia(104, '2020-09-30', { source_id: 'a' }),
      armenia(158, '2020-10-02', { source_id: 'b' }),
    ]);
    expect(verdict.verdict).toBe('updated');
    expect(verdict.revisions).toEqual([]);
    expect(explanation).toBe(
      'Armenian government updated its running total of Armenian military deaths from 104 (as of 30 September 2020) to 158 (as of 2 October 2020); a running total that rises is not a revision.',
    );
  });

  it('"revised" is for a claimant correcting a figure for the same moment (2,853, then 2,906)', () => {
    const { verdict, explanation } = only([
      finalToll(2853, 'early', '2021-01-11'),
      finalToll(2906, 'later', '2021-03-01'),
    ]);
    expect(verdict.verdict).toBe('revised');
    expect(explanation).toMatch(
      /revised its figure for Azerbaijani military deaths as of 10 November 2020 from 2,853 \(.*11 January 2021\) to 2,906 \(.*1 March 2021\)/,
    );
  });

  it('a later figure from the same claimant never makes a contradiction with its earlier one', () => {
    const { verdict } = only([
      finalToll(2853, 'early', '2021-01-11'),
      finalToll(2906, 'later', '2021-03-01'),
      finalToll(2906, 'monitor', '2021-03-02', {
        claimant: 'A monitoring group',
        claimant_side: 'independent',
      }),
    ]);
    expect(verdict.verdict).toBe('revised');
  });

  it('running totals of different claimants are compared only on the same day', () => {
    const { verdict, explanation } = only([
      armenia(104, '2020-09-30', { source_id: 'a' }),
      azerbaijan(1900, '2020-10-02', { figure_text: '1,900', source_id: 'b' }),
    ]);
    expect(verdict.verdict).toBe('not_comparable');
    expect(verdict.reasons).toEqual(['date']);
    expect(explanation).not.toMatch(/times/);
    expect(explanation).toMatch(/104 as of 30 September 2020/);
    expect(explanation).toMatch(/1,900 as of 2 October 2020/);
    expect(explanation).toMatch(/compared only on the same day/);
  });

  it('an as-of date taken from the publication date means "no later than", and the comparison says so', () => {
    const byPublication = { time_basis: 'inferred', published: '2020-10-02' };
    const { verdict, explanation } = only([
      armenia(104, '2020-10-02', byPublication),
      azerbaijan(1900, '2020-10-02', { figure_text: '1,900', ...byPublication }),
    ]);
    expect(verdict.verdict).toBe('contradict');
    expect(explanation).toBe(
      "Azerbaijan's figure for Armenian military deaths (1,900) is 18 times Armenia's own (104), both given no later than 2 October 2020.",
    );
  });
});
