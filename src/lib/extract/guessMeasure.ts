/**
 * A first guess at what a figure measures (`measure`) and whose losses, which flow, place or
 * span it counts (`counted`), from its unit, its counted noun and the words nearest to it.
 * The guesses only pick values of the ledger's vocabularies (src/lib/data/types.ts); the word
 * lists below say what those values mean in general English, not in any one article.
 */
import type { Counted, Measure, Side, Unit } from '../data/types.ts';
import { COUNTED } from '../data/types.ts';
import type { NumberKind } from './numbers.ts';
import { COUNTRIES, countriesBetween, countryIn, type CountrySide } from './sides.ts';
import { scoreMeasures } from './measureSignals.ts';
import { CLAUSE_BREAK_WORDS } from './attribution.ts';
import { COUNT_FAMILIES, familyOf } from './unitWords.ts';
import { BELLIGERENTS, type UnitFamily } from '../vocabulary/vocabulary.ts';
import { CONFIDENCE } from './confidence.ts';

export interface MeasureInput {
  unit: Unit | '';
  /** A unit outside the ledger's vocabulary ("months", "GBP"). */
  unitNote: string | null;
  kind: NumberKind;
  noun: string | null;
  /** The normalised sentence and the figure's offsets in it. */
  sentence: string;
  start: number;
  end: number;
  claimantSide: Side;
  /** A period was found for the figure. */
  hasPeriod: boolean;
  /**
   * The side an earlier loss figure of the same sentence named in its own words ("350
   * Azerbaijani soldiers were killed, and several planes ... shot down").
   */
  sideBefore?: Counted | null;
  /** The heading a row sits under ("Civilians displaced:"), read for signals. */
  heading?: string | null;
  /** The side a heading says the row counts ("Per Armenia:" rows count Armenia's losses). */
  headingCounted?: Counted | null;
}

export interface MeasureGuess {
  measure: Measure | '';
  counted: Counted | '';
  measureConfidence: number;
  countedConfidence: number;
  /** The side was named next to the figure's own noun ("Azerbaijani troops"). */
  ownSide?: boolean;
  /** Why, in a few words, for the reviewer. */
  reason?: string;
}

const FLED =
  /\b(fled|flee(?:ing)?|displaced|refugees|exodus|evacuated|left (?:their|the|home)|leave (?:their|the|home)|leaving (?:their|the|home)|from their homes|departures?|uprooted)\b/gi;
const OIL = /\b(oil|gas|fuel|energy|crude|petroleum)\b/gi;
const ARMS =
  /\b(arms|weapons?|weaponry|armaments?|arsenal|military (?:hardware|equipment)|defen[cs]e equipment|drones|munitions|imports?)\b/gi;
const TRADE =
  /\b(sold|sell|selling|sales?|bought|buy|purchased?|contracts?|deals?|exports?|imports?|supplie[sd]|supply|supplier|worth)\b/gi;
const FIGHT =
  /\b(fighting|fight|fought|battl\w*|clash(?:es)?|war|offensive|assault|hostilities|blitz|attacks?|bombardment|shelling|escalation|conflict|combat)\b/gi;
const STOCK = /\b(arsenal|armaments?|stocks?|inventory|holdings|equipment)\b/gi;
const IMPORTS = /\b(imports?|imported|purchases|deliveries|transfers)\b/gi;
const SUPERLATIVE = /\b(deadliest|bloodiest|worst|biggest|heaviest|largest|fiercest|first)\b/i;
const POPULATION = /\b(residents|population|inhabitants|people|citizens)\b/i;

/**
 * Where `re` (global) matches in `text`, as start and end pairs. Every figure of a sentence asks
 * the same patterns of the same sentence, so the last answer per pattern is kept (one pass per
 * sentence and pattern instead of one per figure; profiled).
 */
function matchSpans(re: RegExp, text: string): readonly number[] {
  const last = spanMemo.get(re);
  if (last !== undefined && last.text === text) return last.spans;
  const spans: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    spans.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  spanMemo.set(re, { text, spans });
  return spans;
}

const spanMemo = new Map<RegExp, { text: string; spans: number[] }>();

/** Distance from the figure to the nearest match of `re` in the sentence (Infinity if none). */
function distance(re: RegExp, text: string, start: number, end: number): number {
  let best = Infinity;
  const spans = matchSpans(re, text);
  for (let i = 0; i < spans.length; i += 2) {
    const from = spans[i] ?? 0;
    const d = from >= end ? from - end : start - (spans[i + 1] ?? 0);
    best = Math.min(best, Math.abs(d));
  }
  return best;
}

