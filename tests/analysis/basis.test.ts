import { describe, expect, it } from 'vitest';
import { basisClass, basisOf } from '../../src/lib/analysis/basis.ts';
import { DEFAULT_RULES } from '../../src/lib/analysis/rules.ts';

describe('basis: the SIPRI TIV flag', () => {
  it.each([
    // claimant, side, dimension, basis — the first three are in data/claims.csv
    ['SIPRI', 'independent', 'money', 'tiv'],
    ['Ilham Aliyev', 'azerbaijan', 'money', 'declared_value'],
    ['Stockholm International Peace Research Institute', 'independent', 'money', 'tiv'],
    ['The Jerusalem Post', 'press', 'money', 'money_unspecified'],
    ['SIPRI', 'independent', 'share', 'quantity'],
  ] as const)('%s (%s, %s) → %s', (claimant, side, dimension, basis) => {
    expect(basisOf({ claimant, claimant_side: side }, dimension, DEFAULT_RULES)).toBe(basis);
  });

  it('keeps TIV apart from every kind of money', () => {
    expect(basisClass('tiv')).toBe('tiv');
    expect(basisClass('declared_value')).toBe('money');
    expect(basisClass('money_unspecified')).toBe('money');
  });
});
