/**
 * Units and the bases claims are compared in, as the vocabulary declares them: km² for areas,
 * days for spans of time, per cent for shares, US dollars for money, and each kind of counted
 * thing (people, tanks, drones …) in itself.
 *
 * Currencies are converted only with a rate a reader can check:
 * 1. the rate the same article implies, when it prints one sum in two currencies ($4.85 billion
 *    and 4.1 billion euros in one sentence give 1 EUR = 1.18 USD for that article);
 * 2. otherwise a dated rate from `rules.currencyRates`, which must carry its provenance;
 * 3. otherwise the rate is unknown, the figure stays in its own currency, and it is compared
 *    only with figures in that currency. No rate is shipped by default: none has been sourced
 *    for this ledger, and a remembered rate is not a source.
 */
import type { CurrencyRate, EngineRules } from './rules.ts';
import { UNIT_VOCABULARY, type UnitFamily } from '../vocabulary/vocabulary.ts';

export type Dimension = 'money' | 'share' | 'count' | 'area' | 'time';

export interface UnitInfo {
  dimension: Dimension;
  /** The unit comparisons happen in. */
  base: string;
  /** Base units per unit (1 for currencies: they are converted by rate, not by factor). */
  factor: number;
}

export const BASE_CURRENCY = 'USD';

const DIMENSION: Record<UnitFamily, Dimension> = {
  money: 'money',
  share: 'share',
  people: 'count',
  equipment: 'count',
  events: 'count',
  area: 'area',
  time: 'time',
};

/** Units the engine can compare (from the vocabulary); anything else is reported as unknown. */
export const UNIT_TABLE: Readonly<Record<string, UnitInfo>> = Object.freeze(
  Object.fromEntries(
    Object.entries(UNIT_VOCABULARY).map(([id, u]) => [
      id,
      { dimension: DIMENSION[u.family], base: u.base, factor: u.factor },
    ]),
  ),
);

export function unitInfo(unit: string): UnitInfo | undefined {
  return Object.prototype.hasOwnProperty.call(UNIT_TABLE, unit) ? UNIT_TABLE[unit] : undefined;
}

/** Quantities that add up over time (a total over a period is the sum of its sub-periods). */
export function isAdditive(dimension: Dimension): boolean {
  return dimension === 'money' || dimension === 'count';
}

export type ConversionKind = 'none' | 'factor' | 'article_rate' | 'dated_rate' | 'rate_unknown';

export interface Conversion {
  base: string;
  factor: number;
  kind: ConversionKind;
  /** For readers: "1 EUR = 1.1829 USD, implied by the same article (…)". */
  note: string;
}

export interface MoneyInputs {
  claim_id: string;
  source_id: string;
  paragraph: number;
  measure: string;
  counted: string;
  claimant: string;
  unit: string;
  value: number;
  published: string;
}

export interface ArticleRate {
  source_id: string;
  from: string;
  rate: number;
  claimIds: [string, string];
}

/**
 * Rates an article implies: one sum printed in a currency and in US dollars in the same
 * paragraph, with the same measure, counted party and claimant. Key: `${source_id}|${from}`.
 */
export function articleRates(claims: readonly MoneyInputs[]): Map<string, ArticleRate> {
  const byPlace = new Map<string, MoneyInputs[]>();
  for (const c of claims) {
    if (unitInfo(c.unit)?.dimension !== 'money' || !(c.value > 0)) continue;
    const key = `${c.source_id}|${c.paragraph}|${c.measure}|${c.counted}|${c.claimant}`;
    const list = byPlace.get(key);
    if (list) list.push(c);
    else byPlace.set(key, [c]);
  }
  const rates = new Map<string, ArticleRate>();
  for (const list of byPlace.values()) {
    const usd = list.find((c) => c.unit === BASE_CURRENCY);
    if (!usd) continue;
    for (const other of list) {
      const key = `${other.source_id}|${other.unit}`;
      if (other.unit === BASE_CURRENCY || rates.has(key)) continue;
      rates.set(key, {
        source_id: other.source_id,
        from: other.unit,
        rate: usd.value / other.value,
        claimIds: [other.claim_id, usd.claim_id],
      });
    }
  }
  return rates;
}

/** A documented rate for the day the article was published, or failing that its month. */
export function datedRate(
  from: string,
  day: string,
  rates: readonly CurrencyRate[],
): CurrencyRate | undefined {
  const candidates = rates.filter((r) => r.from === from && r.to === BASE_CURRENCY);
  return (
    candidates.find((r) => r.date === day) ??
    candidates.find((r) => r.date.length === 7 && day.startsWith(r.date))
  );
}

const rateText = (n: number) => n.toPrecision(5).replace(/\.?0+$/, '');

/** How to bring a claim's value to its comparison base. */
export function conversionOf(
  c: MoneyInputs,
  rates: ReadonlyMap<string, ArticleRate>,
  rules: EngineRules,
): Conversion | undefined {
  const info = unitInfo(c.unit);
  if (!info) return undefined;
  if (info.dimension !== 'money') {
    return info.factor === 1
      ? { base: info.base, factor: 1, kind: 'none', note: '' }
      : {
          base: info.base,
          factor: info.factor,
          kind: 'factor',
          note: `1 ${c.unit} = ${rateText(info.factor)} ${info.base}`,
        };
  }
  if (c.unit === BASE_CURRENCY) return { base: BASE_CURRENCY, factor: 1, kind: 'none', note: '' };
  const implied = rates.get(`${c.source_id}|${c.unit}`);
  if (implied) {
    return {
      base: BASE_CURRENCY,
      factor: implied.rate,
      kind: 'article_rate',
      note: `1 ${c.unit} = ${rateText(implied.rate)} ${BASE_CURRENCY}, implied by the same article (${implied.claimIds.join(' and ')})`,
    };
  }
  const dated = datedRate(c.unit, c.published, rules.currencyRates);
  if (dated) {
    return {
      base: BASE_CURRENCY,
      factor: dated.rate,
      kind: 'dated_rate',
      note: `1 ${c.unit} = ${rateText(dated.rate)} ${BASE_CURRENCY} (${dated.provenance})`,
    };
  }
  return {
    base: c.unit,
    factor: 1,
    kind: 'rate_unknown',
    note: `no ${c.unit}→${BASE_CURRENCY} rate is known for ${c.published}: kept in ${c.unit}`,
  };
}
