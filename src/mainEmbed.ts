import { afterFirstPaint } from './lib/boot/afterFirstPaint.ts';
import { loadClassicScript } from './lib/boot/classicScript.ts';

// The embed pages' entry: a few hundred bytes, all a page fetches before its first paint; the
// live embed (src/bootEmbed.ts) loads after the prerendered chart has painted. Built as a classic
// script, so that it runs in sandboxed frames (lib/boot/classicScript.ts); the build names the
// next script in LEDGER_EMBED_BOOT. The dev server serves modules and imports it as one.
afterFirstPaint(() => {
  (import.meta.env.LEDGER_EMBED_BOOT
    ? loadClassicScript(import.meta.env.LEDGER_EMBED_BOOT)
    : import('./bootEmbed.ts')
  ).catch((error: unknown) => {
    console.error('The interactive embed could not load; the chart stays as drawn.', error);
  });
});
