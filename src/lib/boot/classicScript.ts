/**
 * The embed's later scripts, loaded as classic scripts: a `<script src>` without `crossorigin`
 * is fetched in no-cors mode, so it loads in a frame with an opaque origin
 * (`<iframe sandbox="allow-scripts">`, as AMP and many CMSs embed), where module scripts and
 * `import()` are cross-origin requests that fail unless the server sends
 * Access-Control-Allow-Origin. scripts/vite-plugin-classic-embed.ts builds each stage as one
 * such script and tells the stage before it the file's name.
 */

/**
 * The address of the classic script now running, read when this module is evaluated: the
 * embed's scripts are all in one folder, so the next one is found beside it. In a module script
 * (the dev server) there is none, and the page's address is used.
 */
const here =
  (typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.src) ||
  (typeof location !== 'undefined' ? location.href : '');

/** The global the classic build of charts/plotParts.ts publishes Plot's parts as. */
export const PLOT_GLOBAL = 'karabakhLedgerPlot';

/** Run the classic script `file` (a name beside this one); resolves once it has run. */
export function loadClassicScript(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(file, here).href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
}

/** Run a classic script that publishes its exports as the global `name`, and return them. */
export async function loadClassicGlobal<T>(file: string, name: string): Promise<T> {
  await loadClassicScript(file);
  const value = (globalThis as Record<string, unknown>)[name];
  if (value === undefined) throw new Error(`${file} did not define ${name}`);
  return value as T;
}
