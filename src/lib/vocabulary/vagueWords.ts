/**
 * Vague quantity words and the ranges this project reads them as: conventions of the project,
 * documented in data/README.md, not facts from the articles. The words compose, so that the
 * extractor, the validator and the engine read "hundreds of thousands", "tens of thousands",
 * "a few dozen" and "several hundred" the same way from one table:
 *
 * - a plural scale word alone ("hundreds") spans its declared range (200–999);
 * - a plural scale word "of" a larger one ("tens of thousands") scales the first word's range by
 *   the second's unit, up to just below the next step: 20,000–99,999;
 * - a multiplier before a singular scale word ("a few dozen", "several hundred") multiplies the
 *   multiplier's range by the unit: 24–60, 300–900.
 */

export type Range = readonly [number, number];

interface Scale {
  /** The quantity one of it stands for: a dozen is 12. */
  unit: number;
  /** What the plural alone is read as. */
  alone: Range;
  /** It may stand before "of" and a larger scale word ("tens of thousands"). */
  inner: boolean;
  /** It may follow "of" in a composed phrase ("tens of thousands"). */
  outer: boolean;
  /** Its singular may follow a multiplier ("several hundred", "a few dozen"). */
  multiplied: boolean;
}

/** Plural scale words; the singular is the same word without its final "s". */
export const SCALES: Readonly<Record<string, Scale>> = Object.freeze({
  tens: { unit: 10, alone: [20, 99], inner: true, outer: false, multiplied: false },
  dozens: { unit: 12, alone: [24, 99], inner: false, outer: false, multiplied: true },
  scores: { unit: 20, alone: [40, 199], inner: false, outer: false, multiplied: false },
  hundreds: { unit: 100, alone: [200, 999], inner: true, outer: false, multiplied: true },
  thousands: { unit: 1000, alone: [2000, 9999], inner: false, outer: true, multiplied: true },
  millions: {
    unit: 1_000_000,
    alone: [2_000_000, 9_999_999],
    inner: false,
    outer: true,
    multiplied: true,
  },
});

/** Words for a small, unstated count, alone or before a singular scale word. */
export const MULTIPLIERS: Readonly<Record<string, Range>> = Object.freeze({
  'a few': [2, 5],
  several: [3, 9],
});

const singularOf = (plural: string) => plural.slice(0, -1);
const SINGULAR_SCALE = new Map(
  Object.entries(SCALES)
    .filter(([, s]) => s.multiplied)
    .map(([w, s]) => [singularOf(w), s]),
);

export interface VagueMatch {
  /** The phrase, normalised: "hundreds of thousands". */
  phrase: string;
  /** How many words of the input it takes. */
  words: number;
  range: Range;
}

function multiplierAt(words: readonly string[], i: number): [string, Range] | undefined {
  for (const [phrase, range] of Object.entries(MULTIPLIERS)) {
    const parts = phrase.split(' ');
    if (parts.every((p, k) => words[i + k] === p)) return [phrase, range];
  }
  return undefined;
}

/**
 * The longest vague phrase starting at word `i` of lower-case words, or undefined: "tens of
 * thousands" (3 words), "a few dozen" (3), "several hundred" (2), "hundreds" (1), "several" (1).
 */
export function vagueAt(words: readonly string[], i: number): VagueMatch | undefined {
  const w = words[i];
  if (w === undefined) return undefined;
  const scale = Object.prototype.hasOwnProperty.call(SCALES, w) ? SCALES[w] : undefined;
  if (scale) {
    const outerWord = words[i + 2];
    const outer =
      words[i + 1] === 'of' && outerWord !== undefined && Object.hasOwn(SCALES, outerWord)
        ? SCALES[outerWord]
        : undefined;
    if (scale.inner && outer?.outer && outer.unit > scale.unit) {
      const [lo, hi] = scale.alone;
      return {
        phrase: `${w} of ${outerWord}`,
        words: 3,
        range: [lo * outer.unit, (hi + 1) * outer.unit - 1],
      };
    }
    return { phrase: w, words: 1, range: scale.alone };
  }
  const multiplier = multiplierAt(words, i);
  if (!multiplier) return undefined;
  const [phrase, [lo, hi]] = multiplier;
  const length = phrase.split(' ').length;
  const next = words[i + length];
  const unit = next === undefined ? undefined : SINGULAR_SCALE.get(next);
  if (unit && next !== undefined) {
    return {
      phrase: `${phrase} ${next}`,
      words: length + 1,
      range: [lo * unit.unit, hi * unit.unit],
    };
  }
  return { phrase, words: length, range: [lo, hi] };
}

/** Lower-case words of a text, with hyphens and apostrophes kept inside words. */
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);

/** The longest vague phrase anywhere in a printed figure ("more than hundreds of thousands"). */
export function findVague(text: string): VagueMatch | undefined {
  const words = wordsOf(text);
  let best: VagueMatch | undefined;
  for (let i = 0; i < words.length; i++) {
    const m = vagueAt(words, i);
    if (m && (!best || m.words > best.words)) best = m;
  }
  return best;
}

/** Every phrase the table reads, with its range: for the data dictionary and the notebooks. */
export function vaguePhrases(): VagueMatch[] {
  const out: VagueMatch[] = [];
  const add = (text: string) => {
    const m = findVague(text);
    if (m && m.phrase === text) out.push(m);
  };
  for (const m of Object.keys(MULTIPLIERS)) add(m);
  for (const s of Object.keys(SCALES)) add(s);
  for (const m of Object.keys(MULTIPLIERS))
    for (const s of Object.keys(SCALES)) add(`${m} ${singularOf(s)}`);
  for (const s of Object.keys(SCALES))
    for (const o of Object.keys(SCALES)) if (o !== s) add(`${s} of ${o}`);
  return out;
}

/** Words a vague phrase can start with, for scanners that skip other words at once. */
export const VAGUE_FIRST_WORDS: readonly string[] = [
  ...Object.keys(SCALES),
  ...Object.keys(MULTIPLIERS).map((m) => m.split(' ')[0] as string),
];
