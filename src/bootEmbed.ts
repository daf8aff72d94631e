import Embed from './Embed.svelte';
import { mountLive } from './lib/boot/mountLive.ts';

// The chart comes from the address (embed.html?chart=...) or, on a prerendered per-chart page,
// from the page itself.
const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;
const chartId = new URLSearchParams(window.location.search).get('chart') ?? meta('ledger-chart');
const relativeRoot = meta('ledger-root') ?? './';

await mountLive(Embed, { chartId, relativeRoot });
