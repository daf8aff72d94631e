import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { tsImport } from 'tsx/esm/api';

// The site's Content-Security-Policy, from the project's one builder (a TypeScript module, hence
// tsx): only the site's own script files plus the hash of SvelteKit's inline start-up script, no
// eval, and inline styles only by the hashes of those Plot draws.
const { siteCspDirectives } = await tsImport('./src/lib/security/siteCsp.ts', import.meta.url);

// LEDGER_OUT: the folder the static site is written to (the hostile fixture's goes to its own).
const out = process.env.LEDGER_OUT ?? 'dist';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every page, data file and image is prerendered into one folder for any static host.
    adapter: adapter({ pages: out, assets: out, strict: true }),
    // Files copied into the site as they are: embed-resize.js, the favicon, the notebooks.
    files: { assets: 'public' },
    csp: { mode: 'hash', directives: siteCspDirectives() },
    // Relative addresses, so the site works from any folder a newsroom serves it from.
    paths: { relative: true },
    // The routes list what they prerender (their `entries`); links are not followed, since the
    // pages also link to files outside the routes (index.html, the notebooks).
    prerender: { crawl: false, entries: ['*'] },
  },
};
