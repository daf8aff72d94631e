import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { ledgerModel } from './scripts/vite-plugin-ledger-model.ts';

export default defineConfig(({ isSsrBuild }) => ({
  // LEDGER_DATA builds the site from another ledger folder (the hostile fixture in tests).
  plugins: [svelte(), svelteTesting(), ledgerModel(process.env.LEDGER_DATA ?? 'data')],
  // Relative asset paths so the built site works from any folder a newsroom serves it from.
  base: './',
  server: { port: 5173 },
  build: isSsrBuild
    ? // The build-time renderer (scripts/prerender.ts) runs this bundle in Node.
      { outDir: 'dist-server', emptyOutDir: true }
    : {
        // The app chunk loads after the prerendered page paints (src/main.ts): no preload link
        // may pull it ahead of the first paint.
        modulePreload: false,
        // One stylesheet, linked from both pages' HTML: the components' styles must be there
        // when the prerendered markup paints, not arrive with the app chunk.
        cssCodeSplit: false,
        rolldownOptions: {
          // The dashboard and the embed are two pages; the embed is a lean entry of its own.
          input: { index: 'index.html', embed: 'embed.html' },
        },
      },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
}));
