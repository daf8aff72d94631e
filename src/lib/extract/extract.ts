/**
 * The extraction pipeline, one paragraph at a time (paragraph N is the N-th non-empty line, as
 * in the ledger): skip page furniture, split sentences, read numbers, turn them into figures
 * (figures.ts), then guess claimant, hedge, time and measure for each.
 *
 * Work and memory per paragraph are bounded (sentences are capped in length, the furniture and
 * attribution memories are windows), so a long input costs time in proportion to its length.
 */
import { paragraphs } from '../archive/paragraphs.ts';
import type { Counted, Unit } from '../data/types.ts';
import { familyOf, nounUnitAt } from './unitWords.ts';
import { peopleByContext } from './units.ts';
import type { Candidate } from './candidate.ts';
import { normaliseTypography } from './normalise.ts';
import { FurnitureDetector, REPEAT_WINDOW } from './furniture.ts';
import { splitSentences, type Span } from './sentences.ts';
import { tokenize, withoutCitations, type Token } from './tokens.ts';
import { NUMBER_CUE, readNumberAt } from './numbers.ts';
import { insideSpans, maskedSpans } from './nonFigures.ts';
import { dropWindows, figureFrom, type Figure } from './figures.ts';
import { unitBefore } from './nounBefore.ts';
import { slug } from '../format/slug.ts';
import {
  AttributionContext,
  SPEECH_CUE,
  attribute,
  lastSpeakerIn,
  quoteSpans,
  type AttributionInput,
  type Speaker,
} from './attribution.ts';
import { candidateRow } from './candidateRow.ts';
import { CONFIDENCE } from './confidence.ts';
import { HeadingContext, countedByHeading } from './headings.ts';
import { articlePeriodIn, historicalByArticle, historicalIn } from './historical.ts';
import { BELLIGERENTS, countedEntry, type Side } from '../vocabulary/vocabulary.ts';
import { guessHedge } from './hedge.ts';
import { guessTime, lastDateIn, lastStatedYear, type DateFound } from './timeframe.ts';
import { guessMeasure } from './guessMeasure.ts';
import { datelinePrefixLength, readDateline, readWireCredit } from './dateline.ts';

export interface ExtractOptions {
  /** Id written in `source_id` and used as the prefix of `claim_id`. */
  sourceId: string;
  /** Publication date (YYYY-MM-DD); relative times ("yesterday") are resolved against it. */
  published?: string | null;
  /** The outlet: claimant of figures printed in the article's own voice. */
  publisher?: string | null;
  /** How the publication date was read, when it came from a dateline; noted on every row. */
  publishedNote?: string | null;
}

interface ParagraphState {
  /** The paragraph as printed, and normalised (same length). */
  raw: string;
  text: string;
  n: number;
}

/** Paragraphs at the top of an article where its date line may be. */
const ARTICLE_TOP = 10;

/** Paragraphs held back before their rows are emitted (as far back as a caption can repeat). */
const HOLD_BACK = REPEAT_WINDOW + 1;

