/**
 * Swap a page's prerendered markup for the live app, in one synchronous step so no blank frame is
 * ever painted: the chart width is measured and the prerendered drawings are taken out first,
 * the app mounts and adopts them (boot/prerendered.ts), and Plot loads afterwards (with the
 * page's own `fetchPlot`) to redraw at the reader's width. `#app` gets `data-live` once the app
 * answers the reader, and `data-drawn` once Plot has redrawn the charts (browser tests and
 * benchmarks wait for these).
 */
import { flushSync, mount, type Component } from 'svelte';
import type { PlotApi } from '../charts/chartContext.ts';
import { plotApi } from '../charts/plotApi.svelte.ts';
import { CHART_WIDTH, measureChartWidth } from './chartWidth.ts';
import { collectPrerendered, PRERENDERED } from './prerendered.ts';

export async function mountLive<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
  fetchPlot: () => Promise<PlotApi>,
): Promise<void> {
  const target = document.getElementById('app');
  if (!target) return;
  const width = measureChartWidth(target);
  const prerendered = collectPrerendered(target);
  target.replaceChildren();
  mount(component, {
    target,
    props,
    context: new Map<string, unknown>([
      [CHART_WIDTH, width],
      [PRERENDERED, prerendered],
    ]),
  });
  flushSync();
  target.setAttribute('data-live', '');
  await plotApi.load(fetchPlot);
  flushSync();
  target.setAttribute('data-drawn', '');
}
