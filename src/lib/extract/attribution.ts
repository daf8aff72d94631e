/**
 * Who the article says claimed a figure (ledger columns `claimant`, `claimant_side`), from the
 * sentence around it:
 *
 * - a quotation and its speaker (`"...," X told ...`, `X said: "..."`, `"...," said X`);
 * - "according to X";
 * - "X said / says / told / claims / announced / confirmed / reported / estimates (that) ...",
 *   the verb before or after the figure, with auxiliaries, "in 2016" and the like between;
 * - "he said" and "his office said" carried over from the last named speaker;
 * - a country or its capital as the speaker stands for its government ("Yerevan announced");
 * - a surname alone is resolved to the full name printed earlier, allowing one letter of
 *   difference between transliterations.
 *
 * A figure with no attribution is in the article's own voice: its claimant is the outlet.
 */
import type { Side } from '../data/types.ts';
import type { Span } from './sentences.ts';
import type { Token } from './tokens.ts';
import { isCapitalised, tokenize, touches } from './tokens.ts';
import { governmentFor, countryOfName, ownCountry, sideOf } from './sides.ts';
import { isWeekday } from './nonFigures.ts';
import { sameNameToken } from './fuzzyName.ts';
import { CONFIDENCE } from './confidence.ts';

export type AttributionBasis =
  | 'quote'
  | 'according_to'
  | 'bracket'
  | 'speech_verb'
  | 'carried_over'
  | 'article'
  | 'background'
  | 'heading';

export interface Speaker {
  claimant: string;
  side: Side;
  confidence: number;
  basis: AttributionBasis;
}

/**
 * Verbs that attribute a figure to their subject, one row per verb with an example that
 * tests/extract/attribution.test.ts runs (the claimant the example must give).
 */
export const SPEECH_VERB_RULES: ReadonlyArray<{
  forms: readonly string[];
  example: string;
  claimant: string;
}> = [
  {
    forms: ['say', 'says', 'said'],
    example: 'Officials said 104 soldiers were killed.',
    claimant: 'Officials',
  },
  {
    forms: ['tell', 'tells', 'told'],
    example: 'The mayor told reporters 12 people died.',
    claimant: 'The mayor',
  },
  {
    forms: ['claim', 'claims', 'claimed'],
    example: 'Baku claimed 300 soldiers were killed.',
    claimant: 'Azerbaijani government',
  },
  {
    forms: ['announce', 'announces', 'announced'],
    example: 'The ministry announced 80 deaths.',
    claimant: 'The ministry',
  },
  {
    forms: ['confirm', 'confirms', 'confirmed'],
    example: 'The army confirmed 12 soldiers died.',
    claimant: 'The army',
  },
  {
    forms: ['reports', 'reported'],
    example: 'Human Rights Watch reported 30 houses were damaged.',
    claimant: 'Human Rights Watch',
  },
  {
    forms: ['states', 'stated'],
    example: 'The ombudsman stated 25 people were killed.',
    claimant: 'The ombudsman',
  },
  {
    forms: ['estimate', 'estimates', 'estimated'],
    example: 'The State Department estimated 350 people died.',
    claimant: 'The State Department',
  },
  {
    forms: ['adds', 'added'],
    example: 'The minister added 14 tanks were destroyed.',
    claimant: 'The minister',
  },
  {
    forms: ['notes', 'noted'],
    example: 'Analysts noted 40 drones were lost.',
    claimant: 'Analysts',
  },
  {
    forms: ['insists', 'insisted'],
    example: 'Yerevan insisted 20 civilians died.',
    claimant: 'Armenian government',
  },
  {
    forms: ['warns', 'warned'],
    example: 'The UN warned 90,000 people had fled.',
    claimant: 'The UN',
  },
  {
    forms: ['writes', 'wrote'],
    example: 'The spokeswoman wrote 23 soldiers died.',
    claimant: 'The spokeswoman',
  },
  {
    forms: ['tweeted', 'posted'],
    example: 'The aide tweeted 12 civilians were killed.',
    claimant: 'The aide',
  },
  {
    forms: ['declares', 'declared'],
    example: 'The president declared 50 villages were taken.',
    claimant: 'The president',
  },
  {
    forms: ['alleges', 'alleged'],
    example: 'Armenia alleged 150 mercenaries arrived.',
    claimant: 'Armenian government',
  },
  {
    forms: ['asserts', 'asserted'],
    example: 'The army asserted 7 tanks were destroyed.',
    claimant: 'The army',
  },
  {
    forms: ['maintains', 'maintained'],
    example: 'Baku maintained 2 drones were lost.',
    claimant: 'Azerbaijani government',
  },
  {
    forms: ['acknowledges', 'acknowledged'],
    example: 'Azerbaijan acknowledged 80 fatalities.',
    claimant: 'Azerbaijani government',
  },
  {
    forms: ['admits', 'admitted'],
    example: 'The ministry admitted 12 soldiers died.',
    claimant: 'The ministry',
  },
  {
    forms: ['reveals', 'revealed', 'discloses', 'disclosed'],
    example: 'The ministry revealed 31 soldiers died.',
    claimant: 'The ministry',
  },
  {
    forms: ['counts', 'counted', 'calculates', 'calculated', 'records', 'recorded'],
    example: 'Monitors counted 541 fighters killed.',
    claimant: 'Monitors',
  },
  { forms: ['put', 'puts'], example: 'Officials put the toll at 200.', claimant: 'Officials' },
  { forms: ['quoted'], example: 'The agency quoted 26 deaths.', claimant: 'The agency' },
  {
    forms: ['show', 'shows', 'showed'],
    example: 'Data shows 60% of arms came from Israel.',
    claimant: 'Data',
  },
  {
    forms: ['suggests', 'suggested'],
    example: 'Armenian officials suggested a loss of 8 km2.',
    claimant: 'Armenian officials',
  },
  {
    forms: ['documents', 'documented'],
    example: 'Amnesty documented 18 attacks.',
    claimant: 'Amnesty',
  },
];

export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_RULES.flatMap((r) => r.forms));

/** How many recently named claimants a bare "the ministry" may refer back to. */
const RECENT = 5;

/** The article's own sum: it says so itself. */
const CONFIDENCE_ARITHMETIC = 0.7;

