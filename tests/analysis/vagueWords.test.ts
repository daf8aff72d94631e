/**
 * Vague-word contradictions (issue 13, point 4). "Dozens" (ap20-deaths-dozens, 1 October) against
 * "hundreds" (asianews-deaths-hundreds, 2 October; jpost-deaths-hundreds, 5 October) for a toll
 * that was rising by the day is not a contradiction: vague words contradict only when their
 * ranges miss each other on the same date, and even then no ratio of midpoints is given.
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

const press = (publisher: string, word: 'dozens' | 'hundreds', as_of: string) =>
  claim({
    source_id: publisher,
    publisher,
    claimant: publisher,
    claimant_side: 'press',
    measure: 'total_deaths',
    counted: 'both_sides',
    qualifier: 'vague',
    figure_text: word,
    value: word === 'dozens' ? 24 : 200,
    low: word === 'dozens' ? 24 : 200,
    high: word === 'dozens' ? 99 : 999,
    as_of,
    published: as_of,
    time_basis: 'inferred',
  });

describe('vague words', () => {
  it('"dozens" (1 October) against "hundreds" (2 and 5 October) for a rising toll is too vague to compare', () => {
    const { verdict, explanation } = only([
      press('The Times of Israel', 'dozens', '2020-10-01'),
      press('AsiaNews', 'hundreds', '2020-10-02'),
      press('The Jerusalem Post', 'hundreds', '2020-10-05'),
    ]);
    expect(verdict.verdict).toBe('not_comparable');
    expect(verdict.reasons).toEqual(['too_vague']);
    expect(verdict.spread).toBeNull();
    expect(explanation).toMatch(/too vague to compare/);
    expect(explanation).not.toMatch(/\d times|twice|higher than/);
    expect(explanation).toMatch(
      /dozens, read as 24–99 \(The Times of Israel, given no later than 1 October 2020\)/,
    );
  });

  it('"dozens" against "hundreds" on the same date contradict, with no ratio of midpoints', () => {
    const { verdict, explanation } = only([
      press('The Times of Israel', 'dozens', '2020-10-02'),
      press('AsiaNews', 'hundreds', '2020-10-02'),
    ]);
    expect(verdict.verdict).toBe('contradict');
    expect(verdict.spread).toBeCloseTo(200 / 99, 9);
    expect(explanation).toBe(
      "AsiaNews' figure for deaths on both sides (hundreds, read as 200–999) is at least twice The Times of Israel's (dozens, read as 24–99), both given no later than 2 October 2020.",
    );
  });

  it('"dozens" against 104 on the same date miss only by the soft edge of a vague word: too vague', () => {
    const { verdict, explanation } = only([
      claim({
        value: 24,
        qualifier: 'vague',
        low: 24,
        high: 99,
        figure_text: 'dozens',
        claimant: 'A',
        claimant_side: 'press',
        publisher: 'P',
      }),
      claim({ value: 104, figure_text: '104' }),
    ]);
    expect(verdict.verdict).toBe('not_comparable');
    expect(verdict.reasons).toEqual(['too_vague']);
    expect(explanation).toMatch(/too vague to compare/);
  });
});
