import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/analysis/analyse.ts';
import { dayRangeText, subjectOf, timePhrase } from '../../src/lib/analysis/explain.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { timeFrameOf, type TimeFrame } from '../../src/lib/analysis/timeFrame.ts';
import { claim, REAL } from './fixtures.ts';

const sentence = (claims: ClaimInput[]) => {
  const r = runEngine(claims);
  expect(r.groups).toHaveLength(1);
  return r.explanations[0];
};

describe('subjectOf', () => {
  it.each([
    ['military_deaths', 'armenia', 'Armenian military deaths'],
    ['civilian_deaths', 'azerbaijan', 'Azerbaijani civilian deaths'],
    ['total_deaths', 'both_sides', 'deaths on both sides'],
    ['arms_sales_value', 'israel_to_azerbaijan', 'Israeli arms sales to Azerbaijan'],
    ['arms_share', 'israel_to_azerbaijan', "Israel's share of Azerbaijan's weapons"],
    ['area', 'karabakh', 'the area of Nagorno-Karabakh'],
    ['people_fled', 'karabakh_armenians', 'Karabakh Armenians who fled'],
    ['a_new_measure', 'somewhere_new', 'a new measure (somewhere new)'],
  ])('%s of %s → %s', (measure, counted, words) => {
    expect(subjectOf(measure, counted)).toBe(words);
  });
});

describe('dates in sentences', () => {
  const f = (ps: string | null, pe: string | null, asOf: string | null) =>
    timeFrameOf({ period_start: ps, period_end: pe, as_of: asOf }) as TimeFrame;
  it.each([
    [f('2017', '2019', null), 'in 2017–2019'],
    [f('2020-10-01', '2020-10-01', null), 'on 1 October 2020'],
    [f('2023-09-19', '2023-09-20', null), 'over 19–20 September 2023'],
    [f('2020-09-17', '2020-10-01', null), 'from 17 September to 1 October 2020'],
    [f(null, null, '2016'), 'as of 2016'],
    [f(null, null, null), 'undated'],
  ])('%#: %s', (frame, text) => {
    expect(timePhrase(frame)).toBe(text);
  });

  it('writes day ranges compactly', () => {
    expect(dayRangeText('2020-09-27', '2020-09-28')).toBe('27–28 September 2020');
    expect(dayRangeText('2019-12-30', '2020-01-02')).toBe('30 December 2019 to 2 January 2020');
  });
});

describe('explanations: one sentence from the data', () => {
  it('contradict, adversary against self-report: N times its own', () => {
    expect(sentence([REAL.armenian104, REAL.armenian1900])).toBe(
      "Azerbaijan's figure for Armenian military deaths (1,900) is 18 times Armenia's own (104), both as of 2 October 2020.",
    );
  });

  it('contradict, close figures: per cent higher', () => {
    expect(
      sentence([
        claim({ value: 100, figure_text: '101', claimant: 'A', claimant_side: 'independent' }),
        claim({ value: 120, figure_text: '121', claimant: 'B', claimant_side: 'independent' }),
      ]),
    ).toBe(
      "B's figure for Armenian military deaths (121) is 20% higher than A's (101), both as of 2 October 2020.",
    );
  });

  it('agree', () => {
    expect(
      sentence([
        claim({
          value: 200,
          qualifier: 'about',
          figure_text: 'some 200',
          claimant: 'A',
          claimant_side: 'independent',
        }),
        claim({ value: 193, figure_text: '193', claimant: 'B', claimant_side: 'independent' }),
      ]),
    ).toBe(
      'A (some 200) and B (193) agree on Armenian military deaths: their figures share 193 people.',
    );
  });

  it('updated, not revised, for a running total that rises', () => {
    expect(
      sentence([
        claim({ value: 51, figure_text: '51', as_of: '2020-10-01' }),
        claim({ value: 83, figure_text: '83', as_of: '2020-10-02' }),
      ]),
    ).toBe(
      'Armenian government updated its running total of Armenian military deaths from 51 (as of 1 October 2020) to 83 (as of 2 October 2020); a running total that rises is not a revision.',
    );
  });

  it('revised, for the same moment printed again later', () => {
    expect(
      sentence([
        claim({ value: 51, figure_text: '51', source_id: 'a', published: '2020-10-02' }),
        claim({ value: 83, figure_text: '83', source_id: 'b', published: '2020-10-04' }),
      ]),
    ).toBe(
      'Armenian government revised its figure for Armenian military deaths as of 2 October 2020 from 51 (Example Daily, 2 October 2020) to 83 (Example Daily, 4 October 2020).',
    );
  });

  it('single source, printed twice', () => {
    expect(
      sentence([
        claim({ value: 8, figure_text: 'eight' }),
        claim({ value: 8, figure_text: 'eight' }),
      ]),
    ).toBe(
      'Only Armenian government gives a figure for Armenian military deaths (eight, as of 2 October 2020); the article prints it 2 times.',
    );
  });

  it('not comparable: vague wording', () => {
    expect(
      sentence([
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
      ]),
    ).toMatch(/soft edge of a vague word, a matter of wording rather than a contradiction\.$/);
  });
});
