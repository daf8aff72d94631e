/**
 * Numbers in a token stream: digits with thousands separators and decimals, numbers in words,
 * magnitude words and abbreviations ("375 million", "$2bn"), ordinals ("fifth", "5th"), fractions
 * ("a quarter", "nearly half", "two-thirds"), vague quantity words ("dozens", "tens of thousands")
 * and ranges ("40-45", "7,000-8,000", "two or three", "between 2,000 and 3,000").
 *
 * This stage only reads numbers. Whether a number is a figure (and not a year, a date or a
 * model name) is decided in nonFigures.ts; units and qualifiers around it in units.ts and
 * qualifiers.ts.
 */
import type { Token } from './tokens.ts';
import { VAGUE_FIRST_WORDS, vagueAt } from '../vocabulary/vagueWords.ts';
import { touches } from './tokens.ts';
import {
  CARDINALS,
  FRACTIONS,
  LETTER_SCALES,
  ORDINALS,
  SCALES,
  readWordNumber,
} from './numberWords.ts';

export type NumberKind = 'cardinal' | 'ordinal' | 'fraction' | 'vague' | 'decade';

export interface NumberCore {
  /** Index of the first and last token of the number (inclusive). */
  first: number;
  last: number;
  /** For a range, its first number; for a vague word, the low end of its range. */
  value: number;
  /** The range's last number or the vague word's high end; null for a single number. */
  high: number | null;
  kind: NumberKind;
  /** Written in words ("eight") rather than digits. */
  spelled: boolean;
  range: boolean;
  /** Digits with a separator or decimal point ("1,900", "4.85"): never a year or a day. */
  formatted: boolean;
  /** A magnitude word or abbreviation was applied. */
  scaled: boolean;
  /** The magnitude was a single letter ("$300m"): only a figure next to a currency. */
  letterScale: boolean;
  /** A count of times ("twice"): a figure only as a count of events. */
  times?: boolean;
}

/** Words that count times, one row each: "hit Barda twice". */
export const TIMES_WORDS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
]);

/** Multiply without the binary noise of 4.85 * 1e9. */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

function applyScale(tokens: Token[], core: NumberCore): NumberCore {
  const next = tokens[core.last + 1];
  if (next === undefined || next.kind !== 'word' || core.kind !== 'cardinal') return core;
  const scale = SCALES.get(next.lower);
  if (scale !== undefined) {
    // "hundred" after digits is rare and never a magnitude of money; keep it simple.
    if (scale === 100 && !core.spelled) return core;
    return {
      ...core,
      last: core.last + 1,
      value: scaleValue(core.value, scale),
      scaled: true,
    };
  }
  const letter = LETTER_SCALES.get(next.lower);
  if (letter !== undefined && touches(tokens[core.last], next) && !core.spelled) {
    return {
      ...core,
      last: core.last + 1,
      value: scaleValue(core.value, letter),
      scaled: true,
      letterScale: true,
    };
  }
  return core;
}

function single(
  first: number,
  last: number,
  value: number,
  kind: NumberKind,
  spelled: boolean,
  formatted = false,
): NumberCore {
  return {
    first,
    last,
    value,
    high: null,
    kind,
    spelled,
    range: false,
    formatted,
    scaled: false,
    letterScale: false,
  };
}

function readDigits(tokens: Token[], i: number): NumberCore | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'num') return undefined;
  const value = Number(t.text.replace(/[,\u202F]/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const formatted = /[,.\u202F]/.test(t.text);
  const next = tokens[i + 1];
  if (next !== undefined && touches(t, next) && next.kind === 'word') {
    if (ORDINAL_SUFFIX.has(next.lower)) return single(i, i + 1, value, 'ordinal', false);
    if (next.lower === 's') return single(i, i + 1, value, 'decade', false);
  }
  return applyScale(tokens, single(i, i, value, 'cardinal', false, formatted));
}

function readFraction(tokens: Token[], i: number): NumberCore | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return undefined;
  let numerator = 1;
  let j = i;
  if (t.lower === 'half') {
    // "half of", "half the" stand alone; "the second half" is a part, not a share.
    if (/^(the|first|second|other|latter|former|this|that)$/.test(tokens[i - 1]?.lower ?? '')) {
      return undefined;
    }
  } else if (t.lower === 'a' || t.lower === 'one') {
    j = i + 1;
  } else {
    const n = CARDINALS.get(t.lower);
    if (n === undefined || n < 2 || n > 9) return undefined;
    numerator = n;
    j = i + 1;
    if (tokens[j]?.text === '-' && touches(t, tokens[j])) j++;
  }
  const word = tokens[j];
  if (word === undefined) return undefined;
  const share = FRACTIONS.get(word.lower);
  if (share === undefined) return undefined;
  const plural = word.lower.endsWith('s') && word.lower !== 'halves';
  if (numerator > 1 !== plural) return undefined;
  // A fraction is a figure only as a share of something: "half of", "a quarter of its".
  const after = tokens[j + 1]?.lower;
  if (after !== 'of' && after !== 'the') return undefined;
  const percent = Number((numerator * share * 100).toFixed(2));
  return single(i, j, percent, 'fraction', true);
}