function nearest<T>(options: Array<[T, RegExp]>, input: MeasureInput): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const [value, re] of options) {
    const d = distance(re, input.sentence, input.start, input.end);
    if (d < bestDistance) {
      best = value;
      bestDistance = d;
    }
  }
  return best;
}

function asCounted(value: string): Counted | null {
  return (COUNTED as readonly string[]).includes(value) ? (value as Counted) : null;
}

const isCountry = (s: string | undefined) => COUNTRIES.some((c) => c.side === s);
/** Flows between two countries ("israel_to_azerbaijan"). */
const FLOWS = COUNTED.filter((c) => {
  const [a, b] = c.split('_to_');
  return b !== undefined && isCountry(a) && isCountry(b);
});
/**
 * The rest of the vocabulary by what data/README.md says each value is: a place, a
 * population, or a span of time between two things.
 */
const PLACES: readonly Counted[] = ['karabakh'];
const POPULATIONS: readonly Counted[] = ['karabakh_armenians'];
const SPANS = COUNTED.filter(
  (c) =>
    !FLOWS.includes(c) &&
    !PLACES.includes(c) &&
    !POPULATIONS.includes(c) &&
    c !== 'both_sides' &&
    !isCountry(c),
);

/** What the words of the remaining counted values mean, for matching them to a sentence. */
const COUNTED_WORDS: Record<string, RegExp> = {
  karabakh: /\b(karabakh|artsakh|enclave|breakaway)\b/i,
  armenians: /\barmenians?\b/i,
  arms: /\b(arms|weapons?|military supplies)\b/i,
  halt: /\b(halt|stop(?:ping)?|cease|suspend|end)\b/i,
  forecast: /\b(will|would|expect\w*|seems?|may|could|forecast|predict\w*)\b/i,
  embassy: /\bembass(y|ies)\b/i,
  open: /\bopen(ed|ing)?\b/i,
  recall: /\brecall(ed|ing)?\b/i,
  exodus: /\b(exodus|fled|flee|left|departures?|leave)\b/i,
  deadlier: /\b(deadl\w+|bloodi\w+|worst)\b/i,
  fighting: /\b(fighting|war|clash\w*|battl\w*)\b/i,
};

/** The last text's answers per word: a sentence's figures ask the same (profiled). */
let wordMemo: { text: string; found: Map<string, boolean> } = { text: '\u0000', found: new Map() };

function countedWordIn(word: string, text: string): boolean {
  if (wordMemo.text !== text) wordMemo = { text, found: new Map() };
  let found = wordMemo.found.get(word);
  if (found === undefined) {
    found = COUNTED_WORDS[word]?.test(text) ?? false;
    wordMemo.found.set(word, found);
  }
  return found;
}

/** The values of `pool` whose words best match `text`; null when none matches at all. */
function byWords(pool: readonly Counted[], text: string): { value: Counted; share: number } | null {
  let best: { value: Counted; share: number; hits: number } | null = null;
  for (const value of pool) {
    const words = value.split('_').filter((w) => w !== 'to' && w !== 'since');
    const hits = words.filter((w) => countedWordIn(w, text)).length;
    const share = hits / words.length;
    if (hits === 0) continue;
    if (best === null || share > best.share || (share === best.share && hits > best.hits)) {
      best = { value, share, hits };
    }
  }
  return best;
}

const SUPPLY_VERB =
  /(sold|sells?|selling|suppl(?:y|ies|ied|ying)|exported|exports?|provided|provides|delivered)/;
const BUY_VERB = /(bought|buys?|purchased|purchases?|imported|imports?|receives?|received|gets?)/;

interface FlowPatterns {
  side: CountrySide;
  supplier: RegExp[];
  buyer: RegExp[];
}

const FLOW_PATTERNS: FlowPatterns[] = COUNTRIES.map((c) => {
  const names = `(?:${c.names.map((n) => n.replace(/ /g, '\\s+')).join('|')})`;
  return {
    side: c.side,
    supplier: [
      new RegExp(`\\bfrom\\s+(?:the\\s+)?${names}\\b`, 'g'),
      new RegExp(`\\b${names}\\s+(?:\\w+\\s+){0,2}${SUPPLY_VERB.source}`, 'g'),
      new RegExp(`\\b${names}\\s+(?:was|is|has been|had been)\\s+(?:\\w+\\s+){0,3}supplier`, 'g'),
    ],
    buyer: [
      new RegExp(`\\bto\\s+(?:the\\s+)?${names}\\b`, 'g'),
      new RegExp(`\\b${names}'s\\s+(?:\\w+\\s+){0,3}supplier`, 'g'),
      new RegExp(`\\b${names}\\s+(?:\\w+\\s+){0,2}${BUY_VERB.source}`, 'g'),
    ],
  };
});

