import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, resolveRules } from '../../src/lib/analysis/rules.ts';
import {
  articleRates,
  conversionOf,
  datedRate,
  isAdditive,
  unitInfo,
  type MoneyInputs,
} from '../../src/lib/analysis/units.ts';

const money = (o: Partial<MoneyInputs>): MoneyInputs => ({
  claim_id: 'm',
  source_id: 's1',
  paragraph: 7,
  measure: 'arms_sales_value',
  counted: 'israel_to_azerbaijan',
  claimant: 'Ilham Aliyev',
  unit: 'USD',
  value: 1,
  published: '2020-10-05',
  ...o,
});

// unid20-aliyev-usd-4-85bn and unid20-aliyev-eur-4-1bn: one sum printed in two currencies.
const usd = money({ claim_id: 'usd', unit: 'USD', value: 4.85e9 });
const eur = money({ claim_id: 'eur', unit: 'EUR', value: 4.1e9 });

describe('units: bases and factors', () => {
  it.each([
    ['km2', 'area', 'km2', 1],
    ['sq_mi', 'area', 'km2', 2.589988110336],
    ['hours', 'time', 'days', 1 / 24],
    ['years', 'time', 'days', 365.25],
    ['percent', 'share', 'percent', 1],
    ['people', 'count', 'people', 1],
    ['USD', 'money', 'USD', 1],
  ])('%s is %s in %s × %s', (unit, dimension, base, factor) => {
    expect(unitInfo(unit)).toEqual({ dimension, base, factor });
  });

  it('knows nothing of units outside its table', () => {
    expect(unitInfo('GBP')).toBeUndefined();
    expect(unitInfo('toString')).toBeUndefined();
  });

  it('adds up only counts and money over time', () => {
    expect(isAdditive('count')).toBe(true);
    expect(isAdditive('money')).toBe(true);
    expect(isAdditive('share')).toBe(false);
    expect(isAdditive('area')).toBe(false);
  });
});

describe('currencies', () => {
  it('finds the rate an article implies when it prints one sum in two currencies', () => {
    const rates = articleRates([usd, eur]);
    expect(rates.get('s1|EUR')?.rate).toBeCloseTo(4.85 / 4.1, 12);
    const c = conversionOf(eur, rates, DEFAULT_RULES);
    expect(c?.kind).toBe('article_rate');
    expect(c?.base).toBe('USD');
    expect(c?.note).toMatch(/implied by the same article/);
  });

  it('does not take a rate from another paragraph, claimant or article', () => {
    expect(articleRates([usd, { ...eur, paragraph: 8 }]).size).toBe(0);
    expect(articleRates([usd, { ...eur, claimant: 'Someone else' }]).size).toBe(0);
    expect(articleRates([usd, { ...eur, source_id: 's2' }]).size).toBe(0);
  });

  it('otherwise uses a documented dated rate, with its provenance', () => {
    const rules = resolveRules({
      currencyRates: [
        { from: 'EUR', to: 'USD', date: '2020-10', rate: 1.2, provenance: 'a test rate' },
      ],
    });
    expect(datedRate('EUR', '2020-10-05', rules.currencyRates)?.rate).toBe(1.2);
    const c = conversionOf({ ...eur, source_id: 'other' }, new Map(), rules);
    expect(c).toMatchObject({ kind: 'dated_rate', base: 'USD', factor: 1.2 });
    expect(c?.note).toMatch(/a test rate/);
  });

  it('otherwise says the rate is unknown and keeps the figure in its currency', () => {
    const c = conversionOf({ ...eur, source_id: 'other' }, new Map(), DEFAULT_RULES);
    expect(c).toMatchObject({ kind: 'rate_unknown', base: 'EUR', factor: 1 });
    expect(c?.note).toMatch(/no EUR→USD rate is known/);
  });

  it('ships no rate it cannot source', () => {
    expect(DEFAULT_RULES.currencyRates).toEqual([]);
  });
});
