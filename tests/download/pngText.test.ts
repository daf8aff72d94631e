import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { addPngText, readPngText } from '../../src/lib/download/pngText.ts';

const png = new Uint8Array(
  new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>').render().asPng(),
);

describe('addPngText', () => {
  it('keeps printable Latin-1, the no-break space included, and line feeds', () => {
    const tagged = addPngText(png, { Title: 'Walla\u00a0news: "quoted" <b>\nsecond line' });
    expect(readPngText(tagged).Title).toBe('Walla\u00a0news: "quoted" <b>\nsecond line');
  });

  it('writes control characters and text outside Latin-1 as "?", so no terminal escape travels', () => {
    const tagged = addPngText(png, { Source: '\u001b[31mred\u0007 \u202Eredro\u202C Հայ' });
    expect(readPngText(tagged).Source).toBe('?[31mred? ?redro? ???');
  });

  it('still renders: the chunks sit after IHDR with valid checksums', () => {
    const tagged = addPngText(png, { Title: 'x' });
    // resvg re-reads the PNG as an image; a broken chunk or CRC would throw.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="4" height="4"><image width="4" height="4" xlink:href="data:image/png;base64,${Buffer.from(tagged).toString('base64')}"/></svg>`;
    expect(new Resvg(svg).render().asPng().length).toBeGreaterThan(0);
  });
});
