import './app.css';
import Embed from './Embed.svelte';
import type { PlotApi } from './lib/charts/chartContext.ts';
import { loadClassicGlobal, PLOT_GLOBAL } from './lib/boot/classicScript.ts';
import { mountLive } from './lib/boot/mountLive.ts';

// The chart comes from the address (embed.html?chart=...) or, on a prerendered per-chart page,
// from the page itself.
const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;
const chartId = new URLSearchParams(window.location.search).get('chart') ?? meta('ledger-chart');
const relativeRoot = meta('ledger-root') ?? './';

// Plot comes as a classic script too (built from lib/charts/plotParts.ts, named in
// LEDGER_EMBED_PLOT); the dev server imports it as a module.
const fetchPlot = (): Promise<PlotApi> =>
  import.meta.env.LEDGER_EMBED_PLOT
    ? loadClassicGlobal<PlotApi>(import.meta.env.LEDGER_EMBED_PLOT, PLOT_GLOBAL)
    : import('./lib/charts/plotParts.ts');

mountLive(Embed, { chartId, relativeRoot }, fetchPlot).catch((error: unknown) => {
  console.error('The interactive embed could not start; the chart stays as drawn.', error);
});
