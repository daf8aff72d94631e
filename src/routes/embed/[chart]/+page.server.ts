import { error } from '@sveltejs/kit';
import { ledgerModel } from '$lib/server/ledgerModel.ts';
import { buildSections, chartIds, engineLookups } from '$lib/view/sections.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

// The prerendered page and the embed's own classic script, not SvelteKit's module scripts, which
// do not run in a sandboxed frame (lib/embed/EmbedScript.svelte).
export const csr = false;

/** One page per chart of the ledger: embed/<chart id>.html. */
export const entries: EntryGenerator = () => chartIds(ledgerModel()).map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
  const model = ledgerModel();
  const section = buildSections(model, engineLookups(model), model.claims, true).find(
    (s) => s.id === params.chart,
  );
  if (!section) error(404, `There is no chart called ${params.chart}.`);
  // Absolute with LEDGER_SITE_URL (some link previews want them so), else relative.
  const site = process.env.LEDGER_SITE_URL;
  const address = (path: string) => (site ? new URL(path, site).href : `../${path}`);
  const { id, title, finding } = section;
  const [canonical, image] = [address(`index.html#${id}`), address(`og/${id}.png`)];
  return { model, chartId: id, title, finding, canonical, image };
};
