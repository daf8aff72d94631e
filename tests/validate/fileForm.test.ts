/**
 * A whole file in the wrong form gets ONE problem, not one per line: UTF-16 (with or without a
 * byte-order mark) and bare-CR line ends. Before, a UTF-16 claims.csv gave hundreds of problems.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validate/problem.ts';
import { fixtureFiles, validate } from './helpers.ts';

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes]);

const EXPECTED = 'UTF-8 text with LF or CRLF line ends (in a spreadsheet: save as "CSV UTF-8")';

/** The fixture ledger with claims.csv replaced by `bytes`. */
function withClaims(bytes: (text: string) => Uint8Array | string) {
  const files = fixtureFiles();
  files['claims.csv'] = bytes(String(files['claims.csv']));
  return validate(files);
}

describe('a file in the wrong form', () => {
  it.each([
    [
      'UTF-16 LE with its byte-order mark',
      (t: string) => withBom([0xff, 0xfe], utf16le(t)),
      /little-endian byte-order mark FF FE/,
    ],
    [
      'UTF-16 BE with its byte-order mark',
      (t: string) => withBom([0xfe, 0xff], utf16be(t)),
      /big-endian byte-order mark FE FF/,
    ],
    [
      'UTF-16 LE without a byte-order mark',
      utf16le,
      /UTF-16 little-endian without a byte-order mark/,
    ],
    ['UTF-16 BE without a byte-order mark', utf16be, /UTF-16 big-endian without a byte-order mark/],
  ])('%s gets one problem saying what was found and expected', (_, encode, found) => {
    const result = withClaims(encode);
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^data\/claims\.csv:1:1 \(encoding\) file is UTF-16 /),
    ]);
    expect(result.problems[0]?.message).toMatch(found);
    expect(result.problems[0]?.expected).toBe(EXPECTED);
  });

  it('a file with bare-CR line ends gets one problem', () => {
    const result = withClaims((t) => t.replace(/\r?\n/g, '\r'));
    expect(result.problems.map(formatProblem)).toEqual([
      `data/claims.csv:1:1 (line ends) lines end in a bare carriage return (CR, as classic Mac OS wrote them), so the file reads as one line; it was not checked further (expected ${EXPECTED})`,
    ]);
  });

  it('a descriptor saved as UTF-16 gets one problem', () => {
    const files = fixtureFiles();
    files['datapackage.json'] = withBom([0xff, 0xfe], utf16le(String(files['datapackage.json'])));
    expect(validate(files).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^data\/datapackage\.json:1:1 \(encoding\) file is UTF-16 .*\(expected UTF-8 text/,
      ),
    ]);
  });

  it.each([
    ['LF', (t: string) => t],
    ['CRLF', (t: string) => t.replace(/\r?\n/g, '\r\n')],
    ['CRLF and a UTF-8 byte-order mark', (t: string) => `\uFEFF${t.replace(/\r?\n/g, '\r\n')}`],
  ])('accepts UTF-8 with %s line ends', (_, form) => {
    expect(withClaims(form).problems).toEqual([]);
  });

  it('still reports a lone CR inside a cell, at its place, when lines end in LF', () => {
    const result = withClaims((t) => t.replace('Invented Institute,', 'Invented\rInstitute,'));
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^data\/claims\.csv:2:132 claimant holds U\+000D CARRIAGE RETURN/),
    ]);
  });
});
