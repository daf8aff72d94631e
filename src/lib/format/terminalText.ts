/**
 * Text from the ledger or an article, made safe to print to a terminal. Ledger text is data: an
 * ESC starts a sequence that recolours, moves the cursor or retitles the window, a BEL rings, a
 * bidi override reorders the line, and a 20,000-character note floods the screen. Every command
 * (`validate`, `report`, `extract`) prints such text only through this function.
 */
import { showInvisibleChars } from './invisibleChars.ts';

/** Strings longer than this many characters are cut, unless a caller asks for another limit. */
export const TERMINAL_MAX_CHARS = 300;

/** The limit for a whole line a command composes around quoted text (a message, a report row). */
export const TERMINAL_MAX_LINE = 500;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// C0 controls, DEL and C1 controls (U+009B is a one-byte CSI to some terminals).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `\u001b` for ESC: the same escape JSON and JavaScript use, so a reader can look it up. */
function escapeControl(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** The first `max` characters (code points, so no emoji is split) and how many were left. */
function cut(text: string, max: number): { kept: string; more: number } {
  // Cheap exit for the common case: fewer UTF-16 units than the limit means fewer characters.
  if (text.length <= max) return { kept: text, more: 0 };
  const chars = Array.from(text);
  if (chars.length <= max) return { kept: text, more: 0 };
  return { kept: chars.slice(0, max).join(''), more: chars.length - max };
}

/**
 * `value` as one line of visible text: control characters become escapes (`\u001b`, `\n`),
 * bidi and invisible characters become markers (`⟨U+202E⟩`), and text longer than `max`
 * characters is cut to its first `max`, followed by `… (N more characters)`.
 */
export function terminalText(value: unknown, max = TERMINAL_MAX_CHARS): string {
  const text = value === null || value === undefined ? '' : String(value);
  const { kept, more } = cut(text, max);
  const shown = showInvisibleChars(kept.replace(CONTROL, escapeControl));
  if (more === 0) return shown;
  return `${shown}… (${more.toLocaleString('en-GB')} more ${more === 1 ? 'character' : 'characters'})`;
}
