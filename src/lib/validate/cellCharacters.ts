/**
 * Characters no cell may hold, each reported at the line and column where it sits: control
 * characters (an ESC recolours a terminal, a tab or lone carriage return breaks matching), and
 * the bidi and invisible characters of src/lib/format/invisibleChars.ts ("Armenia ‮redro‬"
 * displays as "Armenia order"). A line break inside a quoted cell is allowed.
 */
import {
  codePointLabel,
  describeInvisibleChar,
  invisibleChar,
  INVISIBLE_CHAR_PATTERN,
} from '../format/invisibleChars.ts';
import type { CsvCell } from './csvRecords.ts';
import type { LineColumn } from './textPositions.ts';

/** Names of the control characters people meet in text; the rest are named by code point only. */
const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'CHARACTER TABULATION (tab)',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN without a line feed',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
};

// C0 controls but the line feed, DEL, C1 controls, and a carriage return not ending a line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/gu;

export interface ForbiddenChar {
  /** Index of the character in the cell's value, in UTF-16 code units. */
  index: number;
  message: string;
  expected: string;
}

const CONTROL_EXPECTED = 'printable text (a line break inside quotes is allowed)';
const INVISIBLE_EXPECTED =
  'text without bidi or invisible characters: write it in its natural order';

function controlMessage(codePoint: number): string {
  const name = CONTROL_NAMES[codePoint];
  return `holds ${codePointLabel(codePoint)}${name ? ` ${name}` : ''}, a control character; remove it`;
}

/** Any forbidden character at all: one cheap test per cell before the search for each. */
const ANY = new RegExp(`${CONTROL.source}|${INVISIBLE_CHAR_PATTERN.source}`, 'u');

/** Every forbidden character of a value, in the order they appear. */
export function forbiddenChars(value: string): ForbiddenChar[] {
  if (!ANY.test(value)) return [];
  const found: ForbiddenChar[] = [];
  for (const match of value.matchAll(CONTROL)) {
    const message = controlMessage(match[0].codePointAt(0) ?? 0);
    found.push({ index: match.index, message, expected: CONTROL_EXPECTED });
  }
  for (const match of value.matchAll(INVISIBLE_CHAR_PATTERN)) {
    const char = invisibleChar(match[0]);
    if (!char) continue;
    const message = `holds ${describeInvisibleChar(char)}; remove it`;
    found.push({ index: match.index, message, expected: INVISIBLE_EXPECTED });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Line and column, in the file, of the character at `index` of a cell's value: the value starts
 * after the opening quote of a quoted cell, an inner `"` was written `""`, and a line break
 * inside the cell starts a new line (CRLF, LF and a lone CR, as TextPositions counts them).
 */
export function placeInCell(cell: CsvCell, index: number): LineColumn {
  let line = cell.line;
  let column = cell.column + (cell.quoted ? 1 : 0);
  const value = cell.value;
  for (let i = 0; i < index && i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0x0a || (unit === 0x0d && value.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      column = 1;
    } else if (unit === 0x0d) {
      // The CR of a CRLF: the LF that follows ends the line.
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      // Second half of a surrogate pair: one character, already counted.
    } else column += unit === 0x22 && cell.quoted ? 2 : 1;
  }
  return { line, column };
}
