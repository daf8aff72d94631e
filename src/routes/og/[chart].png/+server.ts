import { error } from '@sveltejs/kit';
import { ledgerModel } from '$lib/server/ledgerModel.ts';
import { ogImage } from '$lib/server/ogImage.ts';
import { buildSections, chartIds, engineLookups } from '$lib/view/sections.ts';
import type { EntryGenerator, RequestHandler } from './$types';

/** og/<chart id>.png: the image link previews show for each embed page, made at build time. */
export const prerender = true;
export const entries: EntryGenerator = () => chartIds(ledgerModel()).map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
  const model = ledgerModel();
  const section = buildSections(model, engineLookups(model), model.claims, true).find(
    (s) => s.id === params.chart,
  );
  if (!section) error(404, `There is no chart called ${params.chart}.`);
  return new Response(ogImage(section), { headers: { 'content-type': 'image/png' } });
};
