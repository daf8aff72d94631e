/**
 * Units around a number: currencies before or after it (US$, $, USD, €, EUR, dollars, euros),
 * percentages (%, percent, per cent), areas (square kilometres, km2, sq mi), spans of time (days,
 * weeks as days, hours, years; "24-hour", "five-day"), and the nouns that say what a count counts
 * (people, aircraft). Currencies and measurement units belong to `figure_text`; a counted noun
 * ("soldiers") does not, as in the ledger ("at least 350", not "at least 350 soldiers").
 *
 * Nothing is converted between currencies; weeks and decades are exact multiples of the
 * ledger's days and years, so they are.
 */
import type { Unit } from '../data/types.ts';
import type { Token } from './tokens.ts';
import { isCapitalised, touches } from './tokens.ts';
import { nounUnitAt } from './unitWords.ts';

export interface UnitRead {
  unit: Unit | '';
  /** Index of the last token that belongs to figure_text (the number's last token if none). */
  last: number;
  /** Factor from the printed unit to the ledger's (weeks to days: 7). */
  multiplier: number;
  /** The counted noun as printed ("soldiers"), when the unit came from one. */
  noun: string | null;
  /** A unit the ledger has no value for ("months", "GBP"), kept for the reviewer. */
  note: string | null;
}

export interface CurrencyRead {
  unit: Unit | '';
  first: number;
  note: string | null;
}

const NONE = (last: number): UnitRead => ({
  unit: '',
  last,
  multiplier: 1,
  noun: null,
  note: null,
});

/** A currency printed before the number: "US$ 375", "$4.85", "€300", "USD 20", "EUR 5". */
export function currencyBefore(tokens: Token[], first: number): CurrencyRead | undefined {
  const t = tokens[first - 1];
  if (t === undefined || t.end < (tokens[first]?.start ?? 0) - 1) return undefined;
  if (t.text === '$') {
    const prefix = tokens[first - 2];
    if (prefix !== undefined && touches(prefix, t) && prefix.kind === 'word') {
      if (prefix.lower === 'us') return { unit: 'USD', first: first - 2, note: null };
      return { unit: '', first: first - 2, note: `${prefix.text}$` };
    }
    return { unit: 'USD', first: first - 1, note: null };
  }
  if (t.text === '€') return { unit: 'EUR', first: first - 1, note: null };
  if (t.text === '£') return { unit: '', first: first - 1, note: 'GBP' };
  if (t.text === 'USD') return { unit: 'USD', first: first - 1, note: null };
  if (t.text === 'EUR') return { unit: 'EUR', first: first - 1, note: null };
  return undefined;
}

const CURRENCY_WORDS: ReadonlyMap<string, Unit | string> = new Map([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['usd', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['eur', 'EUR'],
  ['pounds', 'GBP'],
  ['rubles', 'RUB'],
  ['roubles', 'RUB'],
  ['manat', 'AZN'],
  ['manats', 'AZN'],
  ['drams', 'AMD'],
  ['shekels', 'ILS'],
  ['lira', 'TRY'],
]);

const TIME_UNITS: ReadonlyMap<string, [Unit | '', number]> = new Map([
  ['hour', ['hours', 1]],
  ['hours', ['hours', 1]],
  ['day', ['days', 1]],
  ['days', ['days', 1]],
  ['week', ['days', 7]],
  ['weeks', ['days', 7]],
  ['year', ['years', 1]],
  ['years', ['years', 1]],
  ['decade', ['years', 10]],
  ['decades', ['years', 10]],
  ['month', ['', 1]],
  ['months', ['', 1]],
  ['minute', ['', 1]],
  ['minutes', ['', 1]],
]);

/** Words allowed between a number and its time unit: "five straight days". */
const TIME_ADJECTIVES = new Set(['straight', 'consecutive', 'full', 'long', 'whole', 'successive']);

/** Words allowed between a number and its counted noun: "350 Azerbaijani soldiers". */
const NOUN_MODIFIERS = new Set(
  (
    'of the its their his her our your more other additional ethnic young innocent unarmed foreign ' +
    'enemy military civilian armed army government rebel separatist local ' +
    'combat fighter cargo attack its new further'
  ).split(' '),
);

/** Verbs and adjectives next to a bare count that say it counts people: "killed dozens". */
/** Words next to a number that say it counts people (a set: looked up for every figure). */
const PEOPLE_CONTEXT_WORDS: ReadonlySet<string> = new Set(
  (
    'killed kill killing wounding death deaths dead died die wounded injured missing captured ' +
    'fled flee displaced evacuated arrested detained murdered massacred executed slain toll ' +
    'population casualties fatalities injury injuries'
  ).split(' '),
);
/** Words before a number that a toll further back may lead to: "rose to", "at least". */
const TOLL_LEAD: ReadonlySet<string> = new Set(
  'to at of reached is was stands stood least than'.split(' '),
);
const TOLL_WORDS: ReadonlySet<string> = new Set(
  'toll fatalities casualties deaths killed dead'.split(' '),
);

function areaAt(tokens: Token[], j: number): { unit: Unit; last: number } | undefined {
  const a = tokens[j]?.lower;
  const b = tokens[j + 1];
  if (a === 'square' && b !== undefined) {
    if (/^(kilomet(er|re)s?|km)$/.test(b.lower)) return { unit: 'km2', last: j + 1 };
    if (/^miles?$/.test(b.lower)) return { unit: 'sq_mi', last: j + 1 };
  }
  if (a === 'sq') {
    let k = j + 1;
    if (tokens[k]?.text === '.') k++;
    const c = tokens[k]?.lower ?? '';
    if (c === 'km') return { unit: 'km2', last: k };
    if (/^(mi|miles?)$/.test(c)) {
      // "sq. mi." takes its second full stop; in "sq mi." the stop ends the sentence.
      const dotted = tokens[j + 1]?.text === '.';
      if (dotted && tokens[k + 1]?.text === '.' && touches(tokens[k], tokens[k + 1]))
        return { unit: 'sq_mi', last: k + 1 };
      return { unit: 'sq_mi', last: k };
    }
  }
  if (
    a === 'km' &&
    b !== undefined &&
    touches(tokens[j], b) &&
    (b.text === '2' || b.text === '²')
  ) {
    return { unit: 'km2', last: j + 1 };
  }
  return undefined;
}

/** True for a capitalised plural that names people: "Armenians", "Azeris", "Israelis". */
function isDemonymPlural(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t) && /(ans|is|ese|ers)$/.test(t.text);
}

