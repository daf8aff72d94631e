/**
 * Add text metadata (PNG tEXt chunks: Title, Source, ...) to a PNG, so a downloaded chart image
 * still says what it is and where its numbers come from when it travels on its own.
 */

// CRC-32 as PNG specifies it; a dozen lines, where a dependency would add a package for one function.
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * Printable Latin-1 and line feeds only, as tEXt requires; anything else becomes "?". Control
 * characters (a terminal escape in a ledger note) would otherwise reach whatever tool prints the
 * metadata.
 */
function latin1(text: string): number[] {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 63;
    const printable = code === 10 || (code >= 32 && code < 127) || (code >= 160 && code < 256);
    return printable ? code : 63;
  });
}

function chunk(type: string, data: number[]): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const body = new Uint8Array([...latin1(type), ...data]);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}

/** Insert tEXt chunks right after IHDR. Throws when the bytes are not a PNG. */
export function addPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG file');
  const ihdrLength = new DataView(png.buffer, png.byteOffset).getUint32(8);
  const afterIhdr = 8 + 12 + ihdrLength;
  const chunks = Object.entries(entries).map(([key, value]) =>
    chunk('tEXt', [...latin1(key.slice(0, 79)), 0, ...latin1(value)]),
  );
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, afterIhdr), 0);
  let at = afterIhdr;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(afterIhdr), at);
  return out;
}

/** Read the tEXt chunks of a PNG (for tests and checks). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Record<string, string> = {};
  let at = 8;
  while (at + 8 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'tEXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const zero = data.indexOf(0);
      found[String.fromCharCode(...data.subarray(0, zero))] = String.fromCharCode(
        ...data.subarray(zero + 1),
      );
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}
