/**
 * Bytes of an input file to text, refusing what is not an article: an empty file, a binary
 * file, UTF-16, or bytes that are not valid UTF-8 (decoded with a fatal TextDecoder, so nothing
 * is silently replaced by U+FFFD).
 */

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const SAMPLE = 64 * 1024;

/** Offset of the first byte that breaks UTF-8, or -1 (only called once decoding has failed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decode an article's bytes; throws InputError with a message for a person to read. */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('is UTF-16 text; save it as UTF-8');
  }
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] ?? 0;
    if (b === 0)
      throw new InputError(`looks binary (a NUL byte at offset ${i}), not a text article`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > sample.length * 0.05) {
    throw new InputError('looks binary (many control bytes), not a text article');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(
      `is not valid UTF-8${at >= 0 ? ` (first bad byte at offset ${at})` : ''}; convert it to UTF-8 first`,
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError('holds no text (only white space)');
  return text;
}
