import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/lib/validate/utf8.ts';

const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong form', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['valid text', [0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1],
  ])('finds %s', (_, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });

  it('agrees with TextDecoder on any bytes: valid prefix before, invalid from there', () => {
    const utf8ish = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom(0xc3, 0xa9, 0xe2, 0x82, 0xf0, 0x9f),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(utf8ish, (list) => {
        const bytes = new Uint8Array(list);
        const bad = firstInvalidUtf8(bytes);
        expect(bad === -1).toBe(decodes(bytes));
        if (bad !== -1) expect(decodes(bytes.subarray(0, bad))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a BOM and counts columns after it', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toEqual({
      text: 'a\uFFFD',
      firstBadByte: { line: 1, column: 2 },
    });
  });
});
