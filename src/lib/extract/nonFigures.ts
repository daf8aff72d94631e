/**
 * Numbers that are not figures: years standing alone ("in 2016", "between 2017 and 2019" is a
 * period), decades ("the 1990s"), dates ("September 27", "Sept. 19", "5-10-2023"), clock times
 * ("17:09", "5 p.m."), web addresses and handles, and numbers inside names or model codes
 * ("F-16", "Flightradar 24", "Resolution 822").
 */
import type { Span } from './sentences.ts';
import type { Token } from './tokens.ts';
import { isCapitalised, touches } from './tokens.ts';
import type { NumberCore } from './numbers.ts';
import { MONTHS, WEEKDAYS } from './calendar.ts';

/** Masks for addresses and handles, tried only when the text holds "@", "#", "http" or "www". */
const WEB_MASKS: RegExp[] = [
  /\b(?:https?:\/\/|www\.)\S+/gi, // web addresses
  /[\w.+-]+@[\w-]+\.[\w.]+/g, // e-mail addresses
  /[@#]\w+/g, // handles and hashtags
];
const WEB_CUE = /[@#]|https?:|www\./i;

const MASKS: RegExp[] = [
  /\b(?:1[89]|20)\d{2}\s?[-/]\s?\d{2}\b/g, // year ranges: 1993-94, 2016/17
  /\[\s*(?:\d{1,4}|[a-z]{1,3}|note \d+|lower-alpha \d+|citation needed)\s*\]/gi, // citation marks: [7], [a]
  /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b/g, // numeric dates: 5-10-2023, 2023-10-05, 05/10/23
  /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)/gi, // 5.30 pm, 10:15 a.m.
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g, // 17:09
  /\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b/gi, // 5 p.m., 10am
  /\b\d{3,4}\s*(?:GMT|UTC|CET|EST|local time)\b/g, // 0900 GMT
];

/** Spans of `text` (offset by `offset`) in which no number is a figure. */
export function maskedSpans(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  for (const re of WEB_CUE.test(text) ? [...WEB_MASKS, ...MASKS] : MASKS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      spans.push({ start: m.index + offset, end: m.index + m[0].length + offset });
    }
  }
  return spans;
}

export function insideSpans(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

export function isMonth(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t) && MONTHS.has(t.lower);
}

export function isWeekday(t: Token | undefined): boolean {
  return t !== undefined && (WEEKDAYS as readonly string[]).includes(t.lower);
}

function isPlainInteger(tokens: Token[], core: NumberCore): boolean {
  return !core.spelled && !core.formatted && !core.scaled && core.kind === 'cardinal';
}

/** A four-digit whole number between 1000 and 2100 with nothing that makes it a count. */
function inYearRange(v: number): boolean {
  return v >= 1000 && v <= 2100 && Number.isInteger(v);
}

export function isYear(tokens: Token[], core: NumberCore): boolean {
  if (!isPlainInteger(tokens, core)) return false;
  const text = tokens[core.first]?.text ?? '';
  return (
    text.length === 4 && inYearRange(core.value) && (core.high === null || inYearRange(core.high))
  );
}

/** A day of the month next to a month name: "September 27", "Sept. 19", "27 September". */
export function isDayOfMonth(tokens: Token[], core: NumberCore): boolean {
  if (core.spelled || core.formatted || core.value < 1 || core.value > 31) return false;
  const before = tokens[core.first - 1];
  const before2 = tokens[core.first - 2];
  if (isMonth(before)) return true;
  if (before?.text === '.' && isMonth(before2)) return true;
  const after = tokens[core.last + 1];
  if (isMonth(after)) return true;
  if (after?.lower === 'of' && isMonth(tokens[core.last + 2])) return true;
  return false;
}

const NAME_BLOCKERS = new Set(['no', 'number', 'nr', 'article', 'section', 'chapter', 'page']);

/**
 * A number that is part of a name or code: letters touching it ("TB2", "F-16", "3D"), "No. 5",
 * "#5", or a capitalised word right before it inside a sentence ("Flightradar 24", "Boeing 737")
 * when no unit follows.
 */
export function isPartOfName(
  tokens: Token[],
  core: NumberCore,
  sentenceFirst: number,
  hasUnit: boolean,
): boolean {
  const first = tokens[core.first];
  const before = tokens[core.first - 1];
  if (first === undefined) return false;
  if (core.spelled) return false;
  if (before !== undefined && touches(before, first)) {
    if (before.kind === 'word') return true;
    if (before.text === '-' && touches(tokens[core.first - 2], before)) {
      return tokens[core.first - 2]?.kind === 'word';
    }
    if (before.text === '#') return true;
  }
  const last = tokens[core.last];
  const after = tokens[core.last + 1];
  if (
    after !== undefined &&
    touches(last, after) &&
    after.kind === 'word' &&
    core.kind === 'cardinal' &&
    !core.scaled
  ) {
    return true;
  }
  if (before !== undefined && NAME_BLOCKERS.has(before.lower.replace(/\.$/, ''))) return true;
  if (before?.text === '.' && NAME_BLOCKERS.has(tokens[core.first - 2]?.lower ?? '')) return true;
  if (
    !hasUnit &&
    core.first - 1 > sentenceFirst &&
    isCapitalised(before) &&
    !isMonth(before) &&
    !isWeekday(before)
  ) {
    return true;
  }
  return false;
}

/** A list marker at the start of a paragraph: "1.", "2)". */
export function isListMarker(tokens: Token[], core: NumberCore): boolean {
  if (core.first !== 0 || core.spelled) return false;
  const after = tokens[core.last + 1];
  return after !== undefined && (after.text === '.' || after.text === ')') && core.value < 100;
}

/** Determiners that make a spelled-out number a reference, not a figure: "the two countries". */
const DETERMINERS = new Set(
  'the these those both its their his her our your my all each every this that'.split(' '),
);

export function followsDeterminer(tokens: Token[], core: NumberCore): boolean {
  const before = tokens[core.first - 1];
  if (before === undefined) return false;
  return DETERMINERS.has(before.lower) || before.lower.endsWith("'s") || before.text === "'";
}
