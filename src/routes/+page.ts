import { fetchModel } from '$lib/view/fetchModel.ts';
import type { PageLoad } from './$types';

/**
 * The dashboard's model: read from the ledger when the page is prerendered, fetched from the
 * prerendered model.json in the browser (routes/model.json). As page data it would be written
 * into the HTML and delay the first paint; fetched, it arrives while the page is already on screen.
 */
export const load: PageLoad = async ({ data }) => ({
  ...data,
  model: import.meta.env.SSR
    ? (await import('$lib/server/ledgerModel.ts')).ledgerModel()
    : await fetchModel(new URL('model.json', document.baseURI)),
});
