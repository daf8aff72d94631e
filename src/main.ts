import './app.css';
import { afterFirstPaint } from './lib/boot/afterFirstPaint.ts';

// One small entry for both pages, so that it is all a page fetches before its first paint; the
// app (Svelte, Plot, the data) loads after the prerendered charts have painted. embed.html says
// which page it is with <meta name="ledger-page" content="embed">.
const page = document.querySelector('meta[name="ledger-page"]')?.getAttribute('content');

afterFirstPaint(() => {
  (page === 'embed' ? import('./bootEmbed.ts') : import('./bootDashboard.ts')).catch(
    (error: unknown) => {
      console.error('The interactive page could not load; the charts stay as drawn.', error);
    },
  );
});
