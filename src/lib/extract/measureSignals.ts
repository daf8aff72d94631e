/**
 * Which measure a count belongs to, scored from the signal words the ledger's vocabulary gives
 * each measure (`MEASURE_VOCABULARY[m].signals`): "80 servicemen killed" scores `military_deaths`
 * on "servicemen" and "killed"; "281 servicemen wounded" scores `military_wounded` higher, since
 * its signals "wounded" and "servicemen" are both nearer. Only measures whose unit families hold
 * the figure's unit are scored, so a count of tanks is never a death toll.
 *
 * A signal counts for less the further it is from the figure, and half across a comma (list
 * items: "27 soldiers killed, 26 missing"); the nearest word of what happened decides, the sum of
 * all signals breaks ties. A measure needs at least one signal that says what
 * happened ("killed", "fled", "shot down"), not only who was counted ("soldiers"): WHO_WORDS
 * lists the signals of the second kind.
 */
import {
  MEASURE_VOCABULARY,
  MEASURES,
  type Measure,
  type UnitFamily,
} from '../vocabulary/vocabulary.ts';

/** Signals that name who or what is counted, not what happened to them. */
export const WHO_WORDS: ReadonlySet<string> = new Set([
  'soldiers',
  'servicemen',
  'troops',
  'military',
  'civilians',
  'civilian',
  'residents',
  'fighters',
  'mercenaries',
  'syrian',
  'population',
]);

/**
 * Kinds of people a count may be narrowed to, with the measures of each kind and the total they
 * fall back to. The figure's own noun decides ("104 soldiers", "eight civilians"); otherwise the
 * who-words near it: one kind gives that kind, both kinds or none give the total ("350 people,
 * both military and civilian, had died"). Each row has an example tests run.
 */
export const WHO_KINDS: ReadonlyArray<{
  words: readonly string[];
  measures: readonly Measure[];
  example: string;
}> = [
  {
    words: ['soldiers', 'servicemen', 'troops', 'military'],
    measures: ['military_deaths', 'military_wounded', 'military_missing'],
    example: 'Yerevan announced the deaths of 104 soldiers.',
  },
  {
    words: ['civilians', 'civilian', 'residents'],
    measures: ['civilian_deaths', 'civilian_wounded', 'civilian_missing'],
    example: 'Baku announced the death of 18 civilians.',
  },
  {
    words: ['mercenaries', 'syrian'],
    measures: ['mercenary_deaths'],
    example: 'The monitor reported the deaths of 541 Syrian fighters or mercenaries.',
  },
];

/** The measure a narrowed measure falls back to when the kind of people is not known. */
export const TOTAL_OF: Readonly<Partial<Record<Measure, Measure>>> = {
  military_deaths: 'total_deaths',
  civilian_deaths: 'total_deaths',
  mercenary_deaths: 'total_deaths',
  military_wounded: 'total_wounded',
  civilian_wounded: 'total_wounded',
};

/** Who-words count for the kind within this many characters of the figure, in its clause. */
const WHO_REACH = 40;

/** How far (characters) a signal may be and still count at half weight. */
const HALF_WEIGHT_AT = 20;
/** Weight of a signal found only in the heading a row sits under ("Civilians displaced:"). */
const HEADING_WEIGHT = 0.5;

interface SignalTable {
  /** One pattern for every signal of the family's measures, longest first. */
  pattern: RegExp;
  /** Measures each signal points to. */
  measures: ReadonlyMap<string, readonly Measure[]>;
}

function tableFor(family: UnitFamily): SignalTable {
  const measures = new Map<string, Measure[]>();
  for (const m of MEASURES) {
    const entry = MEASURE_VOCABULARY[m];
    if (!(entry.families as readonly string[]).includes(family)) continue;
    for (const s of entry.signals) measures.set(s, [...(measures.get(s) ?? []), m]);
  }
  const words = [...measures.keys()].sort((a, b) => b.length - a.length);
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    pattern: new RegExp(`(?<![\\p{L}-])(${alternatives.join('|')})(?![\\p{L}])`, 'giu'),
    measures,
  };
}

const TABLES = new Map<UnitFamily, SignalTable>();
function table(family: UnitFamily): SignalTable {
  let t = TABLES.get(family);
  if (!t) {
    t = tableFor(family);
    TABLES.set(family, t);
  }
  return t;
}

export interface SignalInput {
  family: UnitFamily;
  /** The clause (or sentence) the figure is in, and the figure's offsets in it. */
  text: string;
  start: number;
  end: number;
  /** The heading the row sits under, if any ("Civilians displaced:"). */
  heading?: string | null;
  /** The figure's counted noun as printed ("soldiers"), if any. */
  noun?: string | null;
}

export interface SignalGuess {
  measure: Measure;
  score: number;
  /** The signal words that decided it, nearest first. */
  signals: string[];
}

