/**
 * Builds the benchmark page (bench/page/index.html) into bench/page/dist. Separate from the
 * product's vite.config.ts, whose build this never changes; the Svelte options are the product's.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [
    svelte({ configFile: fileURLToPath(new URL('../../svelte.config.js', import.meta.url)) }),
  ],
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One page of several hundred kB is expected here.
    chunkSizeWarningLimit: 4000,
  },
});
