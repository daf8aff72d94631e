import { describe, expect, it } from 'vitest';
import { prepareClaims } from '../../src/lib/analysis/prepareClaims.ts';
import { DEFAULT_RULES } from '../../src/lib/analysis/rules.ts';
import { buildStatements } from '../../src/lib/analysis/statements.ts';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';
import { claim } from './fixtures.ts';

const statements = (claims: ClaimInput[]) =>
  buildStatements(prepareClaims(claims, DEFAULT_RULES).claims, DEFAULT_RULES.epsilon);

const area = (o: Partial<ClaimInput>) =>
  claim({
    measure: 'area',
    counted: 'karabakh',
    claimant: 'Associated Press',
    claimant_side: 'press',
    ...o,
  });

describe('statements: one figure printed twice is one statement', () => {
  it('merges a summary that repeats the body (asianews-sipri-usd-375m-summary)', () => {
    const got = statements([
      claim({ claim_id: 'body', paragraph: 5 }),
      claim({ claim_id: 'summary', paragraph: 2 }),
    ]);
    expect(got.map((s) => [s.id, s.claims.map((c) => c.claim_id)])).toEqual([
      ['body', ['body', 'summary']],
    ]);
  });

  it('merges an area in km² and square miles and names it after the unconverted one (ap23-area-*)', () => {
    const got = statements([
      area({ claim_id: 'a-sq-mi', unit: 'sq_mi', value: 1700, figure_text: '1,700 square miles' }),
      area({ claim_id: 'b-km2', unit: 'km2', value: 4400, figure_text: '4,400 square kilometers' }),
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]?.id).toBe('b-km2');
  });

  it.each([
    ['another article', { source_id: 's2' }],
    ['another claimant', { claimant: 'Azerbaijani government', claimant_side: 'azerbaijan' }],
    ['another date', { as_of: '2020-10-03' }],
    ['another value', { value: 300, figure_text: '300' }],
  ])('keeps apart the same figure with %s', (_n, change) => {
    expect(statements([claim({}), claim(change)])).toHaveLength(2);
  });
});