function readVague(tokens: Token[], i: number): NumberCore | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return undefined;
  // The vocabulary reads composed phrases ("tens of thousands", "a few dozen") from plain words.
  const words: string[] = [];
  for (let k = i; k < i + 4 && tokens[k]?.kind === 'word'; k++) words.push(tokens[k]!.lower);
  const match = vagueAt(words, 0);
  if (!match) return undefined;
  const core = single(i, i + match.words - 1, match.range[0], 'vague', true);
  return { ...core, high: match.range[1] };
}

/** Words a number can start with; any other word is skipped at once. */
const STARTS = new Set([
  ...CARDINALS.keys(),
  ...ORDINALS.keys(),
  ...VAGUE_FIRST_WORDS,
  'a',
  'an',
  'half',
  ...TIMES_WORDS.keys(),
]);

function readOne(tokens: Token[], i: number): NumberCore | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === 'num') return readDigits(tokens, i);
  if (t.kind !== 'word' || !STARTS.has(t.lower)) return undefined;
  const times = TIMES_WORDS.get(t.lower);
  if (times !== undefined) return { ...single(i, i, times, 'cardinal', true), times: true };
  const vague = readVague(tokens, i);
  if (vague) return vague;
  const fraction = readFraction(tokens, i);
  if (fraction) return fraction;
  const words = readWordNumber(tokens, i);
  if (words) return applyScale(tokens, single(i, words.last, words.value, 'cardinal', true));
  const ordinal = ORDINALS.get(t.lower);
  if (ordinal !== undefined) return single(i, i, ordinal, 'ordinal', true);
  return undefined;
}

const RANGE_WORDS = new Set(['to', 'or', 'and']);

/** Extend `core` into a range when a second number of the same kind follows. */
function readRange(tokens: Token[], core: NumberCore): NumberCore {
  if (core.kind !== 'cardinal') return core;
  const sep = tokens[core.last + 1];
  if (sep === undefined) return core;
  const isDash = sep.text === '-' || sep.text === '/';
  if (!isDash && !(sep.kind === 'word' && RANGE_WORDS.has(sep.lower))) return core;
  if (sep.lower === 'and' && tokens[core.first - 1]?.lower !== 'between') return core;
  if (sep.text === '/' && !touches(tokens[core.last], sep)) return core;
  const second = readOne(tokens, core.last + 2);
  if (second === undefined || second.kind !== 'cardinal' || second.spelled !== core.spelled) {
    return core;
  }
  if (isDash && core.spelled) return core;
  let value = core.value;
  let scaled = core.scaled;
  // "2-3 billion": the magnitude written once applies to both ends.
  if (!core.scaled && second.scaled) {
    const ratio =
      second.value / Number(tokens[second.first]?.text.replace(/[,\u202F]/g, '') ?? NaN);
    if (!core.spelled && Number.isFinite(ratio) && ratio > 1) {
      value = scaleValue(value, ratio);
      scaled = true;
    }
  }
  if (second.value < value) return core;
  return {
    ...core,
    last: second.last,
    value,
    high: second.value,
    range: true,
    scaled,
    letterScale: core.letterScale || second.letterScale,
    formatted: core.formatted || second.formatted,
  };
}

/** The number that starts at token `i`, or undefined when none does. */
export function readNumberAt(tokens: Token[], i: number): NumberCore | undefined {
  const core = readOne(tokens, i);
  if (core === undefined) return undefined;
  return readRange(tokens, core);
}

/** Cheap test used to skip sentences that cannot hold a number. */
export const NUMBER_CUE = new RegExp(
  `\\d|\\b(?:${[
    ...CARDINALS.keys(),
    ...ORDINALS.keys(),
    ...VAGUE_FIRST_WORDS,
    'half',
    ...TIMES_WORDS.keys(),
    'quarter',
    'dozen',
    'thirds',
    'quarters',
    'fifths',
  ]
    .filter((w) => !w.includes(' '))
    .join('|')})\\b`,
  'i',
);
