import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { classicEmbed } from './scripts/vite-plugin-classic-embed.ts';

export default defineConfig({
  plugins: [
    sveltekit(),
    svelteTesting(),
    // The embed pages' own classic script, so that embeds work in sandboxed frames.
    classicEmbed(),
  ],
  server: { port: 5173 },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a shared machine under load one took 5.9 s against
    // the default 5 s. Speed is measured in the benchmarks, not here.
    testTimeout: 30_000,
  },
});