export class ArticleExtractor {
  /**
   * Rows of the last few paragraphs, held back because a caption printed twice is only known
   * at its second copy; older rows go to `emit`. This keeps memory bounded on long inputs.
   */
  private pending: Candidate[][] = [];
  private readonly collected: Candidate[] = [];
  private direct = false;
  private readonly emit: (c: Candidate) => void;
  /** Ids carry the paragraph number, so they need to be unique within a paragraph only. */
  private ids = new Set<string>();
  /** Next suffix to try per base id, so many equal figures in one paragraph stay linear. */
  private nextSuffix = new Map<string, number>();
  private readonly furniture = new FurnitureDetector();
  private readonly ctx: AttributionContext;
  private readonly published: string | null;
  private readonly sourceSlug: string;
  private readonly headingContext = new HeadingContext();
  private headings: ReturnType<HeadingContext['next']> = { claimant: null, plain: null };
  /** The year of the last date printed with one: the year of a date printed without. */
  private yearHint: number | null = null;
  /** The period the article is about, when its date line names an earlier one. */
  private articlePeriod: [string, string] | null = null;
  /** The last date printed in the paragraph so far, for its later sentences. */
  private lastDate: DateFound | null = null;
  /**
   * A warring side's speaker named for a figure earlier in this paragraph: "The list ... was
   * published by the ministry. As of Tuesday, the death toll ... is 1,008."
   */
  private paragraphSpeaker: Speaker | null = null;
  /**
   * The warring side's speaker the previous paragraph ended with, for a paragraph that names
   * none: "... the Azerbaijani Prosecutor General's Office told Trend." then "Some 33 injured
   * civilians have been hospitalized ...". Null once a paragraph names a speaker of its own.
   */
  private previousSpeaker: Speaker | null = null;
  /** The number of the paragraph `previousSpeaker` was named in. */
  private previousAt = -1;
  /** A warring side's speaker named in the last sentence processed, if any. */
  private endSpeaker: Speaker | null = null;
  /** Whether the paragraph so far has named a speaker of any side. */
  private paragraphNamed = false;
  /** The unit of the last count so far (paragraphs run on): what "105 of them" counts. */
  private lastCountUnit: Unit | '' = '';

  /** Without `emit`, rows are collected and returned by `finish()`. */
  constructor(
    private readonly options: ExtractOptions,
    emit?: (c: Candidate) => void,
  ) {
    this.emit = emit ?? ((c) => this.collected.push(c));
    this.sourceSlug = slug(options.sourceId);
    this.ctx = new AttributionContext(options.publisher ?? null);
    this.published = options.published ?? null;
  }

  /** Feed paragraph `n` (1-based) as printed. */
  addParagraph(raw: string, n: number): void {
    this.ids = new Set();
    this.nextSuffix = new Map();
    let text = normaliseTypography(raw);
    const verdict = this.furniture.classify(text, n);
    if (verdict.kind !== null) {
      if (verdict.repeats !== null) this.retract(verdict.repeats);
      return;
    }
    this.hold(verdict.remembered === true);
    this.headings = this.headingContext.next(text);
    if (n <= ARTICLE_TOP) this.articlePeriod = articlePeriodIn(text) ?? this.articlePeriod;
    // Blank out a wire dateline ("YEREVAN, Oct 12 (Reuters) - "): same length, so offsets hold.
    const dateline = datelinePrefixLength(text);
    if (dateline > 0) text = ' '.repeat(dateline) + text.slice(dateline);
    if (!NUMBER_CUE.test(text) && !SPEECH_CUE.test(text)) {
      if (/[A-Z]\S*\s+[A-Z]/.test(text)) this.ctx.rememberNames(text);
      return;
    }
    if (!NUMBER_CUE.test(text)) {
      this.yearHint = lastStatedYear(text) ?? this.yearHint;
    }
    this.ctx.rememberNames(text);
    this.sentences({ raw, text, n });
  }

  /**
   * A paragraph too long to be a caption is never retracted: its rows go out at once, so a
   * single huge paragraph does not pile up in memory. Others wait a few paragraphs.
   */
  private hold(remembered: boolean): void {
    this.direct = !remembered;
    if (this.direct) {
      while (this.pending.length > 0) this.flushOldest();
      return;
    }
    this.pending.push([]);
    while (this.pending.length > HOLD_BACK) this.flushOldest();
  }

