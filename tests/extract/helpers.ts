/** Shared helpers for the extraction tests: run the pipeline on a few lines of example text. */
import { extractArticle, type ExtractOptions } from '../../src/lib/extract/extract.ts';
import type { Candidate } from '../../src/lib/extract/candidate.ts';

export function extract(text: string, options: Partial<ExtractOptions> = {}): Candidate[] {
  return extractArticle(text, { sourceId: 'example', published: '2020-10-05', ...options });
}

/** The figure_text of every candidate of `text`. */
export function figureTexts(text: string, options: Partial<ExtractOptions> = {}): string[] {
  return extract(text, options).map((c) => c.figure_text);
}

/** The one candidate whose figure_text is `figure` (fails the test when there is not one). */
export function only(
  text: string,
  figure: string,
  options: Partial<ExtractOptions> = {},
): Candidate {
  const found = extract(text, options).filter((c) => c.figure_text === figure);
  if (found.length !== 1) {
    throw new Error(
      `expected one "${figure}" in "${text}", found: ${JSON.stringify(figureTexts(text, options))}`,
    );
  }
  return found[0] as Candidate;
}
