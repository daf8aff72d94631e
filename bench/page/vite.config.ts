/**
 * Builds the benchmark page (bench/page/index.html) into bench/page/dist. Separate from the
 * product's vite.config.ts, whose build this never changes; the Svelte options are the product's.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { ledgerModel } from '../../scripts/vite-plugin-ledger-model.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [
    svelte({ configFile: fileURLToPath(new URL('../../svelte.config.js', import.meta.url)) }),
    ledgerModel(fileURLToPath(new URL('../../data', import.meta.url))),
  ],
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One page of several hundred kB is expected here.
    chunkSizeWarningLimit: 4000,
  },
});
