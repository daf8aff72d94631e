import type { PageServerLoad } from './$types';

/** Where the site will be served (LEDGER_SITE_URL), for the embed codes written at build time. */
export const load: PageServerLoad = () => ({ siteUrl: process.env.LEDGER_SITE_URL || undefined });
