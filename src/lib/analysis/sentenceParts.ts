/**
 * The words the engine's sentences are built from: what a group is about ("Armenian military
 * deaths"), when a figure is true of ("in 2017–2019", "given no later than 2 October 2020"), a
 * figure as printed with what a vague word is read as, and who speaks. The words are the
 * project's own; nothing is copied from the articles.
 */
import { MONTH_NAMES, formatDate, formatNumber, formatValue } from '../format/formatValue.ts';
import type { Unit } from '../data/types.ts';
import {
  SIDE_VOCABULARY,
  countedEntry,
  measureEntry,
  type Side,
} from '../vocabulary/vocabulary.ts';
import type { Interval } from './intervals.ts';
import type { PreparedClaim } from './prepareClaims.ts';
import type { Statement } from './statements.ts';
import type { TimeFrame } from './timeFrame.ts';

const countedWords = (c: string) => countedEntry(c)?.words ?? c.replace(/_/g, ' ');

/** Measure families the engine compares across measures (rules.families), named as a group. */
const FAMILY_SUBJECT: Record<string, string> = {
  arms_share: "Israel's share of Azerbaijan's weapons",
};

/**
 * What a group's figures are about, in words ("Armenian military deaths"), from the measure's
 * noun in the vocabulary: `{adj}` takes the counted party's adjective, or without one the noun
 * is followed by the counted words in brackets; `{counted}` takes the counted words. A subset
 * of the measure (ledger column `subset`) follows after a colon ("...: children").
 */
export function subjectOf(measure: string, counted: string, subset?: string | null): string {
  const whole = wholeSubject(measure, counted);
  return subset ? `${whole}: ${subset}` : whole;
}

function wholeSubject(measure: string, counted: string): string {
  const family = FAMILY_SUBJECT[measure];
  if (family && counted === 'israel_to_azerbaijan') return family;
  const m = measureEntry(measure);
  if (!m) return `${measure.replace(/_/g, ' ')} (${countedWords(counted)})`;
  const special = m.subjects?.[counted];
  if (special) return special;
  const noun = m.noun.replace('{counted}', countedWords(counted));
  if (!noun.includes('{adj}')) return noun;
  const adjective = countedEntry(counted)?.adjective;
  if (adjective) return noun.replace('{adj}', adjective);
  const bare = noun.replace(/\s*\{adj\}\s*/, ' ').trim();
  return `${bare} (${countedWords(counted)})`;
}

const MONTHS: readonly string[] = MONTH_NAMES;

/** Two days as one range: "27–28 September 2020", "17 September to 1 October 2020". */
export function dayRangeText(a: string, b: string): string {
  if (a === b) return formatDate(a);
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  if (!da || !db) return `${formatDate(a)} to ${formatDate(b)}`;
  const monthA = MONTHS[Number(ma) - 1] ?? ma;
  if (ya === yb && ma === mb) return `${Number(da)}–${Number(db)} ${monthA} ${ya}`;
  if (ya === yb) return `${Number(da)} ${monthA} to ${formatDate(b)}`;
  return `${formatDate(a)} to ${formatDate(b)}`;
}

/** A period's dates: "2017–2019", "1 October 2020", "19–20 September 2023". */
function periodText(t: TimeFrame): string {
  const [a, b] = t.dates;
  if (!a) return '';
  if (!b || a.text === b.text) return formatDate(a.text);
  return a.precision === 'year' && b.precision === 'year'
    ? `${a.text}–${b.text}`
    : dayRangeText(a.text, b.text);
}

/**
 * "in 2017–2019", "on 1 October 2020", "over 19–20 September 2023", "from 17 September to
 * 1 October 2020", "as of 2016", and for an
 * as-of date taken from the publication date "given no later than 2 October 2020".
 */
export function timePhrase(t: TimeFrame): string {
  const [a, b] = t.dates;
  if (t.kind === 'none' || !a) return 'undated';
  if (t.kind === 'as_of') {
    return `${t.upTo ? 'given no later than' : 'as of'} ${formatDate(a.text)}`;
  }
  if (!b || a.text === b.text)
    return `${a.precision === 'day' ? 'on' : 'in'} ${formatDate(a.text)}`;
  if (a.precision === 'year' && b.precision === 'year') return `in ${a.text}–${b.text}`;
  const range = dayRangeText(a.text, b.text);
  return range.includes(' to ') ? `from ${range}` : `over ${range}`;
}

