/**
 * Misquotes are surfaced, not swallowed (issue 13, point 3): two outlets citing the same origin
 * for the same window with different values print one statement two ways. Shaped on
 * asianews-sipri-usd-375m; the US$ 500 million printing is the issue's example, not a ledger row.
 */
import { describe, expect, it } from 'vitest';
import { engineTables, runEngine } from '../../src/lib/analysis/analyse.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { claim } from './fixtures.ts';

const sipri = (source_id: string, publisher: string, value: number, o: Partial<ClaimInput> = {}) =>
  claim({
    source_id,
    publisher,
    published: '2020-10-02',
    measure: 'arms_sales_value',
    counted: 'israel_to_azerbaijan',
    unit: 'USD',
    claimant: 'SIPRI',
    claimant_side: 'independent',
    origin: 'sipri',
    figure_text: `US$ ${value / 1e6} million`,
    value,
    as_of: null,
    period_start: '2017',
    period_end: '2019',
    ...o,
  });

describe('misquotes', () => {
  it('finds the shared origin in any printing of a statement, not only in the one chosen to represent it', () => {
    // Fast-check's counterexample (seed 2092252263): outlet s2 prints the same figure twice, once
    // naming the Reuters story and once in other units without it; the representative is the
    // printing in the original units, which does not name the story.
    const area = {
      measure: 'area',
      counted: 'karabakh',
      unit: 'km2',
      claimant: 'Armenian government',
    };
    const story = { ...area, origin: 'reuters-2020-10-05' };
    const r = runEngine([
      claim({ ...story, claim_id: 'p01', source_id: 's1', value: 1, as_of: '2020-10-02' }),
      claim({
        ...story,
        claim_id: 'p02',
        source_id: 's2',
        unit: 'sq_mi',
        value: 4 / 2.589988110336,
        as_of: '2020-10-05',
      }),
      claim({ ...area, claim_id: 'p03', source_id: 's2', value: 4, as_of: '2020-10-05' }),
    ]);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['misquote']);
  });

  it("SIPRI's arms sales for 2017–2019 printed as US$ 375 million and as US$ 500 million get their own verdict, naming both", () => {
    const r = runEngine([
      sipri('asianews', 'AsiaNews', 375e6),
      sipri('daily', 'Example Daily', 500e6),
    ]);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['misquote']);
    expect(r.verdicts[0]?.spread).toBeCloseTo(500 / 375, 9);
    expect(r.explanations[0]).toBe(
      "Two outlets print SIPRI's figure for Israeli arms sales to Azerbaijan in 2017–2019 differently: US$ 375 million (AsiaNews) and US$ 500 million (Example Daily). One statement cannot have both values, so at least one of them misquotes it.",
    );
    const verdicts = engineTables(r).verdicts.objects()[0] as Record<string, unknown>;
    expect(verdicts.misquoted_origins).toBe('SIPRI');
  });

  it('says an institute that revises its data may explain it, when the outlets printed in different years', () => {
    const r = runEngine([
      sipri('asianews', 'AsiaNews', 375e6),
      sipri('later', 'Later Review', 500e6, { published: '2022-05-01' }),
    ]);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['misquote']);
    expect(r.explanations[0]).toMatch(
      /at least one of them misquotes it, or they used different annual releases of SIPRI's data, which revises past values\.$/,
    );
  });

  it('the same value from the same origin in two outlets is one figure, reported twice', () => {
    const r = runEngine([
      sipri('asianews', 'AsiaNews', 375e6),
      sipri('daily', 'Example Daily', 375e6),
    ]);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['single_source']);
    expect(r.explanations[0]).toMatch(/reported by 2 outlets from SIPRI's data\.$/);
  });
});
