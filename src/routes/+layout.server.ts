import { ledgerModel } from '$lib/server/ledgerModel.ts';
import type { LayoutServerLoad } from './$types';

// Every page is built once, at build time, into a static file.
export const prerender = true;

/** The model every page draws from, computed from the ledger at build time. */
export const load: LayoutServerLoad = () => ({ model: ledgerModel() });