  private sentences(p: ParagraphState): void {
    this.lastDate = null;
    const before = this.previousAt === p.n - 1 ? this.endSpeaker : null;
    this.endSpeaker = null;
    this.previousSpeaker = before;
    this.paragraphSpeaker = null;
    this.paragraphNamed = false;
    const quotes = quoteSpans(p.text);
    let q = 0;
    for (const sentence of splitSentences(p.text)) {
      // Quotations that reach into this sentence (sentences and quotations both run in order).
      while (q < quotes.length && (quotes[q]?.end ?? 0) <= sentence.start) q++;
      const near: Span[] = [];
      for (let k = q; k < quotes.length && (quotes[k]?.start ?? Infinity) < sentence.end; k++) {
        near.push(quotes[k] as Span);
      }
      const sentenceText = p.text.slice(sentence.start, sentence.end);
      const hasNumber = NUMBER_CUE.test(sentenceText);
      if (!hasNumber && !SPEECH_CUE.test(sentenceText)) {
        this.lastDate = lastDateIn(sentenceText, this.published, this.yearHint) ?? this.lastDate;
        this.yearHint = lastStatedYear(sentenceText) ?? this.yearHint;
        continue;
      }
      const tokens = withoutCitations(tokenize(sentenceText, sentence.start));
      if (hasNumber) this.sentenceFigures(p, sentence, tokens, near);
      this.lastDate = lastDateIn(sentenceText, this.published, this.yearHint) ?? this.lastDate;
      this.yearHint = lastStatedYear(sentenceText) ?? this.yearHint;
      const speaker = lastSpeakerIn(p.text, tokens, this.ctx);
      if (speaker) this.ctx.lastSpeaker = speaker;
      if (speaker) this.paragraphNamed = true;
      if (speaker && isWarring(speaker)) this.paragraphSpeaker = speaker;
      // Only a speaker named in the paragraph's last sentence goes on into the next one.
      this.endSpeaker = speaker && isWarring(speaker) ? speaker : null;
    }
    this.previousAt = p.n;
  }

  /** A speaker carried from the paragraph before, when this one names none (see previousSpeaker). */
  private fromPreviousParagraph(): Speaker | null {
    const before = this.previousSpeaker;
    if (before === null || this.paragraphNamed) return null;
    return { ...before, confidence: CONFIDENCE.even, basis: 'carried_over' };
  }

  /** Emit what is held back; returns the collected rows when no `emit` was given. */
  finish(): Candidate[] {
    while (this.pending.length > 0) this.flushOldest();
    return this.collected;
  }

  private push(row: Candidate): void {
    if (this.direct) this.emit(row);
    else this.pending[this.pending.length - 1]?.push(row);
  }

  private flushOldest(): void {
    for (const c of this.pending.shift() ?? []) this.emit(c);
  }

  private retract(paragraph: number): void {
    for (const rows of this.pending) {
      for (let k = rows.length - 1; k >= 0; k--) {
        if (rows[k]?.paragraph === paragraph) rows.splice(k, 1);
      }
    }
  }