function nearestMatch(patterns: RegExp[], text: string, at: number): number {
  let best = Infinity;
  for (const re of patterns) {
    const spans = matchSpans(re, text);
    for (let i = 0; i < spans.length; i += 2) best = Math.min(best, Math.abs((spans[i] ?? 0) - at));
  }
  return best;
}

/** Which country supplies and which receives, from the wording nearest to the figure. */
function flowDirection(
  sentence: string,
  at: number,
): { from: CountrySide | null; to: CountrySide | null } {
  const lower = sentence.toLowerCase();
  let from: { side: CountrySide; d: number } | null = null;
  let to: { side: CountrySide; d: number } | null = null;
  for (const p of FLOW_PATTERNS) {
    const f = nearestMatch(p.supplier, lower, at);
    if (f < (from?.d ?? Infinity)) from = { side: p.side, d: f };
    const t = nearestMatch(p.buyer, lower, at);
    if (t < (to?.d ?? Infinity)) to = { side: p.side, d: t };
  }
  return { from: from?.side ?? null, to: to?.side ?? null };
}

function guessFlow(input: MeasureInput, defaultFlow: Counted | null): [Counted | '', number] {
  const named = countriesBetween(input.sentence, 0, input.sentence.length);
  const { from, to } = flowDirection(input.sentence, input.start);
  const candidates = FLOWS.filter((f) => {
    const [a, b] = f.split('_to_') as [CountrySide, CountrySide];
    return named.has(a) && named.has(b);
  });
  let best: { f: Counted; score: number } | null = null;
  for (const f of candidates) {
    const [a, b] = f.split('_to_');
    const score =
      (a === from ? 1 : 0) + (b === to ? 1 : 0) - (a === to ? 1 : 0) - (b === from ? 1 : 0);
    if (score > 0 && (best === null || score > best.score)) best = { f, score };
  }
  if (best) return [best.f, 0.7];
  if (candidates.length === 1 && candidates[0]) return [candidates[0], 0.5];
  if (defaultFlow) return [defaultFlow, 0.3];
  return ['', 0];
}

/** Verbs of an attack between a side's name and the figure: that side did the harm. */
export const ATTACK_VERB =
  /\b(?:kill(?:ed|ing)|shell(?:ed|ing)|struck|strikes?|attack(?:ed|ing)|fired|bomb(?:ed|ing)|hit|targeted|shot down|destroy(?:ed|ing)|downed)\b/i;

/** "Armenian forces shelled …": the side is the subject of an attack verb, words apart. */
function attackerIn(text: string, side: Counted): boolean {
  const country = COUNTRIES.find((c) => c.side === side);
  if (!country) return false;
  const names = country.names.map((n) => n.replace(/ /g, '\\s+')).join('|');
  const pattern = new RegExp(
    `\\b(?:${names})\\b(?:\\s+[a-z]+){0,2}\\s+${ATTACK_VERB.source.replace(/^\\b/, '')}`,
    'i',
  );
  return pattern.test(text);
}

/** The other warring side, when there are two. */
function otherBelligerent(side: Counted): Counted | null {
  const others = BELLIGERENTS.filter((b) => b !== side);
  return others.length === 1 ? (asCounted(others[0] ?? '') ?? null) : null;
}

