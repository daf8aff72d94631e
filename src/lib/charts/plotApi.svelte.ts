/**
 * Plot in the browser, loaded once, after the page has loaded: it is most of a page's script, and
 * the prerendered charts answer the reader without it. Charts redraw when it arrives
 * (components/PlotFigure.svelte). The dashboard imports charts/plotParts.ts as a module chunk;
 * the embed's classic script cannot import modules in a sandboxed frame, so its build names
 * Plot's own classic script (LEDGER_CLASSIC_PLOT), loaded from beside it with `<script src>`.
 */
import { tick } from 'svelte';
import { idleTask } from '../components/idleTask.ts';
import { PLOT_GLOBAL, type PlotApi } from './chartContext.ts';

// Read as the classic script runs: Plot's script sits beside it.
const here =
  typeof document === 'undefined' ? '' : (document.currentScript as HTMLScriptElement | null)?.src;

const classicPlot = (file: string) =>
  new Promise<PlotApi>((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), {
      src: new URL(file, here || location.href).href,
    });
    script.onload = () => resolve((globalThis as Record<string, unknown>)[PLOT_GLOBAL] as PlotApi);
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });

class PlotLoader {
  /** Plot once loaded; null until then. */
  current = $state<PlotApi | null>(null);
  #loading?: Promise<PlotApi>;

  /** Load Plot the first time; later calls share that first load. */
  load(): Promise<PlotApi> {
    const file = import.meta.env.LEDGER_CLASSIC_PLOT;
    return (this.#loading ??= (file ? classicPlot(file) : import('./plotParts.ts')).then(
      (api) => (this.current = api),
    ));
  }
}

export const plotApi = new PlotLoader();

/**
 * A page is live: mark its root `data-live`, load Plot once the page has loaded (so that it never
 * competes with what the page shows first), and mark the root `data-drawn` once Plot has drawn the
 * charts, those out of view too (when the browser is next idle). Browser tests and benchmarks
 * wait for these marks.
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
  await new Promise<void>((idle) => idleTask().set(idle));
  root?.setAttribute('data-drawn', '');
}