interface Hit {
  word: string;
  weight: number;
  /** Says what happened, not only who was counted. */
  event: boolean;
}

function weightOf(text: string, at: number, length: number, input: SignalInput): number {
  const d = at >= input.end ? at - input.end : input.start - (at + length);
  const between =
    at >= input.end ? text.slice(input.end, at) : text.slice(at + length, input.start);
  const commas = (between.match(/,/g) ?? []).length;
  return 1 / (1 + Math.max(0, d) / HALF_WEIGHT_AT) / 2 ** commas;
}

/** Signal words found in a text, with their positions (computed once per clause and family). */
let memo: { table: SignalTable | null; text: string; found: Array<[string, number, number]> } = {
  table: null,
  text: '',
  found: [],
};

function found(t: SignalTable, text: string): Array<[string, number, number]> {
  if (memo.table === t && memo.text === text) return memo.found;
  const list: Array<[string, number, number]> = [];
  t.pattern.lastIndex = 0;
  for (let m = t.pattern.exec(text); m !== null; m = t.pattern.exec(text)) {
    list.push([(m[1] ?? '').toLowerCase(), m.index, m[0].length]);
  }
  memo = { table: t, text, found: list };
  return list;
}

function hitsIn(input: SignalInput, t: SignalTable): Hit[] {
  const hits: Hit[] = found(t, input.text).map(([word, at, length]) => ({
    word,
    weight: weightOf(input.text, at, length, input),
    event: !WHO_WORDS.has(word),
  }));
  if (input.heading) {
    t.pattern.lastIndex = 0;
    for (let m = t.pattern.exec(input.heading); m !== null; m = t.pattern.exec(input.heading)) {
      const word = (m[1] ?? '').toLowerCase();
      hits.push({ word, weight: HEADING_WEIGHT, event: !WHO_WORDS.has(word) });
    }
  }
  return hits;
}

/** Measures of the figure's family, best first; empty when no signal says what happened. */
export function scoreMeasures(input: SignalInput): SignalGuess[] {
  const t = table(input.family);
  const scores = new Map<
    Measure,
    { score: number; event: boolean; best: number; signals: string[] }
  >();
  for (const hit of hitsIn(input, t)) {
    for (const m of t.measures.get(hit.word) ?? []) {
      const s = scores.get(m) ?? { score: 0, event: false, best: 0, signals: [] };
      s.score += hit.weight;
      s.event ||= hit.event;
      if (hit.event) s.best = Math.max(s.best, hit.weight);
      if (!s.signals.includes(hit.word)) s.signals.push(hit.word);
      scores.set(m, s);
    }
  }
  // The nearest word of what happened decides ("3,825 killed and 187 missing"); the sum of all
  // signals breaks ties between measures that share it.
  const ranked = [...scores]
    .filter(([, s]) => s.event)
    .map(([measure, s]) => ({ measure, score: s.score, best: s.best, signals: s.signals }))
    .sort(
      (a, b) =>
        b.best - a.best ||
        b.score - a.score ||
        MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure),
    )
    .map(({ measure, score, signals }) => ({ measure, score, signals }));
  return byKind(ranked, input);
}

/** The kinds of people named by the figure's noun, else by who-words near it. */
function kindsNear(input: SignalInput): Set<number> {
  const noun = input.noun?.toLowerCase() ?? '';
  const own = WHO_KINDS.findIndex((k) => k.words.includes(noun));
  if (own >= 0) return new Set([own]);
  const near = input.text.slice(Math.max(0, input.start - WHO_REACH), input.end + WHO_REACH);
  const words = new Set(near.toLowerCase().split(/[^\p{L}]+/u));
  const kinds = new Set<number>();
  WHO_KINDS.forEach((k, i) => {
    if (k.words.some((w) => words.has(w))) kinds.add(i);
  });
  return kinds;
}

/** Narrow the best guess to the kind of people named, or widen it to the total. */
function byKind(ranked: SignalGuess[], input: SignalInput): SignalGuess[] {
  const best = ranked[0];
  if (!best) return ranked;
  const family = WHO_KINDS.findIndex((k) => k.measures.includes(best.measure));
  const total = TOTAL_OF[best.measure] ?? (family >= 0 ? undefined : best.measure);
  const base = family >= 0 ? total : best.measure;
  if (base === undefined) return ranked;
  const kinds = kindsNear(input);
  if (kinds.size !== 1) return [{ ...best, measure: base }, ...ranked.slice(1)];
  const kind = WHO_KINDS[[...kinds][0] ?? 0];
  const narrowed = kind?.measures.find((m) => TOTAL_OF[m] === base);
  return narrowed ? [{ ...best, measure: narrowed }, ...ranked.slice(1)] : ranked;
}
