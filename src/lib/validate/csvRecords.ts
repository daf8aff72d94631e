/**
 * CSV with positions: csv-parse reads the values (strict RFC 4180, no trimming, no casting);
 * this file pins each record and each field to its physical line and character column, and
 * turns csv-parse's syntax errors into problems at the exact character.
 */
import { parse } from 'csv-parse/sync';
import { CsvError } from 'csv-parse';
import { problemAt, type Problem } from './problem.ts';
import { TextPositions, type LineColumn } from './textPositions.ts';
import { decodeUtf8 } from './utf8.ts';

export interface CsvCell {
  /** The field's text after CSV unquoting; nothing else is changed. */
  value: string;
  line: number;
  /** Column where the field starts, its opening quote included. */
  column: number;
  /** Written in quotes: the value starts one column later and each inner `"` takes two. */
  quoted: boolean;
}

export interface CsvRecord {
  /** Physical line where the record starts. */
  line: number;
  cells: CsvCell[];
  /** Where the record's last field ends: the place a missing field would go. */
  end: LineColumn;
}

export interface CsvFile {
  records: CsvRecord[];
  problems: Problem[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const encoder = new TextEncoder();

const isLineEnd = (bytes: Uint8Array, i: number) =>
  i >= bytes.length || bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] === LF);

/** UTF-8 length of a string, counted rather than encoded: this runs once per cell. */
function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      length += 4; // a surrogate pair is one character of four bytes
      i++;
    } else length += 3;
  }
  return length;
}

/** Byte offset of each field of a record csv-parse accepted; the fields' raw forms follow. */
function fieldOffsets(bytes: Uint8Array, start: number, values: string[]): number[] {
  const offsets: number[] = [];
  let pos = start;
  values.forEach((value, i) => {
    if (i > 0) {
      if (bytes[pos] !== COMMA) throw new Error(`csvRecords: no comma at byte ${pos}`);
      pos++;
    }
    offsets.push(pos);
    const length = utf8Length(value);
    // A quoted field is its value with every quote doubled, between two quotes.
    pos += bytes[pos] === QUOTE ? 2 + length + (value.match(/"/g)?.length ?? 0) : length;
  });
  offsets.push(pos);
  return offsets;
}

type SyntaxKind = 'unclosed-quote' | 'stray-quote' | 'after-closing-quote';

interface SyntaxError {
  kind: SyntaxKind;
  offset: number;
  fieldIndex: number;
  /** Where the field started: a quoted field can run over many lines before the error. */
  fieldStart: number;
}

/**
 * Where, in the record starting at `start`, csv-parse's syntax error sits. csv-parse says that
 * a record is malformed but not at which character (for an unclosed quote it names the last
 * line of the file), so the record is walked again here, field by field, to find it.
 */
function locateSyntaxError(bytes: Uint8Array, start: number): SyntaxError | undefined {
  let pos = start;
  for (let fieldIndex = 0; ; fieldIndex++) {
    if (bytes[pos] === QUOTE) {
      const open = pos;
      pos++;
      for (;;) {
        if (pos >= bytes.length)
          return { kind: 'unclosed-quote', offset: open, fieldIndex, fieldStart: open };
        if (bytes[pos] === QUOTE) {
          if (bytes[pos + 1] === QUOTE) pos += 2;
          else break;
        } else pos++;
      }
      pos++; // past the closing quote
      if (bytes[pos] !== COMMA && !isLineEnd(bytes, pos)) {
        return { kind: 'after-closing-quote', offset: pos, fieldIndex, fieldStart: open };
      }
    } else {
      const fieldStart = pos;
      while (bytes[pos] !== COMMA && !isLineEnd(bytes, pos)) {
        if (bytes[pos] === QUOTE)
          return { kind: 'stray-quote', offset: pos, fieldIndex, fieldStart };
        pos++;
      }
    }
    if (bytes[pos] !== COMMA) return undefined;
    pos++;
  }
}

const SYNTAX_MESSAGES: Record<SyntaxKind, { message: string; expected: string }> = {
  'unclosed-quote': {
    message: 'quoted field is never closed: this opening quote runs to the end of the file',
    expected: 'a closing " at the end of the field; a " inside a quoted field is written ""',
  },
  'stray-quote': {
    message: 'a " inside a field that does not start with a quote',
    expected: 'the whole field in quotes with each inner " doubled, e.g. "say ""this"""',
  },
  'after-closing-quote': {
    message: 'text after the closing quote of a quoted field',
    expected: 'a comma or the end of the line right after the closing "; an inner " is written ""',
  },
};

/**
 * Decode and parse one CSV file. Records that parse are returned with positions; a syntax
 * error is reported where it is, and parsing resumes on the next line (after an unclosed
 * quote nothing can be trusted, so parsing stops there).
 */
export function readCsvRecords(file: string, bytes: Uint8Array): CsvFile {
  const problems: Problem[] = [];
  const decoded = decodeUtf8(bytes);
  if (decoded.firstBadByte) {
    problems.push(
      problemAt(
        { file, ...decoded.firstBadByte },
        '(encoding)',
        'first byte that is not valid UTF-8 (bad bytes were read as U+FFFD to check the rest)',
        'the file saved as UTF-8',
      ),
    );
  }
  const text = encoder.encode(decoded.text);
  const positions = new TextPositions(text);
  const records: CsvRecord[] = [];
  const headerName = (i: number) => records[0]?.cells[i]?.value ?? `(field ${i + 1})`;

  let offset = 0;
  while (offset < text.length) {
    const chunkStart = offset;
    let recordStart = chunkStart;
    try {
      parse(text.subarray(chunkStart), {
        bom: false, // the decoder already dropped one BOM; a second one stays visible as data
        relax_column_count: true, // wrong field counts are reported per row, not thrown
        record_delimiter: ['\r\n', '\n'],
        on_record: (values: string[], info) => {
          const offsets = fieldOffsets(text, recordStart, values);
          // Each place is counted on from the one before: a line is walked once, not per cell.
          let place = positions.at(recordStart);
          let from = recordStart;
          const next = (offset: number) => {
            place = positions.advance(place, from, offset);
            from = offset;
            return place;
          };
          records.push({
            line: place.line,
            cells: values.map((value, i) => {
              const offset = offsets[i] ?? 0;
              const { line, column } = next(offset);
              return { value, line, column, quoted: text[offset] === QUOTE };
            }),
            end: next(offsets[offsets.length - 1] ?? recordStart),
          });
          recordStart = chunkStart + info.bytes;
          return null; // collected here, so nothing is lost when a later record throws
        },
      });
      break;
    } catch (err) {
      if (!(err instanceof CsvError)) throw err;
      const found = locateSyntaxError(text, recordStart);
      if (!found) {
        const place = positions.at(recordStart);
        problems.push(
          problemAt(
            { file, ...place },
            '(csv)',
            `CSV syntax error: ${err.message}`,
            'RFC 4180 CSV',
          ),
        );
        break;
      }
      const { message, expected } = SYNTAX_MESSAGES[found.kind];
      const place = positions.at(found.offset);
      const start = positions.at(found.fieldStart);
      const opened =
        start.line === place.line
          ? ''
          : ` (the quoted field opened on line ${start.line}, column ${start.column})`;
      problems.push(
        problemAt({ file, ...place }, headerName(found.fieldIndex), message + opened, expected),
      );
      if (found.kind === 'unclosed-quote') break;
      offset = positions.nextLineStart(found.offset);
    }
  }
  return { records, problems };
}
