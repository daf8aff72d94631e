import { flushSync, mount } from 'svelte';
import App from './App.svelte';
import { CHART_WIDTH, measureChartWidth } from './lib/boot/chartWidth.ts';

const target = document.getElementById('app');
if (target) {
  // The page arrives with its charts prerendered; swap in the live app in one synchronous step,
  // so no blank frame is ever painted.
  const width = measureChartWidth(target);
  target.replaceChildren();
  mount(App, { target, context: new Map([[CHART_WIDTH, width]]) });
  flushSync();
  // The live app is in place (browser tests wait for this before they click).
  target.setAttribute('data-live', '');
}
