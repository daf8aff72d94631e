/**
 * A chart's og:image, rendered at build time: the section drawn as a complete image (title,
 * finding, legend, chart, source line: view/sectionImage.ts) and rasterised by resvg, with its
 * title and source in the PNG's metadata.
 */
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { addPngText } from '../download/pngText.ts';
import { sectionImageSvg } from '../view/sectionImage.ts';
import type { SectionModel } from '../view/sections.ts';

const WIDTH = 600;

export function ogImage(
  section: Pick<SectionModel, 'title' | 'finding' | 'source' | 'chart'>,
): Uint8Array<ArrayBuffer> {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const svg = sectionImageSvg(section, {
    width: WIDTH,
    theme: 'light',
    document: document as unknown as Document,
  });
  // Characters XML does not allow (a control character in ledger text) would stop resvg.
  const xmlSafe = svg.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
  const png = new Resvg(xmlSafe, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: WIDTH * 2 },
  })
    .render()
    .asPng();
  return new Uint8Array(
    addPngText(new Uint8Array(png), { Title: section.title, Source: section.source }),
  );
}
