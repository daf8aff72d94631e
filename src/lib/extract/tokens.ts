/**
 * A small tokenizer over normalised text (see normalise.ts). Offsets are kept so that every
 * later stage can cut the printed figure out of the original paragraph.
 */

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  text: string;
  /** Lower-case text, precomputed because every rule compares it. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII letters and Latin-1 Supplement to Latin Extended-B (U+00C0-U+024F). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** End of the digit run that starts at `i`. */
function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * End of the number that starts at `start`: "1,900" and "2\u202F000" (U+202F is a thousands
 * separator left by normalise.ts) are one number; a decimal part follows either form.
 */
function numberEnd(text: string, start: number): number {
  let end = digitsEnd(text, start);
  if (end - start <= 3) {
    for (;;) {
      const sep = text.charCodeAt(end);
      if (sep !== 44 && sep !== 0x202f) break;
      if (digitsEnd(text, end + 1) < end + 4) break;
      end += 4; // a separator and exactly three digits; what follows starts a new token
    }
  }
  if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1)))
    end = digitsEnd(text, end + 1);
  return end;
}

/**
 * Tokens of `text`; offsets are shifted by `offset` (the start of `text` in its paragraph).
 * Written as a character loop rather than a regular expression: it runs on every sentence
 * that may hold a number, and allocating a match per token was the extractor's main cost.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    // Whether the word has a letter other than a-z: only then is it lower-cased (most words
    // are already lower case, and a string per token was a profiled cost).
    let mixed = false;
    if (isDigit(c)) {
      end = numberEnd(text, i);
      kind = 'num';
    } else if (isLetter(c)) {
      end = i;
      for (let d = c; end < n && isLetter(d); d = text.charCodeAt(++end))
        mixed ||= d < 97 || d > 122;
      // One apostrophe and ASCII letters: "Azerbaijan's", "don't".
      if (text.charCodeAt(end) === 39 && isAsciiLetter(text.charCodeAt(end + 1))) {
        end += 2;
        mixed = true;
        while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
      }
      kind = 'word';
    } else {
      end = i + 1;
      kind = 'punct';
    }
    const t = text.slice(i, end);
    tokens.push({
      text: t,
      lower: mixed ? t.toLowerCase() : t,
      kind,
      start: i + offset,
      end: end + offset,
    });
    i = end;
  }
  return tokens;
}

/** True when nothing (not even a space) separates token `a` from the token after it. */
export function touches(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** True for a word that starts with a capital letter. */
export function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text[0] !== t.lower[0];
}

/** Lower-case texts of `count` tokens from `from`, joined by spaces (for phrase look-ups). */
export function phraseAt(tokens: Token[], from: number, count: number): string {
  const parts: string[] = [];
  for (let i = from; i < from + count; i++) {
    const t = tokens[i];
    if (t === undefined) return '';
    parts.push(t.lower);
  }
  return parts.join(' ');
}

/**
 * The tokens without citation marks ("[4]", "[a]"): "5,856[4] -6,000" reads as one range and
 * "killed [7] (11 non-combat)" keeps its words together. Offsets are kept, so a figure's printed
 * span still includes a mark inside it.
 */
export function withoutCitations(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === '[')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const inner = tokens[i + 1];
    const close = tokens[i + 2];
    if (t.text === '[' && close?.text === ']' && inner !== undefined && inner.text.length <= 4) {
      i += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}