/** Cheap test used to decide whether a sentence without numbers may still name a speaker. */
export const SPEECH_CUE = new RegExp(`\\b(${[...SPEECH_VERBS].join('|')})\\b`, 'i');

/** Lower-case words that can be part of a claimant's description. */
const ROLE_WORDS = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople official officials minister ministry ' +
    'president presidency prime government experts expert analysts analyst researchers ' +
    'researcher sources source diplomats diplomat media army military forces office ' +
    'authorities authority agency monitor monitors group groups observers commander ' +
    'commanders leader leaders head chief adviser advisor advisers advisors assistant senior ' +
    'former foreign defense defence interior affairs secretary ambassador envoy embassy staff ' +
    'data report statement news site outlet newspaper website police ombudsman committee ' +
    'council service department administration prosecutor general representative ' +
    'representatives officer officers investigators witnesses activists organisation ' +
    'organization institute presidential parliament parliamentary separatist local state ' +
    'governor governors mayor deputy commissioner director chairman chairwoman envoy ' +
    'lawmakers legislators ministers medics rescuers ' +
    'military-run human rights watchdog think tank figures estimates tally count survey study ' +
    'records'
  ).split(' '),
);

/** Role words that name one person, not an office: "the prime minister", "the spokeswoman". */
const PERSON_ROLES = new Set(
  (
    'minister president spokesman spokeswoman spokesperson ombudsman prosecutor commander ' +
    'leader chief adviser advisor assistant secretary ambassador envoy governor mayor deputy ' +
    'commissioner director chairman chairwoman'
  ).split(' '),
);

const AUXILIARIES = new Set(
  (
    'has have had is was were are be been will would also previously reportedly then again ' +
    'later recently earlier separately publicly officially repeatedly already further ' +
    'subsequently yesterday today now first once initially'
  ).split(' '),
);

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const POSSESSIVES = new Set(['his', 'her', 'their']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const JOINERS = new Set(['of', 'and', 'for']);
const SOURCE_WORDS =
  /^(?:(?:the|a|an|new|latest|official|preliminary)\s+)*(?:data|figures|estimates?|statistics|reports?|statements?|tall(?:y|ies)|counts?|information|numbers|calculations)\s+(?:from|by|of|released by|published by)\s+/i;

interface Phrase {
  start: number;
  end: number;
  pronoun: boolean;
  possessive: boolean;
}

function isYearToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'num' && /^(1[89]|20)\d{2}$/.test(t.text);
}

/** Skip auxiliaries and short time phrases that sit between a subject and its verb. */
function skipBack(tokens: Token[], j: number, stop: number): number {
  while (j >= stop) {
    const t = tokens[j];
    const before = tokens[j - 1]?.lower;
    if (t === undefined) break;
    if (AUXILIARIES.has(t.lower)) j--;
    // "also tracks and reports": a coordinated verb before the speech verb.
    else if (t.lower === 'and' && isPlainWord(tokens[j - 1]) && /(?:s|ed)$/.test(before ?? ''))
      j -= 2;
    else if (isYearToken(t) && before === 'in') j -= 2;
    else if (isWeekday(t) && before === 'on') j -= 2;
    else if (/^(week|month|year|weekend)$/.test(t.lower) && /^(last|this|next)$/.test(before ?? ''))
      j -= 2;
    else break;
  }
  return j;
}

/**
 * Up to two plain words inside a description ("the UN refugee agency", "the finance minister"),
 * kept only when a determiner, a name or a role word comes before them: the index to go on
 * from, or null.
 */
function isPlainWord(w: Token | undefined): boolean {
  return w !== undefined && w.kind === 'word' && !isCapitalised(w) && !DETERMINERS.has(w.lower);
}

function plainRun(tokens: Token[], j: number, stop: number): number | null {
  let k = j;
  while (k > j - 2 && k >= stop && isPlainWord(tokens[k])) k--;
  const before = tokens[k];
  const anchored =
    before !== undefined &&
    before.kind === 'word' &&
    (DETERMINERS.has(before.lower) || isCapitalised(before) || ROLE_WORDS.has(before.lower));
  return k < j && k >= stop && anchored ? k : null;
}

type Step = { next: number; content?: boolean } | { stop: number; possessive?: boolean };

