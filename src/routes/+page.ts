import { error } from '@sveltejs/kit';
import { fetchModel } from '$lib/view/fetchModel.ts';
import type { PageLoad } from './$types';

/**
 * The dashboard's model: read from the ledger when the page is prerendered, fetched from the
 * prerendered model.json in the browser (routes/model.json). As page data it would be written
 * into the HTML and delay the first paint; fetched, it arrives while the page is already on screen
 * (the app itself starts only after the first paint: server/startAfterPaint.ts).
 */
export const load: PageLoad = async ({ data }) => {
  if (import.meta.env.SSR)
    return { ...data, model: (await import('$lib/server/ledgerModel.ts')).ledgerModel() };
  try {
    return { ...data, model: await fetchModel(new URL('model.json', document.baseURI)) };
  } catch (problem) {
    // A site copied without its model.json: say so, instead of a bare "Internal Error".
    error(503, problem instanceof Error ? problem.message : String(problem));
  }
};