  /** The figures of one sentence, in order (windows of flows dropped). */
  private figuresIn(tokens: Token[], sentenceText: string, sentence: Span): Figure[] {
    const masks = maskedSpans(sentenceText, sentence.start);
    const figures: Figure[] = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (t === undefined) break;
      const core =
        t.kind === 'punct' || insideSpans(masks, t.start, t.end)
          ? undefined
          : readNumberAt(tokens, i);
      if (core === undefined) {
        i++;
        continue;
      }
      const figure = figureFrom(tokens, core);
      if (figure) figures.push(figure);
      i = Math.max(core.last, figure?.lastToken ?? 0) + 1;
    }
    const kept = inheritUnits(
      dropWindows(figures, sentenceText, sentence.start),
      sentenceText,
      sentence.start,
    );
    return this.unitsBefore(tokens, kept);
  }

  /** Counts whose noun stands before them or is left out (nounBefore.ts). */
  private unitsBefore(tokens: Token[], figures: Figure[]): Figure[] {
    let inSentence: Unit | '' = '';
    return figures.map((f) => {
      let out = f;
      if (f.unit === '' && f.unitNote === null) {
        const unit = unitBefore({
          tokens,
          first: f.core.first,
          last: f.core.last,
          previous: this.lastCountUnit,
          previousInSentence: inSentence,
        });
        if (unit !== '') out = { ...f, unit };
      }
      if (out.unit !== '' && familyOf(out.unit) !== 'none') {
        const family = familyOf(out.unit);
        if (family === 'people' || family === 'equipment' || family === 'events') {
          inSentence = out.unit;
          this.lastCountUnit = out.unit;
        }
      }
      return out;
    });
  }

  /** The unit a plain heading gives its rows ("Civilians missing:" rows count people). */
  private headingUnit(): Unit | '' {
    const heading = this.headings.plain?.text;
    if (!heading) return '';
    const tokens = tokenize(heading);
    for (let k = 0; k < tokens.length; k++) {
      const noun = nounUnitAt(tokens, k);
      if (noun) return noun.unit;
    }
    return peopleByContext(tokens, tokens.length, tokens.length) ? 'people' : '';
  }

  /** The claimant: the sentence's own attribution, else a heading's, else the article's voice. */
  private speakerFor(input: AttributionInput): Speaker {
    const speaker = attribute(input, this.ctx);
    const heading = this.headings.claimant;
    if (speaker.basis !== 'article') {
      this.paragraphNamed = true;
      if (isWarring(speaker)) this.paragraphSpeaker = speaker;
      return speaker;
    }
    if (heading?.claimant != null) {
      return { ...this.ctx.resolve(heading.claimant, CONFIDENCE.even, 'heading') };
    }
    const before = this.paragraphSpeaker;
    const sentence = input.paragraph.slice(input.sentence.start, input.figure.start);
    if (before && speaker.confidence === CONFIDENCE.articleVoice && TALLY_CUE.test(sentence)) {
      return { ...before, confidence: CONFIDENCE.even, basis: 'carried_over' };
    }
    const whole = input.paragraph.slice(input.sentence.start, input.sentence.end);
    if (speaker.confidence === CONFIDENCE.articleVoice && !NOT_CARRIED.test(whole)) {
      return this.fromPreviousParagraph() ?? speaker;
    }
    return speaker;
  }

  private sentenceFigures(
    p: ParagraphState,
    sentence: Span,
    tokens: Token[],
    quotes: Span[],
  ): void {
    const sentenceText = p.text.slice(sentence.start, sentence.end);
    const figures = this.figuresIn(tokens, sentenceText, sentence).map((f) =>
      f.unit === '' && f.unitNote === null ? { ...f, unit: this.headingUnit() } : f,
    );
    if (figures.length === 0) return;
    const hedge = guessHedge(sentenceText);
    let sideBefore: Counted | null = null;
    for (const f of figures) {
      const figure = { start: f.start, end: f.end };
      const speaker = this.speakerFor({ paragraph: p.text, sentence, tokens, figure, quotes });
      const start = f.start - sentence.start;
      const time = guessTime(sentenceText, this.published, start, this.yearHint, this.lastDate);
      const heading = this.headings.claimant;
      const headingSide = heading
        ? countedByHeading(heading.lens, speaker.side, BELLIGERENTS)
        : null;
      const guess = guessMeasure({
        unit: f.unit,
        unitNote: f.unitNote,
        kind: f.core.kind,
        noun: f.noun,
        sentence: sentenceText,
        start,
        end: f.end - sentence.start,
        claimantSide: speaker.side,
        hasPeriod: time.period_start !== null,
        sideBefore,
        heading: [this.headings.plain?.text, heading?.text].filter(Boolean).join(' ') || null,
        headingCounted: headingSide as Counted | null,
      });
      if (guess.ownSide && guess.counted !== '') sideBefore = guess.counted;
      const claimant = eachSideOwn(speaker, guess.counted);
      const figureText = p.raw.slice(f.start, f.end);
      this.push(
        candidateRow({
          claimId: this.id(p.n, figureText),
          sourceId: this.options.sourceId,
          paragraph: p.n,
          figure: f,
          figureText,
          guess,
          speaker: claimant,
          hedge,
          time,
          historical:
            historicalIn(sentenceText, start) ??
            historicalByArticle(this.articlePeriod, sentenceText),
          unpublished: this.published === null,
          publishedNote: this.options.publishedNote ?? null,
        }),
      );
    }
  }

  private id(n: number, figureText: string): string {
    const base = `${this.sourceSlug}-p${n}-${slug(figureText)}`;
    let id = base;
    if (this.ids.has(id)) {
      let k = this.nextSuffix.get(base) ?? 2;
      while (this.ids.has(`${base}-${k}`)) k++;
      id = `${base}-${k}`;
      this.nextSuffix.set(base, k + 1);
    }
    this.ids.add(id);
    return id;
  }
}

