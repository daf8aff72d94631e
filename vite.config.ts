import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { ledgerModel } from './scripts/vite-plugin-ledger-model.ts';
import { classicEmbed } from './scripts/vite-plugin-classic-embed.ts';

// LEDGER_DATA builds the site from another ledger folder (the hostile fixture in tests).
const dataDir = process.env.LEDGER_DATA ?? 'data';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    svelte(),
    svelteTesting(),
    ledgerModel(dataDir),
    // The embed pages' classic scripts, so embeds work in sandboxed frames (see the plugin).
    classicEmbed(() => [svelte(), ledgerModel(dataDir)]),
  ],
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
        // One stylesheet, linked from the page's HTML: the components' styles must be there
        // when the prerendered markup paints, not arrive with the app chunk.
        cssCodeSplit: false,
        rolldownOptions: {
          // The dashboard. The embed (embed.html) is a lean page of its own, built as classic
          // scripts by the classicEmbed plugin above.
          input: { index: 'index.html' },
        },
      },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
}));
