/**
 * Numbers written as words: cardinals ("eight", "twenty-five", "two hundred and fifty",
 * "a dozen"), ordinals ("fifth"), fractions ("a quarter", "two-thirds") and vague quantity words.
 *
 * Not compromise's number parser: it runs at about 0.1 MB/s here (the target is 5 MB/s) and
 * returns 4.1 billion as 4099999999.9999995; the vocabulary is closed and short, so a table does.
 */
import type { Token } from './tokens.ts';
import { touches } from './tokens.ts';

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ...SMALL.map((w, i) => [w, i] as [string, number]),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as [string, number]),
]);

/** Multipliers written as words or abbreviations. Single letters need a currency (see units). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
]);
export const LETTER_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
]);

const ORDINAL_SMALL = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS = [
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...ORDINAL_SMALL.map((w, i) => [w, i] as [string, number]).slice(1),
  ...ORDINAL_TENS.map((w, i) => [w, (i + 2) * 10] as [string, number]),
  ['hundredth', 100],
]);

/** Fractions, as shares of one. Plural forms go with a numerator ("two-thirds"). */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2],
  ['halves', 1 / 2],
  ['third', 1 / 3],
  ['thirds', 1 / 3],
  ['quarter', 1 / 4],
  ['quarters', 1 / 4],
  ['fourth', 1 / 4],
  ['fourths', 1 / 4],
  ['fifth', 1 / 5],
  ['fifths', 1 / 5],
  ['tenth', 1 / 10],
  ['tenths', 1 / 10],
]);

export interface WordNumber {
  value: number;
  /** Index of the last token of the number. */
  last: number;
}

function cardinalOf(tokens: Token[], i: number): { value: number; last: number } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const base = CARDINALS.get(t.lower);
  if (base === undefined) return undefined;
  // "twenty-five"
  const hyphen = tokens[i + 1];
  const unit = tokens[i + 2];
  if (
    base >= 20 &&
    base % 10 === 0 &&
    hyphen?.text === '-' &&
    touches(t, hyphen) &&
    touches(hyphen, unit) &&
    unit !== undefined
  ) {
    const u = CARDINALS.get(unit.lower);
    if (u !== undefined && u > 0 && u < 10) return { value: base + u, last: i + 2 };
  }
  return { value: base, last: i };
}

/**
 * Read a cardinal written in words starting at token `i`: "eight", "twenty-five",
 * "two hundred and fifty thousand", "a hundred", "a dozen". Undefined when none starts there.
 */
export function readWordNumber(tokens: Token[], i: number): WordNumber | undefined {
  let total = 0;
  let current = 0;
  let last = -1;
  let j = i;
  const first = tokens[i];
  if (first === undefined) return undefined;
  if (first.lower === 'a' || first.lower === 'an') {
    const next = tokens[i + 1]?.lower ?? '';
    if (next === 'dozen') return { value: 12, last: i + 1 };
    if (next !== 'hundred' && next !== 'thousand' && next !== 'million' && next !== 'billion') {
      return undefined;
    }
    current = 1;
    j = i + 1;
  } else if (first.lower === 'dozen') {
    return undefined;
  }
  let expectSmall = true;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t === undefined) break;
    const card = expectSmall ? cardinalOf(tokens, j) : undefined;
    if (card !== undefined) {
      current += card.value;
      last = card.last;
      j = card.last + 1;
      expectSmall = false;
      continue;
    }
    const scale = SCALES.get(t.lower);
    if (scale !== undefined && (t.lower === 'hundred' || t.lower.length > 3)) {
      if (scale === 100) current = (current === 0 ? 1 : current) * 100;
      else {
        total += (current === 0 ? 1 : current) * scale;
        current = 0;
      }
      last = j;
      j++;
      expectSmall = true;
      // "two hundred and fifty"
      if (tokens[j]?.lower === 'and' && CARDINALS.has(tokens[j + 1]?.lower ?? '')) j++;
      continue;
    }
    break;
  }
  if (last < 0) return undefined;
  return { value: total + current, last };
}
