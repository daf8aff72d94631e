/**
 * What kind of number a money figure is. News stories print three kinds as if they were one:
 * SIPRI trend-indicator values (a volume of transfers priced at unit production costs, not a
 * sum anybody paid) printed as US dollars; a government's declared value of the contracts or
 * purchases it made; and sums of unstated kind. They never share a money axis: TIVs are
 * compared only with TIVs.
 */
import type { EngineRules } from './rules.ts';
import type { Dimension } from './units.ts';

export type Basis = 'tiv' | 'declared_value' | 'money_unspecified' | 'quantity';

/** Bases that may be set against each other: TIV apart, every kind of money together. */
export type BasisClass = 'tiv' | 'money' | 'quantity';

export function basisOf(
  c: { claimant: string; claimant_side: string },
  dimension: Dimension,
  rules: EngineRules,
): Basis {
  if (dimension !== 'money') return 'quantity';
  if (rules.tivClaimant.test(c.claimant)) return 'tiv';
  if (rules.governmentSides.includes(c.claimant_side)) return 'declared_value';
  return 'money_unspecified';
}

export function basisClass(basis: Basis): BasisClass {
  if (basis === 'tiv') return 'tiv';
  return basis === 'quantity' ? 'quantity' : 'money';
}

export const BASIS_LABEL: Record<Basis, string> = {
  tiv: 'SIPRI trend-indicator value printed as money',
  declared_value: 'value declared by a government',
  money_unspecified: 'money of unstated kind',
  quantity: '',
};
