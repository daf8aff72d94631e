import { error } from '@sveltejs/kit';
import { ledgerModel } from '$lib/server/ledgerModel.ts';
import { buildSections, chartIds, engineLookups } from '$lib/view/sections.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

// The page is the prerendered HTML and the embed's own classic script (routes/embed/+page.svelte
// says why): SvelteKit's module scripts do not run in a sandboxed frame.
export const csr = false;

/** One page per chart of the ledger: embed/<chart id>.html. */
export const entries: EntryGenerator = () => chartIds(ledgerModel()).map((chart) => ({ chart }));

export const load: PageServerLoad = async ({ params, parent }) => {
  const { model } = await parent();
  const section = buildSections(model, engineLookups(model), model.claims, true).find(
    (s) => s.id === params.chart,
  );
  if (!section) error(404, `There is no chart called ${params.chart}.`);
  // LEDGER_SITE_URL makes the canonical and og:image addresses absolute; some link previews
  // want them so.
  const site = process.env.LEDGER_SITE_URL;
  const address = (path: string) => (site ? new URL(path, site).href : `../${path}`);
  return {
    chartId: section.id,
    title: section.title,
    finding: section.finding,
    canonical: address(`index.html#${section.id}`),
    image: address(`og/${section.id}.png`),
  };
};
