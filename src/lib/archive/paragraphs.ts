/**
 * Paragraph numbering shared by the ledger, the validator and the extractor:
 * paragraph N is the N-th line of the archived text that holds anything but white space.
 */

/** Split an archived article into its non-empty lines, in order (index 0 is paragraph 1). */
export function paragraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '');
}

/** The text of paragraph `n` (1-based), or undefined when the article has fewer paragraphs. */
export function paragraphAt(text: string, n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  return paragraphs(text)[n - 1];
}
