/**
 * Plot in the browser, loaded once, after the page is live: it is most of a page's script, and
 * the prerendered charts answer the reader without it. Charts redraw when it arrives
 * (components/PlotFigure.svelte).
 *
 * The dashboard imports charts/plotParts.ts as a module chunk. The embed's classic script
 * (scripts/vite-plugin-classic-embed.ts) cannot import modules in a sandboxed frame: its build
 * names Plot's own classic script in LEDGER_CLASSIC_PLOT, loaded beside it with `<script src>`.
 */
import { tick } from 'svelte';
import { PLOT_GLOBAL, type PlotApi } from './chartContext.ts';

// The address of the running classic script, read as this module is evaluated: Plot's script
// sits beside it.
const here =
  typeof document === 'undefined'
    ? ''
    : (document.currentScript as HTMLScriptElement | null)?.src || location.href;

function loadClassicPlot(file: string): Promise<PlotApi> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(file, here).href;
    script.onload = () => resolve((globalThis as Record<string, unknown>)[PLOT_GLOBAL] as PlotApi);
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
}

class PlotLoader {
  /** Plot once loaded; null until then. */
  current = $state<PlotApi | null>(null);
  #loading: Promise<PlotApi> | null = null;

  /** Load Plot the first time; later calls share that first load. */
  load(): Promise<PlotApi> {
    this.#loading ??= (
      import.meta.env.LEDGER_CLASSIC_PLOT
        ? loadClassicPlot(import.meta.env.LEDGER_CLASSIC_PLOT)
        : import('./plotParts.ts')
    ).then((api) => (this.current = api));
    return this.#loading;
  }
}

export const plotApi = new PlotLoader();

/**
 * A page is live: mark its root with `data-live`, load Plot once the page has loaded (so that it
 * never competes with what the page shows first), and mark the root with `data-drawn` once Plot
 * has drawn the charts in view. Browser tests and benchmarks wait for these marks.
 */
export async function goLive(root: HTMLElement | null): Promise<void> {
  root?.setAttribute('data-live', '');
  if (document.readyState !== 'complete')
    await new Promise((loaded) => window.addEventListener('load', loaded, { once: true }));
  try {
    await plotApi.load();
  } catch (error) {
    console.error('Plot could not load; the charts stay as drawn.', error);
    return;
  }
  await tick();
  root?.setAttribute('data-drawn', '');
}
