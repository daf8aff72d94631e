import './app.css';
import { afterFirstPaint } from './lib/boot/afterFirstPaint.ts';

// The dashboard's entry: small, so that it is all the page fetches before its first paint; the
// app (Svelte, Plot, the data) loads after the prerendered charts have painted. The embed pages
// have an entry of their own, built as classic scripts (src/mainEmbed.ts).
afterFirstPaint(() => {
  import('./bootDashboard.ts').catch((error: unknown) => {
    console.error('The interactive page could not load; the charts stay as drawn.', error);
  });
});
