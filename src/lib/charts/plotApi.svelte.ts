/**
 * Plot in the browser, loaded once and on demand: it is most of a page's script, and the
 * prerendered charts answer the reader without it (components/PlotFigure.svelte adopts them), so
 * the pages fetch it after they are live. Charts redraw as soon as it arrives.
 *
 * How it is fetched is the page's choice (src/bootDashboard.ts, src/bootEmbed.ts): the dashboard
 * imports charts/plotParts.ts as a module, the embed loads it as a classic script so that it
 * works in sandboxed frames. No `import()` here, so the embed's classic bundle never pulls Plot in.
 */
import type { PlotApi } from './chartContext.ts';

class PlotLoader {
  /** Plot once loaded; null until then. */
  current = $state<PlotApi | null>(null);
  #loading: Promise<PlotApi> | null = null;

  /** Load Plot with `fetchPlot` the first time; later calls share that first load. */
  load(fetchPlot: () => Promise<PlotApi>): Promise<PlotApi> {
    this.#loading ??= fetchPlot().then((module) => (this.current = module));
    return this.#loading;
  }
}

export const plotApi = new PlotLoader();
