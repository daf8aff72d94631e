/**
 * Qualifying words around a figure and the bounds they imply (data/README.md, "Qualifiers and
 * the bounds they imply"): "at least 350", "more than $740 million", "nearly 70%", "some 200",
 * "up to 40", "as many as 5,000", "200 or more".
 */
import type { Qualifier } from '../data/types.ts';
import type { Token } from './tokens.ts';

/** Phrases before a number, longest first within each qualifier. */
const BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  ['at least', 'at_least'],
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['a minimum of', 'at_least'],
  ['more than', 'more_than'],
  ['upwards of', 'more_than'],
  ['in excess of', 'more_than'],
  ['over', 'more_than'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['barely', 'barely'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['not quite', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['some', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['circa', 'about'],
  ['up to', 'up_to'],
  ['as many as', 'up_to'],
  ['as much as', 'up_to'],
  ['a maximum of', 'up_to'],
  ['no more than', 'up_to'],
  ['less than', 'up_to'],
  ['fewer than', 'up_to'],
  ['under', 'up_to'],
];

const PHRASES = BEFORE.map(([phrase, q]) => [phrase.split(' '), q] as const).sort(
  (a, b) => b[0].length - a[0].length,
);

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

/** Qualifiers after a number: "200 or more", "50 or so", "200-plus". */
export function qualifierAfter(tokens: Token[], last: number): QualifierAfterRead | undefined {
  const a = tokens[last + 1]?.lower;
  const b = tokens[last + 2]?.lower;
  if (a === 'or' && b === 'more') return { qualifier: 'at_least', last: last + 2 };
  if (a === 'or' && b === 'so') return { qualifier: 'about', last: last + 2 };
  if (a === 'plus') return { qualifier: 'more_than', last: last + 1 };
  if (a === '-' && b === 'plus') return { qualifier: 'more_than', last: last + 2 };
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
