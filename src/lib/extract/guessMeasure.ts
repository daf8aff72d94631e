/**
 * A first guess at what a figure measures (`measure`) and whose losses, which flow, place or
 * span it counts (`counted`), from its unit, its counted noun and the words nearest to it.
 * The guesses only pick values of the ledger's vocabularies (src/lib/data/types.ts); the word
 * lists below say what those values mean in general English, not in any one article.
 */
import type { Counted, Measure, Side, Unit } from '../data/types.ts';
import { COUNTED } from '../data/types.ts';
import type { NumberKind } from './numbers.ts';
import { COUNTRIES, countriesIn, countryIn, type CountrySide } from './sides.ts';

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
}

export interface MeasureGuess {
  measure: Measure | '';
  counted: Counted | '';
  measureConfidence: number;
  countedConfidence: number;
  /** The side was named next to the figure's own noun ("Azerbaijani troops"). */
  ownSide?: boolean;
}

const DEATH =
  /\b(kill(?:ed|ing|s)?|dead|deaths?|died|dying|lives|toll|fatalities|perished|massacred|slain|lost)\b/gi;
const WOUND = /\b(wounded|wounding|injured|injuries|injuring|hurt)\b/gi;
const FLED =
  /\b(fled|flee(?:ing)?|displaced|refugees|exodus|evacuated|left (?:their|the|home)|leave (?:their|the|home)|leaving (?:their|the|home)|from their homes|departures?|uprooted)\b/gi;
const DOWNED = /\b(shot down|downed|destroyed|lost|crashed|brought down)\b/gi;
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

const MILITARY_NOUNS =
  /^(soldiers?|troops|servicemen|servicemembers|fighters|militants|combatants|conscripts|recruits|reservists|officers|personnel|pilots|sailors|guards|jihadists|mercenaries|separatists)$/i;
const CIVILIAN_NOUNS = /^(civilians?|children|women|residents|inhabitants)$/i;

/** Distance from the figure to the nearest match of `re` in the sentence (Infinity if none). */
function distance(re: RegExp, text: string, start: number, end: number): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const d = m.index >= end ? m.index - end : start - (m.index + m[0].length);
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

