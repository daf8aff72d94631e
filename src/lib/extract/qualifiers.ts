/**
 * Qualifying words around a figure and the bounds they imply (data/README.md, "Qualifiers and
 * the bounds they imply"): "at least 350", "more than $740 million", "nearly 70%", "some 200",
 * "up to 40", "as many as 5,000", "200 or more".
 */
import type { Qualifier } from '../data/types.ts';
import { QUALIFIERS, QUALIFIER_VOCABULARY } from '../vocabulary/vocabulary.ts';
import type { Token } from './tokens.ts';

/**
 * Phrases before a number: the words the vocabulary gives each qualifier
 * (src/lib/vocabulary/vocabulary.ts, QUALIFIER_VOCABULARY), longest first.
 */
const PHRASES: ReadonlyArray<readonly [readonly string[], Qualifier]> = QUALIFIERS.flatMap((q) =>
  QUALIFIER_VOCABULARY[q].words.map((w) => [w.split(' '), q] as const),
).sort((a, b) => b[0].length - a[0].length);

/** Intensifiers that may precede a qualifier and belong to the printed figure: "just over". */
const INTENSIFIERS = new Set(['just', 'well', 'slightly']);

export interface QualifierRead {
  qualifier: Qualifier;
  /** Index of the first token of the qualifier (the figure's first token if none). */
  first: number;
}

/** The qualifier that ends right before token `first` (typically a number or a currency). */
export function qualifierBefore(tokens: Token[], first: number): QualifierRead {
  for (const [words, qualifier] of PHRASES) {
    const start = first - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[start + k]?.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const before = tokens[start - 1];
    // "just over 200" belongs together; "just under" is its own phrase.
    if (before !== undefined && INTENSIFIERS.has(before.lower) && qualifier !== 'nearly') {
      return { qualifier, first: start - 1 };
    }
    return { qualifier, first: start };
  }
  return { qualifier: 'exact', first };
}

export interface QualifierAfterRead {
  qualifier: Qualifier;
  last: number;
}

/** Qualifiers after a number, one row each with an example: "200 or more", "190+". */
export const AFTER_RULES: ReadonlyArray<{
  words: readonly string[];
  qualifier: Qualifier;
  example: string;
}> = [
  { words: ['or', 'more'], qualifier: 'at_least', example: '200 or more' },
  { words: ['or', 'so'], qualifier: 'about', example: '50 or so' },
  { words: ['plus'], qualifier: 'more_than', example: '200 plus' },
  { words: ['-', 'plus'], qualifier: 'more_than', example: '200-plus' },
  { words: ['+'], qualifier: 'more_than', example: '190+' },
];

/** The qualifier printed right after the number ending at token `last`, if any. */
export function qualifierAfter(tokens: Token[], last: number): QualifierAfterRead | undefined {
  for (const rule of AFTER_RULES) {
    if (rule.words.every((w, i) => tokens[last + 1 + i]?.lower === w)) {
      return { qualifier: rule.qualifier, last: last + rule.words.length };
    }
  }
  return undefined;
}

export interface Bounds {
  low: number | null;
  high: number | null;
}

/** The bounds a qualifier implies for `value` (and `high` for ranges and vague words). */
export function boundsOf(qualifier: Qualifier, value: number, high: number | null): Bounds {
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'at_least':
    case 'more_than':
      return { low: value, high: null };
    case 'nearly':
    case 'barely':
      return { low: null, high: value };
    case 'about':
      return { low: null, high: null };
    case 'up_to':
      return { low: 0, high: value };
    case 'range':
    case 'vague':
      return { low: value, high: high ?? value };
  }
}
