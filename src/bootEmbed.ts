import { flushSync, mount } from 'svelte';
import Embed from './Embed.svelte';
import { CHART_WIDTH, measureChartWidth } from './lib/boot/chartWidth.ts';

// The chart comes from the address (embed.html?chart=...) or, on a prerendered per-chart page,
// from the page itself.
const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;
const chartId = new URLSearchParams(window.location.search).get('chart') ?? meta('ledger-chart');
const relativeRoot = meta('ledger-root') ?? './';

const target = document.getElementById('app');
if (target) {
  // Replace the prerendered chart in one synchronous step, so no blank frame is ever painted.
  const width = measureChartWidth(target);
  target.replaceChildren();
  mount(Embed, {
    target,
    props: { chartId, relativeRoot },
    context: new Map([[CHART_WIDTH, width]]),
  });
  flushSync();
  // The live app is in place (browser tests wait for this before they click).
  target.setAttribute('data-live', '');
}