function guessSide(input: MeasureInput): [Counted | '', number, boolean?] {
  if (input.headingCounted) return [input.headingCounted, CONFIDENCE.even];
  const after = input.sentence.slice(input.end, input.end + 60);
  const nounAt = input.noun ? after.indexOf(input.noun) : -1;
  const nounPhrase = nounAt >= 0 ? after.slice(0, nounAt + (input.noun?.length ?? 0)) : '';
  const own = asCounted(nounPhrase ? (countryIn(nounPhrase) ?? '') : '');
  if (own) return [own, CONFIDENCE.strongSignal, true];
  // "2,425 of its soldiers", "our men": the speaker's own losses.
  const speakerOwn = asCounted(input.claimantSide);
  if (speakerOwn && /\b(its|their|our)\b/i.test(nounPhrase)) {
    return [speakerOwn, CONFIDENCE.signal, true];
  }
  if (/\b(both|each|either) sides?\b|\bon both\b/i.test(input.sentence)) {
    return ['both_sides', CONFIDENCE.strongSignal];
  }
  if (input.sideBefore) return [input.sideBefore, CONFIDENCE.even];
  const [clauseStart] = clauseAround(input.sentence, input.start, input.end);
  const beforeText = input.sentence.slice(clauseStart, input.start);
  const before = countriesBetween(input.sentence, clauseStart, input.start);
  const belligerents = [...before].flatMap((c) => asCounted(c) ?? []);
  if (belligerents.length >= 2) return ['both_sides', CONFIDENCE.even];
  const named = belligerents[0];
  if (named) {
    // "Armenian forces shelled Tartar, killing five civilians": the side named is the attacker.
    const victim = attackerIn(beforeText, named) ? otherBelligerent(named) : null;
    return victim ? [victim, CONFIDENCE.weak] : [named, CONFIDENCE.weak];
  }
  const claimantSide = asCounted(input.claimantSide);
  if (claimantSide) return [claimantSide, CONFIDENCE.fallback];
  return ['both_sides', CONFIDENCE.fallback];
}

const NONE_GUESS: MeasureGuess = {
  measure: '',
  counted: '',
  measureConfidence: 0,
  countedConfidence: 0,
};

function guessMoney(input: MeasureInput): MeasureGuess {
  const armsNear = distance(ARMS, input.sentence, input.start, input.end) < Infinity;
  const tradeNear = distance(TRADE, input.sentence, input.start, input.end) < Infinity;
  if (!armsNear && !tradeNear) return NONE_GUESS;
  const [counted, cc] = guessFlow(input, armsNear ? 'israel_to_azerbaijan' : null);
  return {
    measure: 'arms_sales_value',
    counted,
    measureConfidence: armsNear ? CONFIDENCE.strongSignal : CONFIDENCE.weakSignal,
    countedConfidence: cc,
    reason: armsNear ? 'money near arms words' : 'money near trade words',
  };
}

function guessArmsShare(input: MeasureInput): MeasureGuess {
  const stock = nearest<boolean>(
    [
      [true, STOCK],
      [false, IMPORTS],
    ],
    input,
  );
  const imports = input.hasPeriod || stock === false;
  const [counted, cc] = guessFlow(input, 'israel_to_azerbaijan');
  return {
    measure: imports ? 'arms_import_share' : 'arms_stock_share',
    counted,
    measureConfidence: CONFIDENCE.signal,
    countedConfidence: cc,
    reason: imports ? 'share of arms with a window or imports' : 'share of arms held',
  };
}

function guessShare(input: MeasureInput): MeasureGuess {
  const topic = nearest<'oil' | 'arms' | 'fled'>(
    [
      ['oil', OIL],
      ['arms', ARMS],
      ['fled', FLED],
    ],
    input,
  );
  if (topic === 'oil') {
    const [counted, cc] = guessFlow(input, 'azerbaijan_to_israel');
    return {
      measure: 'oil_supply_share',
      counted,
      measureConfidence: CONFIDENCE.strongSignal,
      countedConfidence: cc,
      reason: 'share near oil words',
    };
  }
  if (topic === 'arms') return guessArmsShare(input);
  if (topic === 'fled' && POPULATION.test(input.sentence)) {
    const match = byWords(POPULATIONS, input.sentence);
    return {
      measure: 'share_fled',
      counted: match?.value ?? '',
      measureConfidence: CONFIDENCE.signal,
      countedConfidence: match ? CONFIDENCE.weak : 0,
      reason: 'share of a population that fled',
    };
  }
  return NONE_GUESS;
}

function guessArea(input: MeasureInput): MeasureGuess {
  const match = byWords(PLACES, input.sentence);
  return {
    measure: 'area',
    counted: match?.value ?? '',
    measureConfidence: CONFIDENCE.certain,
    countedConfidence: match ? CONFIDENCE.even : 0,
    reason: 'an area',
  };
}