/**
 * A breakdown in brackets after a count takes its unit: "255 tanks (destroyed: 146, damaged: 6,
 * captured: 103)" are all tanks, though "captured" alone would read as people.
 */
function inheritUnits(figures: Figure[], sentence: string, offset: number): Figure[] {
  let head: Figure | null = null;
  return figures.map((f) => {
    const between = head ? sentence.slice(head.end - offset, f.start - offset) : '';
    const inside = head !== null && between.includes('(') && !between.includes(')');
    if (inside && head && (f.unit === '' || f.noun === null))
      return { ...f, unit: head.unit, noun: null };
    if (f.unit !== '' && familyOf(f.unit) === 'equipment') head = f;
    else if (!inside) head = null;
    return f;
  });
}

/**
 * A tally in a sentence with no speaker of its own, after a warring side's speaker in the same
 * paragraph: "As of Tuesday, the death toll ... is 1,008" goes on with that speaker's count.
 */
const TALLY_CUE = /\b(?:death toll|toll|total|number of|tally|losses|casualties)\b/i;

/** Background that a speaker of the paragraph before does not reach: spans of years, history. */
const NOT_CARRIED = /\b(?:years?|decades?|(?:19|20)\d\d|(?:19|20)\d0s)\b/i;

const isWarring = (s: Speaker) => (BELLIGERENTS as readonly string[]).includes(s.side);

/** "official figures released by the belligerents": each side's figure for its own losses. */
const EACH_SIDE =
  /\b(?:belligerents|warring (?:sides|parties)|both sides|each side|the (?:two )?sides)\b/i;

function eachSideOwn(speaker: Speaker, counted: Counted | ''): Speaker {
  if (!EACH_SIDE.test(speaker.claimant) || !(BELLIGERENTS as readonly string[]).includes(counted)) {
    return speaker;
  }
  const adjective = countedEntry(counted)?.adjective ?? counted;
  return { ...speaker, claimant: `the ${adjective} side`, side: counted as Side };
}

/** A publication date printed as a dateline near the top of the article, and how it was read. */
export function datelineOf(lines: readonly string[]): { date: string; note: string } | null {
  for (const line of lines.slice(0, 15)) {
    const plain = normaliseTypography(line);
    const read = readDateline(plain) ?? readWireCredit(plain);
    if (read?.date)
      return { date: read.date, note: `published ${read.date}: dateline ${read.reading}` };
  }
  return null;
}

/** A publication date printed as a dateline near the top of the article, if any. */
export function publishedFromParagraphs(lines: readonly string[]): string | null {
  return datelineOf(lines)?.date ?? null;
}

/**
 * Extract candidate figures from an article's plain text. With `emit`, rows are handed over as
 * they are final (a few paragraphs behind) instead of being collected and returned.
 */
export function extractArticle(
  text: string,
  options: ExtractOptions,
  emit?: (c: Candidate) => void,
): Candidate[] {
  const lines = paragraphs(text);
  const dateline = options.published ? null : datelineOf(lines);
  const published = options.published ?? dateline?.date ?? null;
  const publishedNote = dateline?.note ?? null;
  const extractor = new ArticleExtractor({ ...options, published, publishedNote }, emit);
  lines.forEach((line, k) => extractor.addParagraph(line, k + 1));
  return extractor.finish();
}
