/**
 * Ledger text as a reader may see it: characters that reorder or hide text (bidi embeddings,
 * overrides and isolates, zero-width characters, the byte-order mark, every other Unicode format
 * character) and control characters (a terminal's escape, a bell) become visible marks, so that
 * "Armenia \u202Eredro\u202C" cannot read as "Armenia order" and nothing in a field is invisible.
 * Tabs and line breaks stay: they are whitespace, which every output already handles.
 */

/** C0 controls show as their Unicode control pictures (ESC as ␛), DEL as ␡. */
const CONTROL_PICTURES = 0x2400;
const DEL = 0x7f;
const WHITESPACE_CONTROLS = new Set(['\t', '\n', '\r']);

/** How one hidden character is shown: `[U+202E]`, or the control picture of a C0 control. */
export function visibleMark(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCodePoint(CONTROL_PICTURES + code);
  if (code === DEL) return '\u2421';
  return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
}

// Cc: controls; Cf: format characters (bidi controls, zero-width, BOM, soft hyphen, tags).
// A lone surrogate (\p{Cs}, half of a broken pair) cannot be written to a page: it becomes U+FFFD.
const HIDDEN = /[\p{Cc}\p{Cf}]|\p{Cs}/gu;

export function visibleText(text: string): string {
  return text.replace(HIDDEN, (char) => {
    if (WHITESPACE_CONTROLS.has(char)) return char;
    if (/\p{Cs}/u.test(char)) return '\uFFFD';
    return visibleMark(char);
  });
}
