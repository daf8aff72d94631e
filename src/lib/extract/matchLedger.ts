/**
 * Matching candidates to ledger claims: same article, same paragraph, and a candidate's span
 * overlaps an occurrence of the claim's `figure_text` in that paragraph. The ledger's
 * figure_text carries its qualifying words ("at least 350"), so overlap, not equality, is the
 * test; each candidate and each occurrence is used once.
 */
import type { Candidate } from './candidate.ts';
import type { Span } from './sentences.ts';

/** The ledger columns the comparison needs. */
export interface LedgerFigure {
  claim_id: string;
  source_id: string;
  paragraph: number;
  figure_text: string;
}

/** Every occurrence of `needle` in `text`. */
export function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle === '') return spans;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    spans.push({ start: i, end: i + needle.length });
  }
  return spans;
}

export interface MatchResult<C extends LedgerFigure> {
  pairs: Array<{ candidate: Candidate; claim: C }>;
  /** Candidates no claim accounts for: figures the ledger lacks, or extraction noise. */
  unmatched: Candidate[];
  /** Claims whose figure_text is in its paragraph but that no candidate found. */
  missed: C[];
  /** Claims whose paragraph is missing or no longer holds figure_text. */
  stale: Array<{ claim: C; reason: string }>;
}

/**
 * Match `candidates` to `claims`. `paragraphOf(source_id, n)` returns the text of paragraph n
 * of that article (undefined when the article or the paragraph is missing).
 */
export function matchCandidates<C extends LedgerFigure>(
  candidates: readonly Candidate[],
  claims: readonly C[],
  paragraphOf: (sourceId: string, n: number) => string | undefined,
): MatchResult<C> {
  const result: MatchResult<C> = { pairs: [], unmatched: [], missed: [], stale: [] };
  const used = new Set<Candidate>();
  const taken = new Map<string, Set<number>>(); // paragraph key -> occurrence starts used
  for (const claim of claims) {
    const text = paragraphOf(claim.source_id, claim.paragraph);
    if (text === undefined) {
      result.stale.push({ claim, reason: `the article has no paragraph ${claim.paragraph}` });
      continue;
    }
    const key = `${claim.source_id}\u0000${claim.paragraph}\u0000${claim.figure_text}`;
    const takenHere = taken.get(key) ?? new Set<number>();
    taken.set(key, takenHere);
    const spans = occurrences(text, claim.figure_text).filter((s) => !takenHere.has(s.start));
    if (occurrences(text, claim.figure_text).length === 0) {
      result.stale.push({
        claim,
        reason: `paragraph ${claim.paragraph} no longer contains "${claim.figure_text}"`,
      });
      continue;
    }
    let found: { candidate: Candidate; span: Span; overlap: number; extra: number } | null = null;
    for (const candidate of candidates) {
      if (used.has(candidate)) continue;
      if (candidate.source_id !== claim.source_id || candidate.paragraph !== claim.paragraph) {
        continue;
      }
      for (const span of spans) {
        const overlap =
          Math.min(span.end, candidate.char_end) - Math.max(span.start, candidate.char_start);
        // On equal overlap the candidate that reaches least beyond the figure wins: the claim
        // "four" takes the candidate "four", not "at least four" a few words earlier.
        const extra = candidate.char_end - candidate.char_start - overlap;
        const better =
          found === null ||
          overlap > found.overlap ||
          (overlap === found.overlap && extra < found.extra);
        if (overlap > 0 && better) found = { candidate, span, overlap, extra };
      }
    }
    if (found === null) {
      result.missed.push(claim);
      continue;
    }
    used.add(found.candidate);
    takenHere.add(found.span.start);
    result.pairs.push({ candidate: found.candidate, claim });
  }
  result.unmatched = candidates.filter((c) => !used.has(c));
  return result;
}
