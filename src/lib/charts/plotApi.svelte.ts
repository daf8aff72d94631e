/**
 * Plot in the browser, loaded once and on demand: it is most of a page's script, and the
 * prerendered charts answer the reader without it (components/PlotFigure.svelte adopts them), so
 * the pages fetch it after they are live. Charts redraw as soon as it arrives.
 */
import type { PlotApi } from './chartContext.ts';

class PlotLoader {
  /** Plot once loaded; null until then. */
  current = $state<PlotApi | null>(null);
  #loading: Promise<PlotApi> | null = null;

  load(): Promise<PlotApi> {
    this.#loading ??= import('./plotParts.ts').then((module) => (this.current = module));
    return this.#loading;
  }
}

export const plotApi = new PlotLoader();
