import { ledgerModel } from '$lib/server/ledgerModel.ts';
import type { RequestHandler } from './$types';

/**
 * model.json: the dashboard's model, written at build time. The dashboard's page fetches it as it
 * starts (routes/+page.ts) instead of carrying it in the HTML as page data, where it would more
 * than double the bytes a reader waits for before the first paint.
 */
export const prerender = true;

export const GET: RequestHandler = () =>
  new Response(JSON.stringify(ledgerModel()), {
    headers: { 'content-type': 'application/json' },
  });