export interface UnitOptions {
  /** A currency was printed before the number. */
  hasCurrency: boolean;
  /** Ordinals take only spans of time ("fifth straight day"), and not into figure_text. */
  ordinal: boolean;
}

/** Read the unit that follows the number ending at token `last`. */
export function unitAfter(tokens: Token[], last: number, options: UnitOptions): UnitRead {
  const j = last + 1;
  const t = tokens[j];
  if (t === undefined) return NONE(last);

  if (!options.ordinal && !options.hasCurrency) {
    if (t.text === '%') return { ...NONE(j), unit: 'percent' };
    if (t.lower === 'percent' || t.lower === 'pct') return { ...NONE(j), unit: 'percent' };
    if (t.lower === 'per' && tokens[j + 1]?.lower === 'cent') {
      return { ...NONE(j + 1), unit: 'percent' };
    }
    if (t.lower === 'percentage' && /^points?$/.test(tokens[j + 1]?.lower ?? '')) {
      return { ...NONE(j + 1), unit: 'percent' };
    }
    const area = areaAt(tokens, j);
    if (area) return { ...NONE(area.last), unit: area.unit };
    if (t.lower === 'hectares') return { ...NONE(j), note: 'hectares' };
    if (t.lower === 'us' && tokens[j + 1]?.lower === 'dollars') {
      return { ...NONE(j + 1), unit: 'USD' };
    }
    const currency = CURRENCY_WORDS.get(t.lower);
    if (currency !== undefined) {
      if (currency === 'USD' || currency === 'EUR') return { ...NONE(j), unit: currency };
      return { ...NONE(j), note: currency };
    }
  }

  // Spans of time: "five days", "24-hour", "a fifth straight day".
  const time = timeAfter(tokens, last, options.ordinal);
  if (time) return time;
  if (options.ordinal) return NONE(last);

  return countedNoun(tokens, last) ?? NONE(last);
}

/** Lower-case words that end the search for a counted noun: "5 and", "3 were". */
const NOUN_STOPS = new Set(
  'and or but were was are is had have has been to in on at by for from with as than that which who'.split(
    ' ',
  ),
);

/**
 * A plain word that heads a noun phrase of its own ends the search: a plural ("several videos
 * showing drones") or a participle ("12 killing"); "-ous" adjectives and "-ss" words are not
 * plurals ("numerous", "business").
 */
function isOtherHead(word: string): boolean {
  return /(?<![su])s$|ing$/.test(word);
}

/**
 * A unit word may be an adjective of a later one ("92 military and civilian casualties",
 * "civilian victims"): the noun is the last unit word of the run.
 */
function lastNoun(tokens: Token[], k: number, unit: Unit, last: number): UnitRead {
  let at = k;
  for (let j = k + 1; j < k + 4; j++) {
    const w = tokens[j];
    if (w === undefined || w.kind !== 'word') break;
    const next = nounUnitAt(tokens, j);
    if (next?.unit === unit) at = j;
    else if (w.lower !== 'and' && w.lower !== 'or') break;
  }
  return { ...NONE(last), unit, noun: tokens[at]?.text ?? null };
}

/**
 * The counted noun after the number ending at `last`, skipping modifiers: "1,900 Armenian
 * soldiers", "12 Azerbaijani tanks", "four separate ballistic missile attacks". Its unit comes
 * from the vocabulary's unit words (unitWords.ts); a capitalised plural that names people
 * ("Armenians") counts people.
 */
