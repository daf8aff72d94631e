/**
 * From a number in its sentence to a figure: drop what is not a figure (years, dates, names,
 * "one of", ages), attach the unit and the qualifier, and cut the printed span.
 */
import type { Qualifier, Unit } from '../data/types.ts';
import { isCapitalised, touches, type Token } from './tokens.ts';
import { scaleValue, type NumberCore } from './numbers.ts';
import {
  followsDeterminer,
  isDayOfMonth,
  isListMarker,
  isPartOfName,
  isYear,
} from './nonFigures.ts';
import {
  currencyBefore,
  peopleByContext,
  unitAfter,
  type CurrencyRead,
  type UnitRead,
} from './units.ts';
import { qualifierAfter, qualifierBefore } from './qualifiers.ts';
import { windowIn } from './timeframe.ts';
import { COUNT_FAMILIES, familyOf } from './unitWords.ts';
import { ATTACK_VERB } from './guessMeasure.ts';
import type { UnitFamily } from '../vocabulary/vocabulary.ts';

/** A figure found in a sentence, before the guesses. */
export interface Figure {
  start: number;
  end: number;
  lastToken: number;
  value: number;
  high: number | null;
  unit: Unit | '';
  unitNote: string | null;
  qualifier: Qualifier;
  noun: string | null;
  core: NumberCore;
}

const YEAR_PREPOSITIONS = new Set(
  'in since by from until till of during before after between through circa around'.split(' '),
);

/** Words that make a sentence one about people killed or hurt. */
const CASUALTY_WORDS: ReadonlySet<string> = new Set([
  'casualties',
  'killed',
  'dead',
  'deaths',
  'wounded',
  'injured',
  'fatalities',
]);

/** Numbers that are never figures, whatever follows: decades, days of a month, list markers. */
function notAQuantity(
  tokens: Token[],
  core: NumberCore,
  currency: CurrencyRead | undefined,
): boolean {
  const first = tokens[core.first] as Token;
  if (core.kind === 'decade') return true;
  if (core.letterScale && !currency) return true;
  if (!currency && isDayOfMonth(tokens, core)) return true;
  if (isListMarker(tokens, core)) return true;
  // "000", "09": leading zeros mark codes and clock readings, not quantities.
  if (!core.spelled && /^0\d/.test(first.text)) return true;
  // "test scores", not "scores of"
  return core.kind === 'vague' && first.lower === 'scores' && tokens[core.last + 1]?.lower !== 'of';
}

/** Ages ("a 10-year-old boy", "20 years old") and names ("the Four-Day War"). */
function ageOrName(tokens: Token[], core: NumberCore, read: UnitRead): boolean {
  const next = tokens[read.last + 1];
  if (read.unit === 'years' && next?.text === '-' && tokens[read.last + 2]?.lower === 'old') {
    return true;
  }
  if (read.unit === 'years' && next?.lower === 'old') return true;
  return read.last > core.last && isCapitalised(tokens[core.first]) && isCapitalised(next);
}

/**
 * "one of the soldiers", "one official said": "one" is a figure only with a unit of measure, a
 * count of equipment or events ("one Mi-24 helicopter"), or people killed or wounded ("killing
 * one civilian"). Numbers with nothing known about them are dropped in some shapes too.
 */
function weakNumber(tokens: Token[], core: NumberCore, unit: Unit | '', known: boolean): boolean {
  const family = familyOf(unit);
  const measured =
    (unit !== '' && !COUNT_FAMILIES.has(family as UnitFamily)) ||
    family === 'equipment' ||
    family === 'events' ||
    (family === 'people' && peopleByContext(tokens, core.first, core.last));
  // "one of the first attacks" is never a count.
  if (core.spelled && core.value === 1 && tokens[core.last + 1]?.lower === 'of') return true;
  if (core.spelled && core.value === 1 && !core.scaled && !measured) {
    if (qualifierBefore(tokens, core.first).qualifier === 'exact') return true;
  }
  if (known) return false;
  if (core.kind === 'vague') return true; // "several videos": a word, not a count we keep
  if (core.spelled && followsDeterminer(tokens, core)) return true;
  const after = tokens[core.last + 1];
  return after?.text === '-' && touches(tokens[core.last], after); // "155-mm"
}

