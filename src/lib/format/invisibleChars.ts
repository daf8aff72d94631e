/**
 * Characters that reorder or hide text without showing themselves: bidi embeddings, overrides,
 * isolates and marks, and zero-width characters. "Armenia ‮redro‬" reads as "Armenia order" on
 * screen, and a zero-width space makes two equal-looking names differ. The validator rejects
 * them in the ledger; pages, exports and the terminal show them as visible markers. This list is
 * the one place that says which characters they are.
 */

export interface InvisibleChar {
  codePoint: number;
  /** The Unicode character name. */
  name: string;
  /** What it does to the text around it, for messages ("which ..."). */
  effect: string;
}

const REORDERS = 'reorders the text around it';
const HIDES = 'is invisible and makes equal-looking text differ';

/** Every character the validator rejects and every output makes visible. */
export const INVISIBLE_CHARS: readonly InvisibleChar[] = [
  { codePoint: 0x202a, name: 'LEFT-TO-RIGHT EMBEDDING', effect: REORDERS },
  { codePoint: 0x202b, name: 'RIGHT-TO-LEFT EMBEDDING', effect: REORDERS },
  { codePoint: 0x202c, name: 'POP DIRECTIONAL FORMATTING', effect: REORDERS },
  { codePoint: 0x202d, name: 'LEFT-TO-RIGHT OVERRIDE', effect: REORDERS },
  { codePoint: 0x202e, name: 'RIGHT-TO-LEFT OVERRIDE', effect: REORDERS },
  { codePoint: 0x2066, name: 'LEFT-TO-RIGHT ISOLATE', effect: REORDERS },
  { codePoint: 0x2067, name: 'RIGHT-TO-LEFT ISOLATE', effect: REORDERS },
  { codePoint: 0x2068, name: 'FIRST STRONG ISOLATE', effect: REORDERS },
  { codePoint: 0x2069, name: 'POP DIRECTIONAL ISOLATE', effect: REORDERS },
  // The marks are invisible too and move neutral characters (digits, punctuation) across a word.
  { codePoint: 0x200e, name: 'LEFT-TO-RIGHT MARK', effect: REORDERS },
  { codePoint: 0x200f, name: 'RIGHT-TO-LEFT MARK', effect: REORDERS },
  { codePoint: 0x061c, name: 'ARABIC LETTER MARK', effect: REORDERS },
  { codePoint: 0x200b, name: 'ZERO WIDTH SPACE', effect: HIDES },
  { codePoint: 0x200c, name: 'ZERO WIDTH NON-JOINER', effect: HIDES },
  { codePoint: 0x200d, name: 'ZERO WIDTH JOINER', effect: HIDES },
  { codePoint: 0x2060, name: 'WORD JOINER', effect: HIDES },
  // A byte-order mark at the very start of a file is allowed: decoders drop it before this list
  // is consulted. Anywhere else it is a zero-width no-break space.
  {
    codePoint: 0xfeff,
    name: 'ZERO WIDTH NO-BREAK SPACE',
    effect: 'is a byte-order mark out of place: invisible, it makes equal-looking text differ',
  },
];

const BY_CODE_POINT = new Map(INVISIBLE_CHARS.map((c) => [c.codePoint, c]));

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0');

/** All of them as one character class, built from the list (all are in the BMP). */
const CLASS = INVISIBLE_CHARS.map((c) => `\\u${hex(c.codePoint)}`).join('');
/** Matches one invisible character; global, so use it with replace/matchAll only. */
export const INVISIBLE_CHAR_PATTERN = new RegExp(`[${CLASS}]`, 'gu');

/** `U+202E` */
export function codePointLabel(codePoint: number): string {
  return `U+${hex(codePoint)}`;
}

/** The entry for a character, or undefined when it is not one of them. */
export function invisibleChar(char: string): InvisibleChar | undefined {
  const codePoint = char.codePointAt(0);
  return codePoint === undefined ? undefined : BY_CODE_POINT.get(codePoint);
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE, which reorders the text around it` */
export function describeInvisibleChar(c: InvisibleChar): string {
  return `${codePointLabel(c.codePoint)} ${c.name}, which ${c.effect}`;
}

export interface InvisibleHit {
  char: InvisibleChar;
  /** Index in the string, in UTF-16 code units (as String.prototype.indexOf counts). */
  index: number;
}

/** Every invisible character in the text, in order. */
export function findInvisibleChars(text: string): InvisibleHit[] {
  const hits: InvisibleHit[] = [];
  for (const match of text.matchAll(INVISIBLE_CHAR_PATTERN)) {
    const char = invisibleChar(match[0]);
    if (char) hits.push({ char, index: match.index });
  }
  return hits;
}

/** The marker shown in place of one: `⟨U+202E⟩`. */
export function invisibleMarker(codePoint: number): string {
  return `⟨${codePointLabel(codePoint)}⟩`;
}

/**
 * The text with each invisible character replaced by its visible marker, so "Armenia ‮redro‬"
 * reads "Armenia ⟨U+202E⟩redro⟨U+202C⟩" in every output. Everything else is left as it is.
 */
export function showInvisibleChars(text: string): string {
  return text.replace(INVISIBLE_CHAR_PATTERN, (char) => invisibleMarker(char.codePointAt(0) ?? 0));
}