function countedNoun(tokens: Token[], last: number): UnitRead | undefined {
  let plain = 0;
  for (let k = last + 1; k < last + 7; k++) {
    const w = tokens[k];
    if (w === undefined) break;
    const noun = w.kind === 'word' || w.kind === 'num' ? nounUnitAt(tokens, k) : undefined;
    if (noun) return lastNoun(tokens, k, noun.unit, last);
    if (w.kind !== 'word') {
      // A model code between number and noun: "25 F-16 jets".
      if (w.text === '-' && touches(tokens[k - 1], w) && touches(w, tokens[k + 1])) continue;
      if (w.kind === 'num' && touches(tokens[k - 1], w)) continue;
      // A model code that starts with a digit: "one 9K33 Osa missile system".
      if (w.kind === 'num' && tokens[k + 1]?.kind === 'word' && touches(w, tokens[k + 1])) continue;
      break;
    }
    if (isDemonymPlural(w)) return { ...NONE(last), unit: 'people', noun: w.text };
    if (NOUN_MODIFIERS.has(w.lower) || isCapitalised(w)) continue;
    // "92 military and civilian casualties", "Armenian and Azerbaijani civilians"
    const next = tokens[k + 1];
    const joined = (w.lower === 'and' || w.lower === 'or') && next !== undefined;
    if (joined && (NOUN_MODIFIERS.has(next.lower) || isCapitalised(next))) continue;
    // "4 enemy assaulting tanks", "30,000 school and kindergarten children": a participle or
    // "and" with the noun right after it.
    if ((w.lower === 'and' || /ing$/.test(w.lower)) && nounSoon(tokens, k + 1)) continue;
    if (NOUN_STOPS.has(w.lower) || isOtherHead(w.lower) || ++plain > 3) break;
  }
  return undefined;
}

/** A counted noun at token `k` or, after one plain word, at `k + 1`. */
function nounSoon(tokens: Token[], k: number): boolean {
  if (nounUnitAt(tokens, k)) return true;
  return tokens[k]?.kind === 'word' && nounUnitAt(tokens, k + 1) !== undefined;
}

function timeAfter(tokens: Token[], last: number, ordinal: boolean): UnitRead | undefined {
  let j = last + 1;
  const hyphen = tokens[j];
  // "24-hour", "five-day", "44-day war"
  if (hyphen?.text === '-' && touches(tokens[last], hyphen) && touches(hyphen, tokens[j + 1])) {
    const unit = TIME_UNITS.get(tokens[j + 1]?.lower ?? '');
    if (unit !== undefined) return timeRead(tokens, j + 1, unit, ordinal ? last : j + 1);
    return undefined;
  }
  for (let skipped = 0; skipped < 2; skipped++) {
    const w = tokens[j];
    if (w === undefined) return undefined;
    const unit = TIME_UNITS.get(w.lower);
    if (unit !== undefined) return timeRead(tokens, j, unit, ordinal ? last : j);
    if (!TIME_ADJECTIVES.has(w.lower)) return undefined;
    j++;
  }
  return undefined;
}

function timeRead(
  tokens: Token[],
  j: number,
  [unit, multiplier]: [Unit | '', number],
  last: number,
): UnitRead {
  const word = tokens[j]?.lower ?? '';
  return { unit, last, multiplier, noun: null, note: unit === '' ? word : null };
}

/** Longest row label: "Reported civilian deaths:" */
const LABEL_WORDS = 3;

/**
 * The words of a row label that opens the tokens: up to three words before a colon or a bar,
 * or one word right before a number ("Deaths 161+").
 */
function rowLabel(tokens: Token[]): Token[] {
  for (let k = 1; k <= LABEL_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.text === ':' || t?.text === '|') return tokens.slice(0, k);
    if (t?.kind !== 'word') break;
  }
  return tokens[0]?.kind === 'word' && tokens[1]?.kind === 'num' ? tokens.slice(0, 1) : [];
}

/** True when a word next to the number (up to three tokens away) says it counts people. */
export function peopleByContext(tokens: Token[], first: number, last: number): boolean {
  // A row label ("Deaths | 218 ... 70 ...", "Reported Injuries: 120+", "Deaths 161+, 200+"):
  // the label speaks for every number of the row.
  if (first > 0 && rowLabel(tokens).some((t) => PEOPLE_CONTEXT_WORDS.has(t.lower))) return true;
  for (let k = Math.max(0, first - 3); k <= last + 3 && k < tokens.length; k++) {
    if (k >= first && k <= last) continue;
    if (PEOPLE_CONTEXT_WORDS.has(tokens[k]?.lower ?? '')) return true;
  }
  // "The death toll from three weeks of clashes rose to 1,234", "the number of civilian
  // fatalities is at least 185": a toll further back.
  if (TOLL_LEAD.has(tokens[first - 1]?.lower ?? '')) {
    for (let k = first - 2; k >= 0 && k >= first - 12; k--) {
      const w = tokens[k];
      if (w === undefined || w.text === ',' || w.text === ';') break;
      if (TOLL_WORDS.has(w.lower)) return true;
    }
  }
  return false;
}
