import { error } from '@sveltejs/kit';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { addPngText } from '$lib/download/pngText.ts';
import { ledgerModel } from '$lib/server/ledgerModel.ts';
import { sectionImageSvg } from '$lib/view/sectionImage.ts';
import { buildSections, chartIds, engineLookups } from '$lib/view/sections.ts';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * og/<chart id>.png, the image link previews show for each embed page: the chart drawn as a
 * complete image (title, finding, legend, chart, source line) at build time, its title and
 * source in the PNG's metadata.
 */
export const prerender = true;
export const entries: EntryGenerator = () => chartIds(ledgerModel()).map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
  const model = ledgerModel();
  const section = buildSections(model, engineLookups(model), model.claims, true).find(
    (s) => s.id === params.chart,
  );
  if (!section) error(404, `There is no chart called ${params.chart}.`);
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const svg = sectionImageSvg(section, {
    width: 600,
    theme: 'light',
    document: document as unknown as Document,
  });
  // Characters XML does not allow (a control character in ledger text) would stop resvg.
  const xml = svg.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
  const font = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };
  const png = new Resvg(xml, { font, fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  const tagged = addPngText(new Uint8Array(png), { Title: section.title, Source: section.source });
  return new Response(new Uint8Array(tagged), { headers: { 'content-type': 'image/png' } });
};
