import { error } from '@sveltejs/kit';
import { afterFirstPaint } from '$lib/components/afterFirstPaint.ts';
import { fetchModel } from '$lib/view/fetchModel.ts';
import type { PageLoad } from './$types';

/**
 * The dashboard's model: read from the ledger when the page is prerendered, fetched from the
 * prerendered model.json in the browser (routes/model.json). As page data it would be written
 * into the HTML and delay the first paint; fetched, it arrives while the page is already on screen.
 * The fetch, and with it the hydration that waits for this loader, starts only once the browser
 * has shown the prerendered page: hydrating a page this size takes the main thread for a while,
 * and run before the first paint it held the paint back by as long.
 */
export const load: PageLoad = async ({ data }) => {
  if (import.meta.env.SSR)
    return { ...data, model: (await import('$lib/server/ledgerModel.ts')).ledgerModel() };
  try {
    await afterFirstPaint();
    return { ...data, model: await fetchModel(new URL('model.json', document.baseURI)) };
  } catch (problem) {
    // A site copied without its model.json: say so, instead of a bare "Internal Error".
    error(503, problem instanceof Error ? problem.message : String(problem));
  }
};
