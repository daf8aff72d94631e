/**
 * Extraction against hand annotations (tests/fixtures/extract-heldout/): which annotated figures
 * were found (recall), how many candidates are annotated figures (precision), and, of the
 * figures found, how often each field agrees with the annotation. Pure: the caller reads the
 * files.
 *
 * A candidate matches an annotation in the same file and paragraph when their spans overlap;
 * an annotation's span is the n-th occurrence of its figure_text (n counting earlier annotations
 * with the same text), at word edges, outside citation brackets, outside the span of an earlier
 * annotation of the paragraph ("2,317" after "at least 2,317") and not the day of a date
 * ("September 27", "27 September"), which is never annotated as a figure.
 */
import { BELLIGERENTS } from '../vocabulary/vocabulary.ts';
import type { Candidate } from './candidate.ts';
import { familyOf } from './unitWords.ts';

export interface Annotation {
  file: string;
  paragraph: number;
  figure_text: string;
  unit_family: string;
  qualifier: string;
  measure: string;
  claimant_side: string;
  as_of: string;
  historical: boolean;
}

export interface FieldScore {
  field: string;
  right: number;
  of: number;
}

export interface Evaluation {
  annotations: number;
  candidates: number;
  matched: number;
  recall: number;
  precision: number;
  fields: FieldScore[];
  missed: Annotation[];
  unmatched: Candidate[];
  wrong: Array<{ field: string; annotation: Annotation; candidate: Candidate }>;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const MONTH_BEFORE = new RegExp(`\\b${MONTH} $`);
const MONTH_AFTER = new RegExp(`^ ${MONTH}\\b`);

/** Whether the number at start..end of `paragraph` is the day of a date: "September 27". */
function isDayOfMonth(paragraph: string, start: number, end: number): boolean {
  if (!/^\d{1,2}$/.test(paragraph.slice(start, end))) return false;
  return (
    MONTH_BEFORE.test(paragraph.slice(Math.max(0, start - 12), start)) ||
    MONTH_AFTER.test(paragraph.slice(end, end + 12))
  );
}

/** Start of the n-th occurrence (0-based) of `text` in `paragraph` at word edges, or -1. */
export function occurrence(paragraph: string, text: string, n: number): number {
  let seen = 0;
  for (let i = paragraph.indexOf(text); i >= 0; i = paragraph.indexOf(text, i + 1)) {
    const before = paragraph[i - 1];
    const after = paragraph[i + text.length];
    if (isWordChar(before) || isWordChar(after) || before === '[' || after === ']') continue;
    if (isDayOfMonth(paragraph, i, i + text.length)) continue;
    if (seen++ === n) return i;
  }
  return -1;
}

interface Span {
  start: number;
  end: number;
}

function annotationSpans(
  annotations: readonly Annotation[],
  paragraphOf: (a: Annotation) => string,
): Span[] {
  const seen = new Map<string, number>();
  const taken = new Map<string, Span[]>();
  return annotations.map((a) => {
    const key = `${a.file}\u0000${a.paragraph}\u0000${a.figure_text}`;
    const where = `${a.file}\u0000${a.paragraph}`;
    const spans = taken.get(where) ?? [];
    taken.set(where, spans);
    // The n-th occurrence, skipping one inside an earlier annotation's span ("2,317" after
    // "at least 2,317" is the next "2,317").
    let n = seen.get(key) ?? 0;
    let start = occurrence(paragraphOf(a), a.figure_text, n);
    while (start >= 0 && spans.some((s) => start >= s.start && start < s.end)) {
      start = occurrence(paragraphOf(a), a.figure_text, ++n);
    }
    seen.set(key, n + 1);
    const span = { start, end: start < 0 ? -1 : start + a.figure_text.length };
    if (start >= 0) spans.push(span);
    return span;
  });
}

/** The field checks: each says whether the candidate's field agrees, or null when not judged. */
const FIELDS: ReadonlyArray<{
  field: string;
  judge: (a: Annotation, c: Candidate) => boolean | null;
}> = [
  { field: 'unit family', judge: (a, c) => familyOf(c.unit) === a.unit_family },
  { field: 'qualifier', judge: (a, c) => c.qualifier === a.qualifier },
  { field: 'measure', judge: (a, c) => c.measure === a.measure },
  { field: 'claimant side', judge: (a, c) => c.claimant_side === a.claimant_side },
  {
    field: 'claimant side, warring-side claims',
    judge: (a, c) =>
      (BELLIGERENTS as readonly string[]).includes(a.claimant_side)
        ? c.claimant_side === a.claimant_side
        : null,
  },
  {
    field: 'as-of date, where the text gives one',
    judge: (a, c) => (a.as_of ? (c.as_of ?? c.period_end ?? '').startsWith(a.as_of) : null),
  },
  { field: 'historical mark', judge: (a, c) => a.historical === c.flags.includes('historical') },
];

export function evaluate(
  annotations: readonly Annotation[],
  candidates: readonly (Candidate & { file: string })[],
  paragraphOf: (file: string, n: number) => string,
): Evaluation {
  const spans = annotationSpans(annotations, (a) => paragraphOf(a.file, a.paragraph));
  const used = new Set<number>();
  const pairs: Array<[Annotation, Candidate]> = [];
  const missed: Annotation[] = [];
  annotations.forEach((a, i) => {
    const s = spans[i] as Span;
    const k = candidates.findIndex(
      (c, j) =>
        !used.has(j) &&
        c.file === a.file &&
        c.paragraph === a.paragraph &&
        c.char_start < s.end &&
        s.start < c.char_end,
    );
    if (k < 0) missed.push(a);
    else {
      used.add(k);
      pairs.push([a, candidates[k] as Candidate]);
    }
  });
  const wrong: Evaluation['wrong'] = [];
  const fields = FIELDS.map(({ field, judge }) => {
    let right = 0;
    let of = 0;
    for (const [a, c] of pairs) {
      const ok = judge(a, c);
      if (ok === null) continue;
      of++;
      if (ok) right++;
      else wrong.push({ field, annotation: a, candidate: c });
    }
    return { field, right, of };
  });
  return {
    annotations: annotations.length,
    candidates: candidates.length,
    matched: pairs.length,
    recall: annotations.length ? pairs.length / annotations.length : 0,
    precision: candidates.length ? pairs.length / candidates.length : 0,
    fields,
    missed,
    unmatched: candidates.filter((_, j) => !used.has(j)),
    wrong,
  };
}