/** One step back through a claimant's noun phrase from token `j` (the phrase ends at `end`). */
function stepBack(tokens: Token[], j: number, end: number, stop: number, content: boolean): Step {
  const t = tokens[j] as Token;
  const inside = j < end;
  if (t.kind === 'word' && (isCapitalised(t) || ROLE_WORDS.has(t.lower))) {
    return { next: j - 1, content: true };
  }
  const run = t.kind === 'word' && content && inside ? plainRun(tokens, j, stop) : null;
  if (run !== null) return { next: run };
  if (t.kind === 'word' && /'s$/.test(t.lower) && inside) return { next: j - 1, content: true };
  if (t.text === ')') {
    let k = j - 1;
    while (k >= stop && tokens[k]?.text !== '(') k--;
    return k < stop ? { stop: j } : { next: k - 1 };
  }
  if (t.text === '-' && touches(tokens[j - 1], t) && touches(t, tokens[j + 1])) {
    return { next: j - 1 };
  }
  const prev = tokens[j - 1];
  if (
    JOINERS.has(t.lower) &&
    inside &&
    prev &&
    (isCapitalised(prev) || ROLE_WORDS.has(prev.lower))
  ) {
    return { next: j - 1 };
  }
  if (DETERMINERS.has(t.lower) && inside) return { stop: j - 1 };
  if (POSSESSIVES.has(t.lower) && inside) return { stop: j - 1, possessive: true };
  return { stop: j };
}

/** The noun phrase that ends at token `end` (inclusive), read backwards; null when none. */
function phraseEndingAt(tokens: Token[], end: number, stop: number): Phrase | null {
  const last = tokens[end];
  if (last === undefined || end < stop) return null;
  if (PRONOUNS.has(last.lower)) return { start: end, end, pronoun: true, possessive: false };
  let j = end;
  let content = false;
  let possessive = false;
  while (j >= stop && tokens[j] !== undefined) {
    const step = stepBack(tokens, j, end, stop, content);
    if ('stop' in step) {
      j = step.stop;
      possessive = step.possessive === true;
      break;
    }
    content ||= step.content === true;
    j = step.next;
  }
  if (!content || j + 1 > end) return determinerPhrase(tokens, end, stop);
  return { start: j + 1, end, pronoun: false, possessive };
}

/**
 * "the regional governor said": a short phrase after "the", "a" or "an" names a speaker even
 * when its head noun is not in the role list.
 */
/** How many tokens back a determiner may open a speaker: "the Nagorno-Karabakh region". */
const DETERMINER_REACH = 6;

function determinerPhrase(tokens: Token[], end: number, stop: number): Phrase | null {
  for (let k = end; k >= stop && k > end - DETERMINER_REACH; k--) {
    const t = tokens[k];
    if (t?.text === '-' && touches(tokens[k - 1], t) && touches(t, tokens[k + 1])) continue;
    if (t === undefined || t.kind !== 'word') return null;
    if (DETERMINERS.has(t.lower)) return k < end ? withHead(tokens, k, end, stop) : null;
    if (PRONOUNS.has(t.lower) || t.lower === 'it' || AUXILIARIES.has(t.lower)) return null;
  }
  return null;
}

/**
 * "the defence ministry of the breakaway region": a phrase after "of" keeps the role it
 * belongs to.
 */
function withHead(tokens: Token[], k: number, end: number, stop: number): Phrase {
  const of = tokens[k - 1]?.lower === 'of' && ROLE_WORDS.has(tokens[k - 2]?.lower ?? '');
  const head = of ? phraseEndingAt(tokens, k - 2, stop) : null;
  const start = head && !head.pronoun ? head.start : k;
  return { start, end, pronoun: false, possessive: false };
}

/** The noun phrase that starts at token `start`, read forwards (inverted "said X"). */
function phraseStartingAt(tokens: Token[], start: number): Phrase | null {
  let j = start;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t === undefined) break;
    if (t.kind === 'word' && isCapitalised(t)) j++;
    else if (t.text === '-' && touches(tokens[j - 1], t) && touches(t, tokens[j + 1])) j++;
    else break;
  }
  if (j === start) {
    const t = tokens[start];
    if (t && PRONOUNS.has(t.lower)) return { start, end: start, pronoun: true, possessive: false };
    return DETERMINERS.has(t?.lower ?? '') ? describedPhrase(tokens, start) : null;
  }
  return { start, end: j - 1, pronoun: false, possessive: false };
}

/** Words that may join an inverted subject: "said the statement from the ministry". */
const INVERTED_JOINERS = new Set([...JOINERS, 'from', 'by', 'the']);

/**
 * An inverted subject that opens with a determiner ("said the statement from the Azerbaijani
 * Defense Ministry"): role and source words, names and joiners, ending on a name or role word.
 */
function describedPhrase(tokens: Token[], start: number): Phrase | null {
  let last = -1;
  for (let j = start + 1; j < tokens.length && j < start + 12; j++) {
    const t = tokens[j];
    if (t === undefined || t.kind !== 'word') break;
    const named = isCapitalised(t) || ROLE_WORDS.has(t.lower) || /'s$/.test(t.lower);
    if (named) last = j;
    else if (!INVERTED_JOINERS.has(t.lower)) break;
  }
  return last > start ? { start, end: last, pronoun: false, possessive: false } : null;
}

/**
 * Subjects found per sentence (keyed by its tokens, then by verb and stop): a sentence's
 * figures and the speaker carried to the next sentence ask for the same verbs (profiled).
 */
let subjectTokens: Token[] | null = null;
let subjectMemo = new Map<number, Phrase | null>();

/** Sentences are capped far below this many tokens, so verb and stop make one number. */
const SUBJECT_KEY = 1 << 16;

/** Subject of the speech verb at `v`: before it, across an appositive, or after it. */
function subjectOf(tokens: Token[], v: number, stop: number): Phrase | null {
  // Sentences come one at a time: the memo holds the current one's only (a WeakMap per
  // sentence cost more than it saved; profiled).
  if (subjectTokens !== tokens) {
    subjectTokens = tokens;
    if (subjectMemo.size > 0) subjectMemo = new Map();
  }
  const key = v * SUBJECT_KEY + stop;
  let found = subjectMemo.get(key);
  if (found === undefined) {
    found = findSubject(tokens, v, stop);
    subjectMemo.set(key, found);
  }
  return found;
}

/** Auxiliaries of a passive or impersonal "it" ("it is believed", "it was reported"). */
const IMPERSONAL = new Set(['is', 'was', 'be', 'been', 'were', 'are']);

/** "it said", "it has added": a pronoun for the last speaker, unless impersonal. */
function itSubject(tokens: Token[], j: number, v: number): Phrase | null {
  for (let k = j + 1; k < v; k++) if (IMPERSONAL.has(tokens[k]?.lower ?? '')) return null;
  return { start: j, end: j, pronoun: true, possessive: false };
}

function findSubject(tokens: Token[], v: number, stop: number): Phrase | null {
  const j = skipBack(tokens, v - 1, stop);
  const t = tokens[j];
  if (t !== undefined && j >= stop) {
    // "it said" is the last speaker; "it is speculated", "it was reported" name nobody.
    if (t.lower === 'it') return itSubject(tokens, j, v);
    if (t.text === ',') {
      // "Hikmet Hajiyev, assistant to the president, said": the name before the appositive.
      for (let c = j - 1; c >= stop && c > j - 40; c--) {
        if (tokens[c]?.text === ',') {
          const name = phraseEndingAt(tokens, c - 1, stop);
          if (name && !name.pronoun && isCapitalised(tokens[name.end])) return name;
          break;
        }
      }
    }
    const before = phraseEndingAt(tokens, j, stop);
    if (before) return before;
    if (t.text !== ',' && t.text !== '"') return null;
  } else if (isCapitalised(tokens[v])) {
    // "Reported Deaths: 218": a verb opening the sentence is a label, not "said Hajiyev".
    return null;
  }
  return phraseStartingAt(tokens, v + 1);
}

function textOf(text: string, tokens: Token[], p: Phrase): string {
  return text.slice(tokens[p.start]?.start ?? 0, tokens[p.end]?.end ?? 0);
}

/** Words a claimant never runs across: "battlefield while Armenia" is "Armenia". */
const CLAIMANT_CUT =
  /^.*\b(?:while|whereas|but|as|after|when|since|because|although|that|which|who)\s+/i;

