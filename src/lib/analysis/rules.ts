/**
 * Every rule the contradiction engine applies, in one place, with the reason for each. Every
 * number here is a default: pass a partial `EngineRules` to `analyse()` to change it, and the
 * report, the dashboard and the notebooks all follow.
 *
 * How wording becomes an interval (see intervals.ts):
 *
 * | qualifier  | interval                          | example                               |
 * | ---------- | --------------------------------- | ------------------------------------- |
 * | exact      | v ± half the last printed digit   | "1,900" → [1,850, 1,950]; "104" → 104 |
 * | at_least   | [v, ∞)                            | "at least 800" → [800, ∞)             |
 * | more_than  | (v, ∞)                            | "over 100,000" → (100,000, ∞)         |
 * | nearly     | [v × (1 − nearlyFraction), v)     | "nearly 70%" → [63, 70)               |
 * | barely     | [v × (1 − nearlyFraction), v]     | "barely two weeks" → [12.6, 14] days  |
 * | about      | v × (1 ± aboutFraction)           | "some 200" → [180, 220]               |
 * | up_to      | [0, v]                            | "up to 50" → [0, 50]                  |
 * | range      | [low, high]                       | "two or three days" → [2, 3]          |
 * | vague      | the word's range (below)          | "dozens" → [24, 99]                   |
 *
 * The ledger stores low/high for every claim whose wording bounds it, and the engine uses them;
 * these rules fill only empty bounds. Exact figures are the exception: the ledger records
 * low = high = value, and the engine widens that by the printed precision.
 */
import { BELLIGERENTS } from '../vocabulary/vocabulary.ts';

/** A dated exchange rate, usable only with a source a reader can check. */
export interface CurrencyRate {
  from: string;
  to: string;
  /** Day (YYYY-MM-DD) or month (YYYY-MM) the rate applies to. */
  date: string;
  /** Units of `to` per unit of `from`. */
  rate: number;
  /** Where the rate comes from, e.g. "ECB euro reference rate, 2 October 2020". */
  provenance: string;
}

export interface EngineRules {
  /** "about", "some", "around": the true value within ± this fraction of the printed one. */
  aboutFraction: number;
  /** "nearly", "almost": the true value in [v × (1 − this), v); "barely": in [v × (1 − this), v]. */
  nearlyFraction: number;
  /** Read an exact figure as rounded to its last printed digit (± half a unit of that digit). */
  printedPrecision: boolean;
  /**
   * An integer of at least this many digits that ends in zeros is read as rounded to its last
   * non-zero digit ("1,900" → ± 50, "4,400" → ± 50). Shorter ones ("60 percent", "40%") are
   * read as exact units: news copy prints small round numbers as they are, and reading "40%" as
   * 35–45 % would hide real differences.
   */
  trailingZerosMinDigits: number;
  /**
   * Vague words have soft edges: when figures fail to overlap only by less than this fraction
   * of a vague word's bound ("dozens" against 104), the difference is one of wording, and the
   * verdict is not_comparable (too_vague), not contradict. Vague words contradict only when
   * their ranges miss each other, beyond this margin, on the same date.
   */
  vagueMargin: number;
  /**
   * Running totals whose as-of dates lie at most this many days apart share a comparison group,
   * so a reader sees them side by side; their values are compared only on the same day.
   */
  asOfWindowDays: number;
  /**
   * Shares published for fixed windows (SIPRI's five-year shares of a country's arms imports,
   * released each March for the five years to the previous December). A share of these measures
   * printed with no window is read, as an inference marked inferred, as the latest window
   * published by the article's date: in October 2020, 2015–2019; in February 2020, 2014–2018.
   */
  shareWindows: { measures: readonly string[]; years: number; releaseMonth: number };
  /**
   * Origins that revise their published data in every release (SIPRI revises past years each
   * year): two outlets printing different values from one of them may have used different releases.
   */
  revisingOrigins: readonly string[];
  /**
   * Measures a reader would put side by side although they are defined differently. They share
   * a comparison group, and the verdict says they are different quantities (definition).
   */
  families: Readonly<Record<string, string>>;
  /**
   * Measures that grow by exactly the time elapsed (days of fighting): two of them dated
   * differently are different quantities, and a check tests whether they imply one start date.
   */
  clockMeasures: readonly string[];
  /** Figures printed as ordinals ("fifth day"): day n has begun, n − 1 have passed. */
  ordinal: RegExp;
  /** Exchange rates with provenance. None is shipped: see units.ts for why. */
  currencyRates: readonly CurrencyRate[];
  /** How far an article's implied rate may stray from a documented rate and still pass. */
  currencyCheckTolerance: number;
  /** Relative tolerance for treating two computed bounds as equal (floating point). */
  epsilon: number;
  /**
   * Claimants whose money figures are SIPRI trend-indicator values (TIV): SIPRI measures the
   * volume of transfers from unit production costs, not prices paid, so a dollar figure it is
   * credited with is a TIV printed as dollars and is compared only with other TIVs.
   */
  tivClaimant: RegExp;
  /** Sides whose money figures are a government's declared contract or purchase values. */
  governmentSides: readonly string[];
  /** The warring parties: a claim about one of them is self-reported or an adversary claim. */
  belligerents: readonly string[];
  /**
   * Claimants identified only within one article ("Officials (unnamed)"): the same words in
   * two articles need not be the same people. Press claims of an unidentified outlet are
   * treated the same way (see claimants.ts).
   */
  perArticleClaimant: RegExp;
  /** A share measure and the count measure it is a share of (for the population check). */
  shareOfCount: Readonly<Record<string, string>>;
  /** Measures that add up to a total measure (for the parts-of-a-total check). */
  measureParts: Readonly<Record<string, readonly string[]>>;
  /** Counted parties that add up to a larger one (for the parts-of-a-total check). */
  countedParts: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_RULES: EngineRules = Object.freeze({
  aboutFraction: 0.1,
  nearlyFraction: 0.1,
  printedPrecision: true,
  trailingZerosMinDigits: 3,
  vagueMargin: 0.25,
  asOfWindowDays: 3,
  shareWindows: Object.freeze({ measures: ['arms_import_share'], years: 5, releaseMonth: 3 }),
  revisingOrigins: ['sipri'],
  families: Object.freeze({
    arms_import_share: 'arms_share',
    arms_stock_share: 'arms_share',
  }),
  clockMeasures: ['fighting_duration'],
  ordinal:
    /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(st|nd|rd|th))\b/i,
  currencyRates: [],
  currencyCheckTolerance: 0.03,
  epsilon: 1e-9,
  tivClaimant: /\bSIPRI\b|Stockholm International Peace Research Institute/i,
  governmentSides: ['armenia', 'azerbaijan', 'israel', 'turkey'],
  belligerents: BELLIGERENTS,
  perArticleClaimant: /\b(unnamed|unidentified|anonymous)\b/i,
  shareOfCount: Object.freeze({ share_fled: 'people_fled' }),
  measureParts: Object.freeze({ total_deaths: ['military_deaths', 'civilian_deaths'] }),
  countedParts: Object.freeze({ both_sides: ['armenia', 'azerbaijan'] }),
});

/** The defaults with some rules replaced. */
export function resolveRules(overrides: Partial<EngineRules> = {}): EngineRules {
  return { ...DEFAULT_RULES, ...overrides };
}

/** The family a measure is compared in: itself unless the rules join it to others. */
export function familyOf(measure: string, rules: EngineRules): string {
  return rules.families[measure] ?? measure;
}