const inferredMark = (t: TimeFrame) => (t.inferred ? ' (inferred)' : '');

/** A time frame in a list of different ones: "2017–2019", "1 October 2020 alone", "the running total up to 2016". */
export function frameInList(c: PreparedClaim): string {
  const t = c.time;
  const [a, b] = t.dates;
  if (t.kind === 'none' || !a) return 'no date';
  if (t.kind === 'as_of') {
    const total = c.dimension === 'money' || c.dimension === 'count';
    if (t.upTo)
      return `${total ? 'the running total ' : ''}given no later than ${formatDate(a.text)}`;
    return total ? `the running total up to ${formatDate(a.text)}` : `as of ${formatDate(a.text)}`;
  }
  const alone = (!b || a.text === b.text) && a.precision === 'day' ? ' alone' : '';
  return `${periodText(t)}${alone}${inferredMark(t)}`;
}

/** A time frame after a figure: "for 2017–2019", "in total up to 2016", "as of 1 October 2020". */
export function frameSuffix(c: PreparedClaim): string {
  const t = c.time;
  const [a, b] = t.dates;
  if (t.kind === 'none' || !a) return 'with no date';
  if (t.kind === 'as_of') {
    const total = c.dimension === 'money' || c.dimension === 'count';
    if (t.upTo) return `${total ? 'in total, ' : ''}given no later than ${formatDate(a.text)}`;
    return total ? `in total up to ${formatDate(a.text)}` : `as of ${formatDate(a.text)}`;
  }
  const single = !b || a.text === b.text;
  if (single) {
    return `for ${formatDate(a.text)}${a.precision === 'day' ? ' alone' : ''}${inferredMark(t)}`;
  }
  const over = a.precision === 'year' && b.precision === 'year' ? 'for' : 'over';
  return `${over} ${periodText(t)}${inferredMark(t)}`;
}

export const UNIT_WORDS: Record<string, string> = {
  km2: 'square kilometres',
  sq_mi: 'square miles',
  USD: 'US dollars',
  EUR: 'euros',
  percent: 'per cent',
};

export const joinAnd = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** "Armenia's", "Reuters'", "AsiaNews'": names ending in s take the apostrophe alone. */
export const possessive = (name: string) =>
  name.endsWith("'s") || name.endsWith("'") ? name : name.endsWith('s') ? `${name}'` : `${name}'s`;

/** A bound value with its unit: "1,900 people"; used inside ranges. */
export function boundText(iv: Interval, unit: string): string {
  const u = unit as Unit;
  if (!Number.isFinite(iv.hi)) {
    return `${iv.loOpen ? 'more than' : 'at least'} ${formatValue(iv.lo, u)}`;
  }
  if (iv.lo === iv.hi) return formatValue(iv.lo, u);
  return `${formatNumber(iv.lo)}–${formatValue(iv.hi, u)}`;
}

/** A figure as printed, with what a vague word is read as: "dozens, read as 24–99". */
export function figure(c: PreparedClaim): string {
  if (c.qualifier === 'vague') {
    return `${c.figure_text}, read as ${formatNumber(c.interval.lo)}–${formatNumber(c.interval.hi)}`;
  }
  return c.figure_text;
}

/** The figures of statements, each wording once ("hundreds" and "Hundreds" are one). */
export function figuresOf(statements: readonly Statement[]): string {
  const seen = new Map<string, string>();
  for (const s of statements) {
    const text = figure(s.rep);
    if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return joinAnd([...seen.values()]);
}

/** Who stands behind statements: a country when they are one belligerent's, else claimants. */
export function speaker(statements: readonly Statement[]): {
  name: string;
  own: boolean;
  simple: boolean;
} {
  const sides = unique(statements.map((s) => s.rep.claimant_side));
  const lenses = unique(statements.map((s) => s.rep.lens));
  const side = sides[0] ?? '';
  const country = SIDE_VOCABULARY[side as Side]?.belligerent ? countedWords(side) : undefined;
  if (sides.length === 1 && country && lenses.every((l) => l !== 'third_party')) {
    return { name: country, own: lenses[0] === 'self_reported', simple: true };
  }
  const names = unique(statements.map((s) => s.rep.claimantLabel));
  return {
    name: joinAnd(names),
    own: false,
    simple: names.length === 1 && !/[()[\]]/.test(names[0] ?? ''),
  };
}