/**
 * A descriptor before a name: "Dutch warfare research group Oryx" is "Oryx". The lower-case
 * words of a description followed by a capitalised name go.
 */
const DESCRIPTOR =
  /^(?:the\s+)?(?:[A-Z][\p{L}-]*\s+)?(?:[a-z][\p{L}-]*\s+){1,4}(?:group|organi[sz]ation|monitor|watchdog|agency|institute|outlet|site)\s+(?=[A-Z])/u;

function tidy(claimant: string): string {
  let c = claimant.replace(/\s+/g, ' ').trim();
  c = c.replace(CLAIMANT_CUT, '');
  c = c.replace(DESCRIPTOR, '');
  c = c.replace(/^(?:the|a|an)\s+/i, '');
  c = c.replace(SOURCE_WORDS, '');
  c = c.replace(/^(?:the|a|an)\s+/i, '');
  c = c.replace(/[,;:.]+$/, '');
  return c.length > 100 ? `${c.slice(0, 97)}...` : c;
}

interface KnownName {
  full: string;
  last: string;
  /** Where the name was printed, to read the title before it when the name is needed. */
  paragraph: string;
  at: number;
}

const NAME_RUN = /\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)+)/gu;
const NOT_NAME: ReadonlySet<string> = new Set(
  'the a an in on at of and but as by for to with from after before when while'.split(' '),
);

/**
 * The side the title before a name gives ("Armenian Ambassador to Israel Armen Smbatyan" is
 * armenia): the nearest country named since the last comma, skipping destinations ("to Israel").
 */
function titleSide(paragraph: string, nameStart: number, nameEnd: number): Side {
  const before = sideBefore(paragraph, nameStart);
  return before === 'unknown' ? appositiveSide(paragraph, nameEnd) : before;
}

/**
 * The side an appositive after a name gives: "Artak Beglaryan, the ombudsman of the
 * unrecognised Nagorno-Karabakh Republic, said" is armenia.
 */
function appositiveSide(paragraph: string, nameEnd: number): Side {
  const m = /^\s*,\s*([^,;.]{3,100})[,;.]/.exec(paragraph.slice(nameEnd, nameEnd + 120));
  return m ? sideOf(m[1] ?? '') : 'unknown';
}

