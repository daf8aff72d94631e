/**
 * Ledger text as it is shown on a page or in a chart: characters that would reorder or hide
 * text are made visible, and text too long for its place is cut with an ellipsis. Only for what
 * a reader sees: CSV and JSON keep the ledger's text exactly.
 */

/**
 * Characters that reorder text or hide themselves: bidi embeddings and overrides (U+202A–202E),
 * isolates (U+2066–2069), zero-width space and joiners (U+200B–200D), word joiner (U+2060) and
 * byte-order mark (U+FEFF); and control characters (C0 except tab and line ends, DEL, C1),
 * which a page shows as nothing and XML does not allow.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Each hidden character as its code point, e.g. "⟨U+202E⟩", so it cannot reorder its line. */
export function visibleText(text: string): string {
  return text.replace(
    HIDDEN,
    (c) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/** At most `max` characters (code points, so no pair is split), then "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('').trimEnd()}…`;
}

/** Longest text shown whole in a cell or a card; findings and descriptions may be longer. */
export const SHORT_TEXT = 280;

/** Longest sentence shown whole: a finding, a source line, what a screen reader hears on a mark. */
export const PROSE_TEXT = 1_000;

/**
 * Ledger text as shown: visible, at most `max` characters, and no word longer than `maxWord`
 * (a word cannot wrap in a chart label, and a 20,000-character word would run off the page).
 * Chart labels pass a smaller limit: the provenance card has the full text.
 */
export function shortText(text: string, max = SHORT_TEXT, maxWord = 40): string {
  const words = text.split(' ').map((word) => truncate(word, maxWord));
  return visibleText(truncate(words.join(' '), max));
}