function guessSpan(input: MeasureInput): MeasureGuess {
  const before = input.sentence.slice(Math.max(0, input.start - 12), input.start);
  const sinceLike =
    SUPERLATIVE.test(input.sentence.slice(0, input.start)) &&
    /\b(for|in|since)\s+\S*\s*$/i.test(before);
  const fight = distance(FIGHT, input.sentence, input.start, input.end) < 80;
  if (!sinceLike && fight) {
    return {
      measure: 'fighting_duration',
      counted: 'both_sides',
      measureConfidence: CONFIDENCE.signal,
      countedConfidence: CONFIDENCE.even,
      reason: 'a span near fighting words',
    };
  }
  const match = byWords(SPANS, input.sentence);
  return {
    measure: 'elapsed_time',
    counted: match?.value ?? '',
    measureConfidence: CONFIDENCE.weak,
    countedConfidence: match ? CONFIDENCE.weak * match.share + 0.1 : 0,
    reason: 'a span of time',
  };
}

/** Clause breaks in a sentence: semicolons and ", while" (attribution.ts's words). */
const CLAUSE_BREAK = new RegExp(
  `;|,(?:\\s*\\[[^\\]]{1,12}\\])*\\s+(?:${[...CLAUSE_BREAK_WORDS].join('|')})\\b`,
  'gi',
);

/** Where the last sentence breaks: a sentence's figures are placed one after another. */
let breaks: { sentence: string; at: Array<[number, number]> } = { sentence: '\u0000', at: [] };

function breaksIn(sentence: string): Array<[number, number]> {
  if (breaks.sentence === sentence) return breaks.at;
  const at: Array<[number, number]> = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    at.push([m.index, m[0].length]);
  }
  breaks = { sentence, at };
  return at;
}

/** The clause of the sentence the figure sits in. */
export function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const [index, length] of breaksIn(sentence)) {
    if (index + length <= start) from = index + 1;
    else if (index >= end) {
      to = index;
      break;
    }
  }
  return [from, to];
}

/** Who fled: a population of the vocabulary named in the sentence ("Karabakh Armenians"). */
function fledPopulation(input: MeasureInput): [Counted | '', number, boolean?] {
  const match = byWords(POPULATIONS, input.sentence);
  return match ? [match.value, CONFIDENCE.weak] : ['', 0];
}

/** The best-scoring measure of the sentence's text from `a` to `b`. */
function bestIn(input: MeasureInput, family: UnitFamily, a: number, b: number) {
  return scoreMeasures({
    family,
    text: input.sentence.slice(a, b),
    start: input.start - a,
    end: input.end - a,
    heading: input.heading ?? null,
    noun: input.noun,
  })[0];
}

/** Counts of people, equipment and events: the measure whose vocabulary signals score best. */
function guessCount(input: MeasureInput): MeasureGuess {
  const family = familyOf(input.unit);
  if (family === 'none') return NONE_GUESS;
  const [from, to] = clauseAround(input.sentence, input.start, input.end);
  // Items of a list under one verb ("destroyed 250 tanks; 150 other vehicles; 11 command
  // posts"): with no signal in its own clause, a figure takes the sentence's.
  const best =
    bestIn(input, family, from, to) ??
    (from > 0 || to < input.sentence.length
      ? bestIn(input, family, 0, input.sentence.length)
      : undefined);
  if (!best) return NONE_GUESS;
  const [counted, cc, ownSide] =
    best.measure === 'people_fled' ? fledPopulation(input) : guessSide(input);
  const strong = best.score >= STRONG_SCORE;
  return {
    measure: best.measure,
    counted,
    measureConfidence: strong ? CONFIDENCE.strongSignal : CONFIDENCE.signal,
    countedConfidence: cc,
    ownSide: ownSide === true,
    reason: `signals ${best.signals.map((w) => `"${w}"`).join(', ')}`,
  };
}

/** A score above this is two near signals or more ("servicemen killed"). */
const STRONG_SCORE = 1.2;

export function guessMeasure(input: MeasureInput): MeasureGuess {
  const { unit } = input;
  const currencyNote = input.unitNote !== null && /^[A-Z]{3}$|\$$/.test(input.unitNote);
  if (unit === 'USD' || unit === 'EUR' || currencyNote) return guessMoney(input);
  if (unit === 'percent') return guessShare(input);
  if (unit === 'km2' || unit === 'sq_mi') return guessArea(input);
  if (unit === 'days' || unit === 'hours' || unit === 'years' || input.unitNote === 'months') {
    return guessSpan(input);
  }
  if (unit !== '' && COUNT_FAMILIES.has(familyOf(unit) as UnitFamily)) return guessCount(input);
  return NONE_GUESS;
}
