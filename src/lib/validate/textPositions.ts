/**
 * Byte offsets to physical lines and character columns. csv-parse counts UTF-8 bytes, people
 * count lines and characters, so every place the validator reports goes through here.
 */

const LF = 0x0a;
const CR = 0x0d;

export interface LineColumn {
  /** 1-based physical line: CRLF, LF and a lone CR each end a line, as in a text editor. */
  line: number;
  /** 1-based column, counted in characters (Unicode code points), not bytes. */
  column: number;
}

/** Index of a UTF-8 byte sequence; `start` skips a byte-order mark so columns start after it. */
export class TextPositions {
  private readonly lineStarts: number[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.lineStarts.push(start);
    for (let i = start; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === LF || (b === CR && bytes[i + 1] !== LF)) this.lineStarts.push(i + 1);
    }
  }

  at(offset: number): LineColumn {
    // Last line start at or before the offset (binary search: files can have many lines).
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo] ?? 0;
    let column = 1;
    // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a character.
    for (let i = lineStart; i < offset && i < this.bytes.length; i++) {
      if (((this.bytes[i] ?? 0) & 0xc0) !== 0x80) column++;
    }
    return { line: lo + 1, column };
  }

  /**
   * The place of `offset`, counted on from `place`, the place of the earlier offset `from`:
   * cheaper than `at` when a caller walks forward through a line, cell by cell.
   */
  advance(place: LineColumn, from: number, offset: number): LineColumn {
    let { line, column } = place;
    for (let i = from; i < offset && i < this.bytes.length; i++) {
      const b = this.bytes[i] ?? 0;
      if (b === LF || (b === CR && this.bytes[i + 1] !== LF)) {
        line++;
        column = 1;
      } else if (b !== CR && (b & 0xc0) !== 0x80) column++;
    }
    return { line, column };
  }

  /** Offset of the first byte of the line after the one holding `offset` (or the end). */
  nextLineStart(offset: number): number {
    // Binary search: a file with a syntax error on every line asks this once per line.
    let lo = 0;
    let hi = this.lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.lineStarts[mid] ?? 0) > offset) hi = mid;
      else lo = mid + 1;
    }
    return this.lineStarts[lo] ?? this.bytes.length;
  }
}
