/**
 * Strict UTF-8 decoding. A file that is not valid UTF-8 is reported at its first bad byte and
 * then decoded leniently (bad bytes become U+FFFD), so the rest of the file is still checked.
 */
import { TextPositions, type LineColumn } from './textPositions.ts';

export interface Decoded {
  /** The text without its byte-order mark. */
  text: string;
  /** Where the first byte that is not valid UTF-8 sits; undefined when the file is valid. */
  firstBadByte?: LineColumn;
}

const BOM = [0xef, 0xbb, 0xbf];

export function hasBom(bytes: Uint8Array): boolean {
  return BOM.every((b, i) => bytes[i] === b);
}

/**
 * Offset of the first byte that starts an invalid sequence (bad lead byte, missing or extra
 * continuation byte, overlong form, surrogate, beyond U+10FFFF), or -1. Same rules as the
 * WHATWG decoder that `TextDecoder` implements.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0; // overlong
      if (b === 0xed) upper = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90; // overlong
      if (b === 0xf4) upper = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lower || c > upper : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    // fatal: any invalid byte throws; the default (ignoreBOM false) drops a leading BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const positions = new TextPositions(bytes, hasBom(bytes) ? BOM.length : 0);
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      firstBadByte: positions.at(bad === -1 ? 0 : bad),
    };
  }
}