/** The unit of the figure: a currency before it, the unit read after it, or its context. */
function unitOf(
  tokens: Token[],
  core: NumberCore,
  currency: CurrencyRead | undefined,
  read: UnitRead,
): { unit: Unit | ''; note: string | null } {
  let unit: Unit | '' = currency?.unit || read.unit;
  const note = currency?.note ?? read.note;
  if (core.kind === 'fraction') unit = 'percent';
  if (unit === '' && note === null && core.kind !== 'ordinal') {
    if (peopleByContext(tokens, core.first, core.last)) unit = 'people';
    // "The casualties ... officially number in the low thousands": a vague word in a sentence
    // about casualties counts people.
    else if (core.kind === 'vague' && tokens.some((t) => CASUALTY_WORDS.has(t.lower))) {
      unit = 'people';
    }
  }
  return { unit, note };
}

/** The printed span and the qualifier: words before and after the number. */
function spanOf(
  tokens: Token[],
  core: NumberCore,
  firstToken: number,
  lastToken: number,
): { first: number; last: number; qualifier: Qualifier } {
  let qualifier: Qualifier = 'exact';
  if (core.kind !== 'ordinal') {
    const q = qualifierBefore(tokens, firstToken);
    qualifier = q.qualifier;
    firstToken = q.first;
  }
  const after = core.kind === 'ordinal' ? undefined : qualifierAfter(tokens, lastToken);
  if (after && qualifier === 'exact') {
    qualifier = after.qualifier;
    lastToken = after.last;
  }
  if (core.range) {
    qualifier = 'range';
    if (tokens[core.first - 1]?.lower === 'between' && firstToken === core.first) {
      firstToken = core.first - 1;
    }
  }
  if (core.kind === 'vague') qualifier = 'vague';
  return { first: firstToken, last: lastToken, qualifier };
}

/** "hit Barda with missiles twice": a count of attacks; "twice as many" is no figure. */
function timesFigure(tokens: Token[], core: NumberCore): Figure | null {
  const text = tokens.map((t) => t.lower).join(' ');
  if (tokens[core.last + 1]?.lower === 'as' || !ATTACK_VERB.test(text)) return null;
  const t = tokens[core.first] as Token;
  return {
    start: t.start,
    end: t.end,
    lastToken: core.last,
    value: core.value,
    high: null,
    unit: 'incidents',
    unitNote: null,
    qualifier: 'exact',
    noun: null,
    core,
  };
}

/** Read one number found at `core` into a figure, or null when it is not a figure. */
export function figureFrom(tokens: Token[], core: NumberCore): Figure | null {
  const first = tokens[core.first];
  if (first === undefined) return null;
  const currency = core.kind === 'cardinal' ? currencyBefore(tokens, core.first) : undefined;
  if (notAQuantity(tokens, core, currency)) return null;
  const read = unitAfter(tokens, core.last, {
    hasCurrency: currency !== undefined,
    ordinal: core.kind === 'ordinal',
  });
  // A year, unless it counts people or things: "in 2016" is a year, "1500 soldiers" a count.
  if (!currency && isYear(tokens, core)) {
    const counts = COUNT_FAMILIES.has(familyOf(read.unit) as UnitFamily) || read.unit === 'percent';
    if (!counts || YEAR_PREPOSITIONS.has(tokens[core.first - 1]?.lower ?? '')) return null;
  }
  if (core.times) return timesFigure(tokens, core);
  const { unit, note } = unitOf(tokens, core, currency, read);
  if (core.kind === 'ordinal' && unit === '' && note === null) return null;
  if (ageOrName(tokens, core, read)) return null;
  const known = unit !== '' || note !== null;
  if (!currency && isPartOfName(tokens, core, 0, known)) return null;
  if (weakNumber(tokens, core, unit, known)) return null;
  const span = spanOf(tokens, core, currency?.first ?? core.first, Math.max(core.last, read.last));
  const multiplier = read.multiplier;
  return {
    start: tokens[span.first]?.start ?? first.start,
    end: tokens[span.last]?.end ?? first.end,
    lastToken: span.last,
    value: multiplier === 1 ? core.value : scaleValue(core.value, multiplier),
    high: core.high === null || multiplier === 1 ? core.high : scaleValue(core.high, multiplier),
    unit,
    unitNote: note,
    qualifier: span.qualifier,
    noun: read.noun,
    core,
  };
}

/** Windows such as "over the past five years" are the period of a money or share figure. */
export function dropWindows(figures: Figure[], sentence: string, offset: number): Figure[] {
  const window = windowIn(sentence);
  if (!window) return figures;
  const hasFlow = figures.some((f) => f.unit === 'USD' || f.unit === 'EUR' || f.unit === 'percent');
  if (!hasFlow) return figures;
  const m =
    /\b(?:over|in|during|for|within) the (?:past|last|previous|preceding) \S+ (?:years?|months?)\b/i.exec(
      sentence,
    );
  if (!m) return figures;
  const start = m.index + offset;
  const end = start + m[0].length;
  return figures.filter((f) => !(f.start >= start && f.end <= end));
}
