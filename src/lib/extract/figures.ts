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
import { currencyBefore, peopleByContext, unitAfter } from './units.ts';
import { qualifierAfter, qualifierBefore } from './qualifiers.ts';
import { windowIn } from './timeframe.ts';
import { COUNT_FAMILIES, familyOf } from './unitWords.ts';
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

/** Read one number found at `core` into a figure, or null when it is not a figure. */
export function figureFrom(tokens: Token[], core: NumberCore): Figure | null {
  if (core.kind === 'decade') return null;
  const first = tokens[core.first];
  if (first === undefined) return null;
  const currency = core.kind === 'cardinal' ? currencyBefore(tokens, core.first) : undefined;
  if (core.letterScale && !currency) return null;
  if (!currency && isDayOfMonth(tokens, core)) return null;
  if (isListMarker(tokens, core)) return null;
  // "000", "09": leading zeros mark codes and clock readings, not quantities.
  if (!core.spelled && /^0\d/.test(first.text)) return null;
  if (core.kind === 'vague' && first.lower === 'scores' && tokens[core.last + 1]?.lower !== 'of') {
    return null; // "test scores", not "scores of"
  }

  const read = unitAfter(tokens, core.last, {
    hasCurrency: currency !== undefined,
    ordinal: core.kind === 'ordinal',
  });
  // A year, unless it counts people or things: "in 2016" is a year, "1500 soldiers" a count.
  if (!currency && isYear(tokens, core)) {
    const readFamily = familyOf(read.unit);
    const counts = COUNT_FAMILIES.has(readFamily as UnitFamily) || read.unit === 'percent';
    if (!counts || YEAR_PREPOSITIONS.has(tokens[core.first - 1]?.lower ?? '')) return null;
  }
  let unit: Unit | '' = currency?.unit || read.unit;
  const note = currency?.note ?? read.note;
  if (core.kind === 'fraction') unit = 'percent';
  if (core.kind === 'ordinal' && unit === '' && note === null) return null;
  if (unit === '' && note === null && core.kind !== 'ordinal') {
    if (peopleByContext(tokens, core.first, core.last)) unit = 'people';
  }
  // "a 10-year-old boy": an age describes a person; it is not a figure of this kind.
  if (
    read.unit === 'years' &&
    tokens[read.last + 1]?.text === '-' &&
    tokens[read.last + 2]?.lower === 'old'
  ) {
    return null;
  }
  if (read.unit === 'years' && tokens[read.last + 1]?.lower === 'old') return null;
  // "the Four-Day War", "the Six-Day War": a capitalised compound before a name is a name.
  if (read.last > core.last && isCapitalised(first) && isCapitalised(tokens[read.last + 1])) {
    return null;
  }
  const known = unit !== '' || note !== null;
  if (!currency && isPartOfName(tokens, core, 0, known)) return null;
  // "one of the soldiers", "one official said": "one" is a figure only with a unit of measure,
  // a count of equipment or events ("one Mi-24 helicopter"), or people killed or wounded
  // ("killing one civilian").
  const family = familyOf(unit);
  const measured =
    (unit !== '' && !COUNT_FAMILIES.has(family as UnitFamily)) ||
    family === 'equipment' ||
    family === 'events' ||
    (family === 'people' && peopleByContext(tokens, core.first, core.last));
  if (core.spelled && core.value === 1 && !core.scaled && !measured) {
    const q = qualifierBefore(tokens, core.first);
    if (q.qualifier === 'exact') return null;
  }
  if (!known) {
    if (core.kind === 'vague') return null; // "several videos": a word, not a count we keep
    if (core.spelled && followsDeterminer(tokens, core)) return null;
    const after = tokens[core.last + 1];
    if (after?.text === '-' && touches(tokens[core.last], after)) return null; // "155-mm"
  }

  let firstToken = currency?.first ?? core.first;
  let qualifier: Qualifier = 'exact';
  if (core.kind !== 'ordinal') {
    const q = qualifierBefore(tokens, firstToken);
    qualifier = q.qualifier;
    firstToken = q.first;
  }
  let lastToken = Math.max(core.last, read.last);
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

  const multiplier = read.multiplier;
  return {
    start: tokens[firstToken]?.start ?? first.start,
    end: tokens[lastToken]?.end ?? first.end,
    lastToken,
    value: multiplier === 1 ? core.value : scaleValue(core.value, multiplier),
    high: core.high === null || multiplier === 1 ? core.high : scaleValue(core.high, multiplier),
    unit,
    unitNote: note,
    qualifier,
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