function sideBefore(paragraph: string, nameStart: number): Side {
  const from = Math.max(0, nameStart - 80);
  let title = paragraph.slice(from, nameStart);
  const cut = Math.max(title.lastIndexOf(','), title.lastIndexOf('.'), title.lastIndexOf(';'));
  if (cut >= 0) title = title.slice(cut + 1);
  title = title.replace(/\b(to|in|at|toward|towards|from)\s+(the\s+)?[A-Z][\p{L}'-]*/gu, ' ');
  const words = title.trim().split(/\s+/).reverse();
  for (const w of words) {
    const side = countryOfName(w.replace(/'s$/, ''));
    if (side) return side;
  }
  return sideOf(title);
}

/** What the attribution needs to remember across sentences and paragraphs of one article. */
export class AttributionContext {
  /** Full names seen so far, oldest first (a Map keeps insertion order), at most 200. */
  private names = new Map<string, KnownName>();
  /** The names newest first, rebuilt only after a new one is remembered. */
  private newestFirst: KnownName[] | null = null;
  /**
   * Phrases already resolved since the names last changed: every figure of a sentence asks
   * for the same speaker, and resolving (tidying, governments, names) is a profiled hot spot.
   */
  private resolved = new Map<string, Omit<Speaker, 'confidence' | 'basis'>>();
  /** Claimants of a known side named lately, newest first: what "the ministry" refers to. */
  private recent: Array<Omit<Speaker, 'confidence' | 'basis'>> = [];
  lastSpeaker: Speaker | null = null;
  /** The speaker of the last quotation whose speaker was found: a next quotation goes on. */
  lastQuoteSpeaker: Speaker | null = null;

  constructor(readonly publisher: string | null) {}

  /** The article's own voice. */
  article(confidence: number, basis: AttributionBasis = 'article'): Speaker {
    return { claimant: this.publisher ?? 'article', side: 'press', confidence, basis };
  }

  /** Remember full names printed in `paragraph`, with the side the words before them give. */
  rememberNames(paragraph: string): void {
    NAME_RUN.lastIndex = 0;
    for (let m = NAME_RUN.exec(paragraph); m !== null; m = NAME_RUN.exec(paragraph)) {
      const words = (m[1] ?? '').split(/\s+/);
      const tail: string[] = [];
      for (let k = words.length - 1; k >= 0; k--) {
        const w = words[k] ?? '';
        const lower = w.toLowerCase();
        if (NOT_NAME.has(lower) || ROLE_WORDS.has(lower) || countryOfName(w) !== null) break;
        tail.unshift(w);
      }
      if (tail.length < 2) continue;
      const full = tail.join(' ');
      const last = tail[tail.length - 1] ?? '';
      const end = m.index + (m[1] ?? '').length - full.length;
      // A name seen before keeps its resolved claimants: the same person, the same side.
      if (!this.names.delete(full)) this.resolved.clear();
      this.names.set(full, { full, last, paragraph, at: end });
      this.newestFirst = null;
      if (this.names.size > 200) {
        const oldest = this.names.keys().next();
        if (!oldest.done) this.names.delete(oldest.value);
      }
    }
  }

  /** Turn a phrase into a claimant: metonyms into governments, surnames into full names. */
  resolve(phrase: string, confidence: number, basis: AttributionBasis): Speaker {
    let found = this.resolved.get(phrase);
    if (found === undefined) {
      found = this.resolveName(phrase);
      if (this.resolved.size > 500) this.resolved.clear();
      this.resolved.set(phrase, found);
    }
    if (found.side === 'unknown') {
      const earlier = this.earlierNamed(found.claimant);
      if (earlier) return { ...earlier, confidence: CONFIDENCE.even, basis: 'carried_over' };
    } else if (found.claimant !== this.recent[0]?.claimant) {
      const claimant = found.claimant;
      this.recent = [found, ...this.recent.filter((r) => r.claimant !== claimant)];
      if (this.recent.length > RECENT) this.recent.length = RECENT;
    }
    // Properties written out rather than spread: this runs for every speech verb (profiled).
    return { claimant: found.claimant, side: found.side, confidence, basis };
  }

  /**
   * "The ministry added", "the spokesman said": a claimant named only by its role words is the
   * last claimant named with the same head word ("Azerbaijan's Ministry of Defence").
   */
  private earlierNamed(claimant: string): Omit<Speaker, 'confidence' | 'basis'> | null {
    // "the Ministry of Defense", "the Prosecutor-General's Office": role words, joined.
    const words = claimant
      .toLowerCase()
      .replace(/'s\b/g, '')
      .split(/[\s-]+/)
      .filter((w) => w !== 'of' && w !== 'the');
    if (words.length === 0 || !words.every((w) => ROLE_WORDS.has(w))) return null;
    const head = words[words.length - 1] ?? '';
    const same = this.recent.find((r) => r.claimant.toLowerCase().split(' ').includes(head));
    // "According to Pashinyan, ... The prime minister said": a person's role, no head word
    // shared, is the last person named.
    if (same) return same;
    // "published by the ministry" with one side's claimants named lately: that side's latest.
    if (!PERSON_ROLES.has(head)) {
      const first = this.recent[0];
      return first && this.recent.every((r) => r.side === first.side) ? first : null;
    }
    return (
      this.recent.find(
        (r) => !r.claimant.split(' ').some((w) => ROLE_WORDS.has(w.toLowerCase())),
      ) ?? null
    );
  }

  private resolveName(phrase: string): Omit<Speaker, 'confidence' | 'basis'> {
    const claimant = tidy(phrase);
    const government = governmentFor(claimant);
    if (government) {
      return { claimant: government.name, side: government.side };
    }
    this.newestFirst ??= [...this.names.values()].reverse();
    const names = this.newestFirst;
    if (/^[A-Z][\p{L}'-]+$/u.test(claimant)) {
      const known = names.find((n) => sameNameToken(n.last, claimant));
      if (known) {
        const side = titleSide(known.paragraph, known.at, known.at + known.full.length);
        return { claimant: known.full, side };
      }
    }
    const side = sideOf(claimant);
    if (side === 'unknown') {
      const known = names.find((n) => claimant.endsWith(n.full));
      if (known) {
        return {
          claimant,
          side: titleSide(known.paragraph, known.at, known.at + known.full.length),
        };
      }
    }
    return { claimant, side };
  }

  carriedOver(possessive: string | null): Speaker | null {
    if (this.lastSpeaker === null) return null;
    const claimant = possessive
      ? `${this.lastSpeaker.claimant} (${possessive})`
      : this.lastSpeaker.claimant;
    return { ...this.lastSpeaker, claimant, confidence: CONFIDENCE.even, basis: 'carried_over' };
  }
}

/** Pairs of double quotes in a (normalised) paragraph; an unclosed quote runs to the end. */
export function quoteSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = paragraph.indexOf('"'); i >= 0; i = paragraph.indexOf('"', i + 1)) {
    if (open < 0) open = i;
    else {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: paragraph.length });
  return spans;
}

function speakerFromVerb(
  text: string,
  tokens: Token[],
  v: number,
  stop: number,
  ctx: AttributionContext,
  confidence: number,
  basis: AttributionBasis,
): Speaker | null {
  const subject = subjectOf(tokens, v, stop);
  if (subject === null) return null;
  if (subject.pronoun) return ctx.carriedOver(null);
  const said = textOf(text, tokens, subject);
  const sentenceStart = tokens[0]?.start ?? 0;
  const phrase = ownCountry(said, text.slice(sentenceStart, tokens[subject.start]?.start)) ?? said;
  if (subject.possessive) {
    return ctx.carriedOver(phrase.replace(/^(his|her|their)\s+/i, ''));
  }
  return ctx.resolve(phrase, confidence, basis);
}

/** The speaker of a quotation: the verb right after it or right before it. */
/** The last quotation's speaker: every figure of a quotation asks for it (profiled). */
let quoteMemo: {
  ctx: AttributionContext;
  paragraph: string;
  start: number;
  end: number;
  carried: Speaker | null;
  speaker: Speaker | null;
} | null = null;

function quoteSpeaker(paragraph: string, quote: Span, ctx: AttributionContext): Speaker | null {
  const m = quoteMemo;
  if (
    m !== null &&
    m.ctx === ctx &&
    m.paragraph === paragraph &&
    m.start === quote.start &&
    m.end === quote.end &&
    m.carried === ctx.lastSpeaker
  ) {
    return m.speaker;
  }
  const speaker = findQuoteSpeaker(paragraph, quote, ctx);
  if (speaker) ctx.lastQuoteSpeaker = speaker;
  quoteMemo = {
    ctx,
    paragraph,
    start: quote.start,
    end: quote.end,
    carried: ctx.lastSpeaker,
    speaker,
  };
  return speaker;
}

/**
 * How many tokens before a quotation its speech verb may stand: "said in a statement on
 * Thursday that "..."" (the sentence's full stop ends the search earlier).
 */
const QUOTE_LEAD = 12;

/**
 * How many tokens after a quotation its speech verb may stand: ", the Press Secretary for the
 * Armenian Ministry of Defense, Shushan Stepanyan, stated" (a full stop ends it earlier).
 */
const QUOTE_TAIL = 24;

function findQuoteSpeaker(paragraph: string, quote: Span, ctx: AttributionContext): Speaker | null {
  const after = tokenize(paragraph.slice(quote.end, quote.end + 200), quote.end);
  for (let v = 0; v < Math.min(after.length, QUOTE_TAIL); v++) {
    const t = after[v];
    if (t === undefined || t.text === '.' || t.text === '"') break;
    if (SPEECH_VERBS.has(t.lower)) {
      const s = speakerFromVerb(paragraph, after, v, 0, ctx, CONFIDENCE.speechVerb, 'quote');
      if (s) return s;
    }
  }
  const from = Math.max(0, quote.start - 200);
  const before = tokenize(paragraph.slice(from, quote.start), from);
  for (let v = before.length - 1; v >= Math.max(0, before.length - QUOTE_LEAD); v--) {
    const t = before[v];
    if (t === undefined || t.text === '.' || t.text === '"') break;
    if (SPEECH_VERBS.has(t.lower)) {
      const s = speakerFromVerb(paragraph, before, v, 0, ctx, CONFIDENCE.speechVerb, 'quote');
      if (s) return s;
    }
  }
  return null;
}

/** A sentence that opens with a subordinate clause: "Just weeks before ...", "After ...". */
const SUBORDINATE =
  /^(?:(?:just|only|shortly|soon|even|long|right|weeks|days|months|years|hours|minutes|moments|\w+ (?:weeks|days|months|years|hours))\s+){0,2}(?:before|after|when|while|since|although|though|until|once|because)\b/i;

export interface AttributionInput {
  /** The normalised paragraph. */
  paragraph: string;
  sentence: Span;
  /** Tokens of the sentence (offsets in the paragraph). */
  tokens: Token[];
  /** The figure's span in the paragraph. */
  figure: Span;
  quotes: Span[];
}

interface SentenceCues {
  according: Array<{ at: number; phrase: string }>;
  verbs: number[];
}

/** Per-sentence cues, computed once however many figures the sentence holds. */
const cueCache = new WeakMap<Token[], SentenceCues>();

/** End of an "according to X" phrase: the next comma or full stop, brackets included. */
function accordingEnd(tokens: Token[], from: number): number {
  let e = from;
  let depth = 0;
  while (e < tokens.length) {
    const t = tokens[e];
    if (t === undefined) break;
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    if (depth <= 0 && /^[,;.:"!?]$/.test(t.text)) break;
    e++;
  }
  return e;
}

/** End of a passive agent ("reported by Azerbaijani authorities included"): names and roles. */
function agentEnd(tokens: Token[], from: number): number {
  let e = from;
  while (e < tokens.length) {
    const t = tokens[e];
    if (t === undefined || t.kind !== 'word') break;
    const part = isCapitalised(t) || ROLE_WORDS.has(t.lower) || JOINERS.has(t.lower);
    // "by the united Armenian Information Center": a plain word before a name.
    const beforeName = isPlainWord(t) && isCapitalised(tokens[e + 1]);
    if (!part && !beforeName && !DETERMINERS.has(t.lower)) break;
    e++;
  }
  // "by the belligerents": a determiner takes the plain word that heads it.
  if (e > from && DETERMINERS.has(tokens[e - 1]?.lower ?? '') && isPlainWord(tokens[e])) e++;
  return e;
}

/**
 * Phrases that name a claimant outright, one row each with an example
 * (tests/extract/attribution.test.ts runs them): the cue's words, then the claimant up to where
 * `end` says it stops.
 */
export const ATTRIBUTION_PATTERNS: ReadonlyArray<{
  cue: (tokens: Token[], k: number) => number;
  end: (tokens: Token[], from: number) => number;
  example: string;
  claimant: string;
}> = [
  {
    cue: (tokens, k) =>
      tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to' ? k + 2 : -1,
    end: accordingEnd,
    example: 'According to Human Rights Watch, 30 houses were damaged.',
    claimant: 'Human Rights Watch',
  },
  {
    cue: (tokens, k) =>
      SPEECH_VERBS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by' ? k + 2 : -1,
    end: agentEnd,
    example: 'Attacks reported by Azerbaijani authorities killed two civilians.',
    claimant: 'Azerbaijani authorities',
  },
  {
    cue: publishedBy,
    end: agentEnd,
    example: 'A list of 54 names was published on Friday by the Armenian Information Center.',
    claimant: 'the Armenian Information Center',
  },
];

/**
 * "has released a list of 23 names", "published new figures": a verb that attributes only with
 * a report as its object (so "released 50 prisoners" names no speaker).
 */
const RELEASE_OBJECT =
  /^(?:list|lists|figures|data|names|statement|tally|report|toll|update|numbers|statistics)$/;

const RELEASE_VERBS: ReadonlySet<string> = new Set(
  'released published issued releases publishes'.split(' '),
);

function isReleaseVerb(tokens: Token[], k: number): boolean {
  if (!RELEASE_VERBS.has(tokens[k]?.lower ?? '')) return false;
  let j = k + 1;
  while (/^(?:a|an|the|its|their|new|updated|latest|official|fresh)$/.test(tokens[j]?.lower ?? ''))
    j++;
  return RELEASE_OBJECT.test(tokens[j]?.lower ?? '');
}

/** Words that may stand between "published" and "by": "published on Friday by". */
const BEFORE_AGENT =
  /^(?:on|in|earlier|today|yesterday|late|this|last|morning|evening|week|online)$/;

/** "published (on Friday) by X", "released by X": where the agent X starts, or -1. */
function publishedBy(tokens: Token[], k: number): number {
  if (!/^(?:published|released|issued|posted|compiled)$/.test(tokens[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j <= k + 4; j++) {
    const t = tokens[j];
    if (t === undefined) return -1;
    if (t.lower === 'by') return j + 1;
    if (!BEFORE_AGENT.test(t.lower) && !isWeekday(t)) return -1;
  }
  return -1;
}

function cuesOf(paragraph: string, tokens: Token[]): SentenceCues {
  const cached = cueCache.get(tokens);
  if (cached) return cached;
  const according: SentenceCues['according'] = [];
  const verbs: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const lower = tokens[k]?.lower ?? '';
    const passive = tokens[k + 1]?.lower === 'by';
    const speech = SPEECH_VERBS.has(lower) || isReleaseVerb(tokens, k);
    if (speech && !isAdjective(tokens, k) && !passive) verbs.push(k);
    for (const rule of ATTRIBUTION_PATTERNS) {
      const from = rule.cue(tokens, k);
      if (from < 0) continue;
      const e = rule.end(tokens, from);
      if (e > from) {
        const phrase = paragraph.slice(tokens[from]?.start ?? 0, tokens[e - 1]?.end ?? 0);
        according.push({ at: k, phrase });
      }
    }
  }
  const cues = { according, verbs };
  cueCache.set(tokens, cues);
  return cues;
}

/**
 * A claimant in brackets right after the figure, as infoboxes print them: "613 (Azerbaijani
 * government claim)", "161+ (Human Rights Watch)". Between the figure and the bracket only
 * numbers, lower-case words and punctuation may stand ("161+, 200+, may be as many as
 * 500-1000 (Human Rights Watch)"), so a bracket naming a place or a unit ("(54 sq mi)") is not
 * read. One row per form, with the example tests/extract/rules.test.ts runs.
 */
export const BRACKET_CLAIM_RULES: ReadonlyArray<{
  pattern: RegExp;
  /** Sides a bare name must have to be read as a claimant (a country alone is what is counted). */
  sides: readonly Side[] | null;
  example: string;
  claimant: string;
}> = [
  {
    pattern: /^([A-Z][\p{L}' -]{1,60}?)\s+(?:claims?|figures?|estimates?|counts?|tally|data)$/u,
    sides: null,
    example: 'Deaths: 613 (Azerbaijani government claim)',
    claimant: 'Azerbaijani government',
  },
  {
    pattern: /^([A-Z][\p{L}' -]{1,60})$/u,
    sides: ['independent', 'international'],
    example: 'Deaths: 161+ (Human Rights Watch)',
    claimant: 'Human Rights Watch',
  },
];

/** What may stand between a figure and a bracketed claimant, and the bracket. */
const BRACKET_AFTER = /^[\s\d,.+%a-z-]{0,80}?\(([^()]{2,80})\)/;

function bracketClaimant(input: AttributionInput, ctx: AttributionContext): Speaker | null {
  const after = input.paragraph.slice(input.figure.end, input.sentence.end);
  const inside = BRACKET_AFTER.exec(after)?.[1]?.trim();
  if (inside === undefined) return null;
  for (const rule of BRACKET_CLAIM_RULES) {
    const name = rule.pattern.exec(inside)?.[1];
    if (name === undefined) continue;
    const speaker = ctx.resolve(name, CONFIDENCE.stated, 'bracket');
    if (rule.sides === null || rule.sides.includes(speaker.side)) return speaker;
  }
  return null;
}

/**
 * Where a sentence splits into clauses with speakers of their own: "Azerbaijan claimed 20 km2,
 * while Armenian officials suggested 8 km2". A break is a semicolon, or a comma before one of
 * these words.
 */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'while',
  'whereas',
  'but',
  'although',
]);

function isClauseBreak(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.text === ';') return true;
  if (t?.text !== ',') return false;
  let j = k + 1;
  // Citation marks may sit between: ", [3] while".
  while (tokens[j]?.text === '[' && tokens[j + 2]?.text === ']') j += 3;
  return CLAUSE_BREAK_WORDS.has(tokens[j]?.lower ?? '');
}

/** "the reported fatalities", "of estimated deaths": a participle used as an adjective. */
function isAdjective(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  const after = tokens[k + 1];
  return /^(the|a|an|of|its|their|his|her)$/.test(before) && after?.kind === 'word';
}

function clauseOf(tokens: Token[], figureStart: number): [number, number] {
  let start = 0;
  let end = tokens.length - 1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined || !isClauseBreak(tokens, k)) continue;
    if (t.start < figureStart) start = k + 1;
    else {
      end = k - 1;
      break;
    }
  }
  return [start, end];
}

/**
 * Sentences that go on from the last speaker without naming one: "This adds to the list of 80
 * casualties", "it lists 83 combat drones", "According to the same update". One row each with
 * an example (tests/extract/rules.test.ts runs it: the second sentence's figure takes the
 * first's claimant).
 */
export const CARRY_RULES: ReadonlyArray<{ pattern: RegExp; example: string; claimant: string }> = [
  {
    pattern:
      /^\W*(?:this|that|these|it|which)\s+(?:adds?|added|brings?|brought|raises?|raised|takes?|took|puts?|comes?|came)\b/i,
    example: 'The ministry of Armenia said 23 soldiers died. This adds to the 80 reported earlier.',
    claimant: 'The ministry of Armenia',
  },
  {
    pattern: /\bit (?:lists|listed|counts|counted|names|named|gives|gave|puts|includes)\b/i,
    example: 'Armenian officials said 12 soldiers died. By noon it lists 83 combat drones.',
    claimant: 'Armenian officials',
  },
  {
    pattern:
      /\b(?:according to|in|under|by) the same (?:update|report|statement|list|source|sources|data|document|briefing|study|tally|figures|bulletin|ministry|office)\b/i,
    example:
      'Armenian officials said 12 soldiers died. According to the same update, 920 fighters died.',
    claimant: 'Armenian officials',
  },
  {
    pattern:
      /\baccording to (?:the|this|that) (?:update|report|statement|list|document|briefing|study|tally|bulletin|data|figures|information)\b/i,
    example:
      'Armenian officials said 12 soldiers died. Also, according to the document, 100 villages were hit.',
    claimant: 'Armenian officials',
  },
];

/** A sentence that goes on from the last speaker (CARRY_RULES). */
function carried(input: AttributionInput, ctx: AttributionContext): Speaker | null {
  const text = input.paragraph.slice(input.sentence.start, input.figure.start);
  return CARRY_RULES.some((r) => r.pattern.test(text)) ? ctx.carriedOver(null) : null;
}

/**
 * A news agency credited for a report ("..., the Interfax news agency reported", "Trend reports")
 * passes on another speaker's claim; when the sentence has another speaker, that one claims.
 */
export const MEDIA_CREDIT =
  /\b(?:news agency|agency|Reuters|AP|AFP|TASS|Interfax|Sputnik|RIA(?: Novosti| News)?|Trend|APA|Anadolu|Armenpress|AZERTAC|Xinhua|news\.am|Report\.az)$/;

/** Guess who claimed the figure at `input.figure`. */
/**
 * Words that make a figure the article's own arithmetic, whoever spoke before it in the
 * sentence: one row each with an example.
 */
export const ARTICLE_VOICE: ReadonlyArray<{ pattern: RegExp; example: string }> = [
  {
    pattern:
      /\b(?:bringing|raising|putting|taking) the (?:total|overall|combined|death)?\s*(?:toll|total|number|count)\b[^.;]*$/i,
    example:
      'Azerbaijan acknowledged 80 fatalities, bringing the total number of killed to at least 284.',
  },
];

/** The nearest "according to X" of the figure's clause (else of the sentence). */
function accordingSpeaker(
  input: AttributionInput,
  according: SentenceCues['according'],
  [cStart, cEnd]: [number, number],
  ctx: AttributionContext,
): Speaker {
  const { paragraph, tokens, figure } = input;
  const inClause = according.filter((a) => a.at >= cStart && a.at <= cEnd);
  const pool = inClause.length > 0 ? inClause : according;
  const figureToken = tokens.findIndex((t) => t.start >= figure.start);
  const nearest = pool.reduce((best, a) =>
    Math.abs(a.at - figureToken) < Math.abs(best.at - figureToken) ? a : best,
  );
  // A fronted "before/after/when ..." clause is background, outside a later "according to".
  const sentenceText = paragraph.slice(input.sentence.start, input.sentence.end);
  const firstComma = tokens.findIndex((t) => t.text === ',');
  const commaAt = tokens[firstComma]?.start ?? Infinity;
  if (
    SUBORDINATE.test(sentenceText) &&
    figure.end <= commaAt &&
    (tokens[nearest.at]?.start ?? 0) > commaAt
  ) {
    return ctx.article(CONFIDENCE.background, 'background');
  }
  if (DOCUMENT_PHRASE.test(nearest.phrase)) {
    return ctx.carriedOver(null) ?? ctx.article(CONFIDENCE.fallback);
  }
  return ctx.resolve(nearest.phrase, CONFIDENCE.stated, 'according_to');
}

/** "according to the same update", "according to the document": the last speaker's. */
const DOCUMENT_PHRASE =
  /^(?:the|this|that) (?:same )?(?:update|report|statement|list|document|briefing|study|tally|bulletin|data|figures|information|source|sources)$/i;

/** The clause's speech verbs nearest the figure first, else the earlier clauses' latest first. */
function clauseVerbs(all: number[], cStart: number, cEnd: number, at: number): number[] {
  const own: number[] = [];
  const earlier: number[] = [];
  for (const k of all) {
    if (k >= cStart && k <= cEnd) own.push(k);
    else if (k < cStart) earlier.unshift(k);
  }
  if (own.length === 0) return earlier;
  if (own.length > 1) own.sort((a, b) => Math.abs(a - at) - Math.abs(b - at));
  return own;
}

export function attribute(input: AttributionInput, ctx: AttributionContext): Speaker {
  const { paragraph, tokens, figure } = input;
  const lead = paragraph.slice(Math.max(input.sentence.start, figure.start - 80), figure.start);
  if (ARTICLE_VOICE.some((r) => r.pattern.test(lead))) return ctx.article(CONFIDENCE_ARITHMETIC);
  // A short quotation is a name or scare quotes ("the so-called "44-day war""), not speech.
  const quote = input.quotes.find(
    (q) =>
      figure.start >= q.start &&
      figure.end <= q.end &&
      paragraph.slice(q.start, q.end).split(/\s+/).length >= 5,
  );
  if (quote) {
    // A quotation with no speech verb of its own goes on from the last one's speaker.
    const speaker = quoteSpeaker(paragraph, quote, ctx);
    if (speaker) return speaker;
    const went = ctx.lastQuoteSpeaker;
    if (went) return { ...went, confidence: CONFIDENCE.even, basis: 'carried_over' };
    return ctx.carriedOver(null) ?? ctx.article(CONFIDENCE.fallback);
  }
  const bracket = bracketClaimant(input, ctx);
  if (bracket) return bracket;
  const [cStart, cEnd] = clauseOf(tokens, figure.start);
  const { according, verbs: allVerbs } = cuesOf(paragraph, tokens);
  // "This adds to the 80 reported earlier": carried over, unless the sentence names its
  // speaker before the figure ("X tracks and reports ..., it lists 83 drones").
  const spokenBefore = allVerbs.some(
    (v) => (tokens[v]?.start ?? Infinity) < figure.start && namedSubject(paragraph, tokens, v),
  );
  const goesOn = spokenBefore ? null : carried(input, ctx);
  if (goesOn) return goesOn;

  if (according.length > 0) return accordingSpeaker(input, according, [cStart, cEnd], ctx);

  // Speech verbs in the clause, nearest to the figure first; then, for a clause with no verb of
  // its own ("X said 1,245 were wounded, while over 100 missing"), those of the clause before.
  const figureToken = tokens.findIndex((t) => t.start >= figure.start);
  const verbs = clauseVerbs(allVerbs, cStart, cEnd, figureToken);
  let credit: Speaker | null = null;
  for (const v of verbs) {
    const s = speakerFromVerb(
      paragraph,
      tokens,
      v,
      v < cStart ? 0 : cStart,
      ctx,
      CONFIDENCE.speechVerb,
      'speech_verb',
    );
    if (s && MEDIA_CREDIT.test(s.claimant) && verbs.length > 1) credit ??= s;
    else if (s) return s;
  }
  return credit ?? ctx.article(CONFIDENCE.articleVoice);
}

/** Whether the speech verb at `v` has a subject that names someone ("This adds" does not). */
function namedSubject(paragraph: string, tokens: Token[], v: number): boolean {
  const subject = subjectOf(tokens, v, 0);
  return subject !== null && !DEMONSTRATIVE.test(textOf(paragraph, tokens, subject));
}

/** "This adds to the 80 casualties reported earlier": no speaker's name. */
const DEMONSTRATIVE = /^(?:this|that|these|those|the|it|which)$/i;

/** Speakers named in a sentence (to carry over to "he said" later). */
export function lastSpeakerIn(
  paragraph: string,
  tokens: Token[],
  ctx: AttributionContext,
): Speaker | null {
  let found: Speaker | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined) continue;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') continue;
    if (!SPEECH_VERBS.has(t.lower) && !isReleaseVerb(tokens, k)) continue;
    const subject = subjectOf(tokens, k, 0);
    if (subject === null || subject.pronoun || subject.possessive) continue;
    const said = textOf(paragraph, tokens, subject);
    if (DEMONSTRATIVE.test(said)) continue;
    const s = ctx.resolve(said, CONFIDENCE.speechVerb, 'speech_verb');
    // "X said ..., Trend reports", "Asadov said ..., reiterating the false claims": a later
    // verb of the sentence does not replace a speaker of a known side with a credit or a word.
    const weaker = s.side === 'unknown' || MEDIA_CREDIT.test(s.claimant);
    if (found === null || !weaker || found.side === 'unknown') found = s;
  }
  return found;
}
