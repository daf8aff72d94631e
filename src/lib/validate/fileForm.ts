/**
 * Whole-file mistakes that would otherwise give a problem on every line: a file saved as UTF-16
 * (every other byte is NUL, so every cell is wrong) or with bare-CR line ends (the file reads
 * as a single line). Each gets ONE problem saying what was found and what is expected, and the
 * file is not checked further.
 */
import { problemAt, type Problem } from './problem.ts';

const EXPECTED = 'UTF-8 text with LF or CRLF line ends (in a spreadsheet: save as "CSV UTF-8")';

/** How much of the start of a file is looked at to recognise UTF-16 without a byte-order mark. */
const SAMPLE = 4096;

/** Which UTF-16 the bytes look like, and why; undefined when they do not. */
function utf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian byte-order mark FF FE)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian byte-order mark FE FF)';
  // Without a mark: Latin text in UTF-16 has a NUL byte in every other place. UTF-8 text never
  // holds NUL bytes except as a control character, which the cell check reports.
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (pairs < 2) return undefined;
  if (oddZeros >= pairs / 2 && evenZeros === 0)
    return 'UTF-16 little-endian without a byte-order mark (a NUL byte after every character)';
  if (evenZeros >= pairs / 2 && oddZeros === 0)
    return 'UTF-16 big-endian without a byte-order mark (a NUL byte before every character)';
  return undefined;
}

/** The file is not UTF-16 (for the descriptor, where line ends do not matter). */
export function encodingProblem(file: string, bytes: Uint8Array): Problem | undefined {
  const found = utf16(bytes);
  if (!found) return undefined;
  return problemAt(
    { file, line: 1, column: 1 },
    '(encoding)',
    `file is ${found}; it was not checked further`,
    EXPECTED,
  );
}

/**
 * A CSV file is not UTF-16 and its first line ends in LF or CRLF. Only the first line end is
 * judged: a lone CR later on, inside a cell, is a control character reported at its place.
 */
export function fileFormProblem(file: string, bytes: Uint8Array): Problem | undefined {
  const encoding = encodingProblem(file, bytes);
  if (encoding) return encoding;
  const lf = bytes.indexOf(0x0a);
  const cr = bytes.indexOf(0x0d);
  if (cr === -1 || (lf !== -1 && lf <= cr + 1)) return undefined;
  return problemAt(
    { file, line: 1, column: 1 },
    '(line ends)',
    'lines end in a bare carriage return (CR, as classic Mac OS wrote them), so the file reads ' +
      'as one line; it was not checked further',
    EXPECTED,
  );
}