/** The values of `pool` whose words best match `text`; null when none matches at all. */
function byWords(pool: readonly Counted[], text: string): { value: Counted; share: number } | null {
  let best: { value: Counted; share: number; hits: number } | null = null;
  for (const value of pool) {
    const words = value.split('_').filter((w) => w !== 'to' && w !== 'since');
    const hits = words.filter((w) => COUNTED_WORDS[w]?.test(text)).length;
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
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      best = Math.min(best, Math.abs(m.index - at));
    }
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
  const named = countriesIn(input.sentence);
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

function guessSide(input: MeasureInput): [Counted | '', number, boolean?] {
  const after = input.sentence.slice(input.end, input.end + 60);
  const nounAt = input.noun ? after.indexOf(input.noun) : -1;
  const nounPhrase = nounAt >= 0 ? after.slice(0, nounAt + (input.noun?.length ?? 0)) : '';
  const own = asCounted(nounPhrase ? (countryIn(nounPhrase) ?? '') : '');
  if (own) return [own, 0.7, true];
  // "2,425 of its soldiers", "our men": the speaker's own losses.
  const speakerOwn = asCounted(input.claimantSide);
  if (speakerOwn && /\b(its|their|our)\b/i.test(nounPhrase)) return [speakerOwn, 0.6, true];
  if (/\b(both|each|either) sides?\b|\bon both\b/i.test(input.sentence)) return ['both_sides', 0.7];
  if (input.sideBefore) return [input.sideBefore, 0.5];
  const clauseStart = input.sentence.lastIndexOf(';', input.start) + 1;
  const before = countriesIn(input.sentence.slice(clauseStart, input.start));
  const belligerents = [...before].flatMap((c) => asCounted(c) ?? []);
  if (belligerents.length >= 2) return ['both_sides', 0.5];
  if (belligerents.length === 1 && belligerents[0]) return [belligerents[0], 0.4];
  const claimantSide = asCounted(input.claimantSide);
  if (claimantSide) return [claimantSide, 0.3];
  return ['both_sides', 0.3];
}

export function guessMeasure(input: MeasureInput): MeasureGuess {
  const none: MeasureGuess = {
    measure: '',
    counted: '',
    measureConfidence: 0,
    countedConfidence: 0,
  };
  const { unit } = input;
  const currencyNote = input.unitNote !== null && /^[A-Z]{3}$|\$$/.test(input.unitNote);
  if (unit === 'USD' || unit === 'EUR' || currencyNote) {
    const armsNear = distance(ARMS, input.sentence, input.start, input.end) < Infinity;
    const tradeNear = distance(TRADE, input.sentence, input.start, input.end) < Infinity;
    if (!armsNear && !tradeNear) return none;
    const [counted, cc] = guessFlow(input, armsNear ? 'israel_to_azerbaijan' : null);
    return {
      measure: 'arms_sales_value',
      counted,
      measureConfidence: armsNear ? 0.7 : 0.4,
      countedConfidence: cc,
    };
  }
  if (unit === 'percent') {
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
        measureConfidence: 0.7,
        countedConfidence: cc,
      };
    }
    if (topic === 'arms') {
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
        measureConfidence: 0.6,
        countedConfidence: cc,
      };
    }
    if (topic === 'fled' && POPULATION.test(input.sentence)) {
      const match = byWords(POPULATIONS, input.sentence);
      return {
        measure: 'share_fled',
        counted: match?.value ?? '',
        measureConfidence: 0.6,
        countedConfidence: match ? 0.4 : 0,
      };
    }
    return none;
  }
  if (unit === 'km2' || unit === 'sq_mi') {
    const match = byWords(PLACES, input.sentence);
    return {
      measure: 'area',
      counted: match?.value ?? '',
      measureConfidence: 0.9,
      countedConfidence: match ? 0.5 : 0,
    };
  }
  if (unit === 'aircraft') {
    const downed = distance(DOWNED, input.sentence, input.start, input.end) < Infinity;
    const [counted, cc, ownSide] = guessSide(input);
    return {
      measure: 'aircraft_downed',
      counted,
      measureConfidence: downed ? 0.7 : 0.3,
      countedConfidence: cc,
      ownSide: ownSide === true,
    };
  }
  if (unit === 'people') {
    // "a population of 150,000" is a size, not a toll or a flight.
    if (
      /\bpopulation (?:of )?(?:about |some |roughly |around |an estimated )?$/i.test(
        input.sentence.slice(Math.max(0, input.start - 40), input.start),
      )
    ) {
      return none;
    }
    const what = nearest<'death' | 'wound' | 'fled'>(
      [
        ['death', DEATH],
        ['wound', WOUND],
        ['fled', FLED],
      ],
      input,
    );
    if (what === null) return none;
    if (what === 'fled') {
      const match = byWords(POPULATIONS, input.sentence);
      return {
        measure: 'people_fled',
        counted: match?.value ?? '',
        measureConfidence: 0.6,
        countedConfidence: match ? 0.4 : 0,
      };
    }
    const [counted, cc, ownSide] = guessSide(input);
    let measure: Measure = what === 'wound' ? 'total_wounded' : 'total_deaths';
    if (what === 'death' && input.noun !== null) {
      if (MILITARY_NOUNS.test(input.noun)) measure = 'military_deaths';
      else if (CIVILIAN_NOUNS.test(input.noun)) measure = 'civilian_deaths';
    }
    return {
      measure,
      counted,
      measureConfidence: 0.6,
      countedConfidence: cc,
      ownSide: ownSide === true,
    };
  }
  if (unit === 'days' || unit === 'hours' || unit === 'years' || input.unitNote === 'months') {
    const before = input.sentence.slice(Math.max(0, input.start - 12), input.start);
    const sinceLike =
      SUPERLATIVE.test(input.sentence.slice(0, input.start)) &&
      /\b(for|in|since)\s+\S*\s*$/i.test(before);
    const fight = distance(FIGHT, input.sentence, input.start, input.end) < 80;
    if (!sinceLike && fight) {
      return {
        measure: 'fighting_duration',
        counted: 'both_sides',
        measureConfidence: 0.6,
        countedConfidence: 0.5,
      };
    }
    const match = byWords(SPANS, input.sentence);
    return {
      measure: 'elapsed_time',
      counted: match?.value ?? '',
      measureConfidence: 0.4,
      countedConfidence: match ? 0.4 * match.share + 0.1 : 0,
    };
  }
  return none;
}
