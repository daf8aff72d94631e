/**
 * Counts whose noun is printed before the number, or left out: "105 of them", "23 names of
 * soldiers", "the total number of casualties ... is 157", "had increased by 35 to over 1,000",
 * "105 of them have been repatriated to Armenia and 17 to Azerbaijan". News reports print counts
 * this way; the reader after the number (units.ts) finds no noun there.
 *
 * One row per rule, with an example that tests/extract/rules.test.ts runs (the unit the
 * example's figure must get). Each rule looks only at a few tokens around the figure and at
 * the sentence's own tokens, which the caller has already made: no rescan of the paragraph.
 */
import type { Unit } from '../data/types.ts';
import type { Token } from './tokens.ts';
import { COUNT_FAMILIES, familyOf, nounUnitAt } from './unitWords.ts';
import type { UnitFamily } from '../vocabulary/vocabulary.ts';

export interface NounBeforeInput {
  tokens: readonly Token[];
  /** First and last token of the number. */
  first: number;
  last: number;
  /** The unit of the last count read before this figure in the paragraph, if any. */
  previous: Unit | '';
  /** The unit of the last count before this figure in the same sentence, if any. */
  previousInSentence: Unit | '';
}

const lower = (tokens: readonly Token[], k: number) => tokens[k]?.lower ?? '';

const isCount = (unit: Unit | '') =>
  unit !== '' && COUNT_FAMILIES.has(familyOf(unit) as UnitFamily);

/** "of them", "of those", "of these", "of whom", "of which". */
const PRONOUN_OF = new Set(['them', 'those', 'these', 'whom', 'which']);

/** Nouns that hold a count of something named after "of": "23 names of soldiers". */
const CONTAINERS = new Set(['names', 'members', 'bodies', 'remains', 'units', 'pieces']);

/** Words between "of" and the noun: "105 of his country's soldiers", "two of these drones". */
const OF_FILLERS = new Set(
  "his her its their our the these those country country's 's s own enemy more such".split(' '),
);

/** Words right before a number that reach back to a noun: "is 157", "rose to", "by 35". */
const LEAD_WORDS = new Set(
  'is was are were to at by reached reaching stands stood surpassed exceeded exceeding hit tops topped of'.split(
    ' ',
  ),
);

/** Heads of a tally further back in the sentence: "the number of casualties". */
const TALLY_HEADS = new Set(['number', 'total', 'toll', 'tally', 'count', 'list', 'population']);

/** How far back a tally's noun may stand from its number. */
const TALLY_REACH = 40;

/** The unit of the first count noun within `span` tokens from `from` (skipping fillers). */
function nounFrom(tokens: readonly Token[], from: number, span: number): Unit | '' {
  for (let k = from; k < from + span && k < tokens.length; k++) {
    const noun = nounUnitAt(tokens, k);
    if (noun && isCount(noun.unit)) return noun.unit;
    if (tokens[k]?.kind !== 'word' && tokens[k]?.text !== "'") return '';
  }
  return '';
}

/** A tally's noun further back: "the number of its servicemen killed ... had increased by 35". */
function tallyBack({ tokens, first }: NounBeforeInput): Unit | '' {
  if (!LEAD_WORDS.has(lower(tokens, first - 1)) && !LEAD_WORDS.has(lower(tokens, first - 2))) {
    return '';
  }
  for (let k = first - 2; k >= 0 && k >= first - TALLY_REACH; k--) {
    if (!TALLY_HEADS.has(lower(tokens, k))) continue;
    if (lower(tokens, k) === 'population') return 'people';
    if (lower(tokens, k + 1) !== 'of') continue;
    const unit = nounFrom(tokens, k + 2, 4);
    if (unit !== '') return unit;
  }
  return '';
}

export const NOUN_BEFORE_RULES: ReadonlyArray<{
  name: string;
  read: (input: NounBeforeInput) => Unit | '';
  example: string;
  figure: string;
  unit: Unit;
}> = [
  {
    name: 'N of them: the count named before',
    read: ({ tokens, last, previous }) =>
      lower(tokens, last + 1) === 'of' && PRONOUN_OF.has(lower(tokens, last + 2)) ? previous : '',
    example: 'A total of 122 prisoners were returned. 105 of them went home.',
    figure: '105',
    unit: 'people',
  },
  {
    name: 'N of his soldiers: the noun after the possessive',
    read: ({ tokens, last }) => {
      if (lower(tokens, last + 1) !== 'of') return '';
      let k = last + 2;
      while (OF_FILLERS.has(lower(tokens, k)) || tokens[k]?.text === "'") k++;
      return nounFrom(tokens, k, 1);
    },
    example: "Pashinyan said that 105 of his country's soldiers had been killed.",
    figure: '105',
    unit: 'people',
  },
  {
    name: 'N names of soldiers: a container and its noun',
    read: ({ tokens, last }) => {
      const k = /^(more|other|additional|new)$/.test(lower(tokens, last + 1)) ? last + 2 : last + 1;
      return CONTAINERS.has(lower(tokens, k)) && lower(tokens, k + 1) === 'of'
        ? nounFrom(tokens, k + 2, 3)
        : '';
    },
    example: 'The ministry released a list of 23 names of soldiers killed.',
    figure: '23',
    unit: 'people',
  },
  {
    name: 'the number of casualties ... is N: a tally further back',
    read: tallyBack,
    example: 'The total number of casualties since the escalation in the region is 157.',
    figure: '157',
    unit: 'people',
  },
  {
    name: 'N and M to ...: a bare count after a count of the same sentence',
    read: ({ tokens, last, previousInSentence }) => {
      const next = tokens[last + 1];
      const bare =
        next === undefined || next.kind === 'punct' || /^(to|in|on|at|from)$/.test(next.lower);
      return bare && isCount(previousInSentence) ? previousInSentence : '';
    },
    example: '105 soldiers were sent to Armenia and 17 to Azerbaijan.',
    figure: '17',
    unit: 'people',
  },
];

/** The unit a rule of NOUN_BEFORE_RULES gives a figure with none, or ''. */
export function unitBefore(input: NounBeforeInput): Unit | '' {
  for (const rule of NOUN_BEFORE_RULES) {
    const unit = rule.read(input);
    if (unit !== '') return unit;
  }
  return '';
}
