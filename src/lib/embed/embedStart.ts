/**
 * An embed page's first script, a few hundred bytes: it adds the embed's own script
 * (embedScript.ts: Svelte, the embed and the model) once the browser has shown the prerendered
 * chart, so that nothing but the HTML stands between the page and its first paint, and the
 * embed's 90 kB of script are neither fetched nor run before it.
 */
import { afterFirstPaint } from '../components/afterFirstPaint.ts';

const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
void afterFirstPaint().then(() => {
  const app = import.meta.env.LEDGER_EMBED_APP ?? '';
  document.head.append(
    Object.assign(document.createElement('script'), { src: new URL(app, here).href }),
  );
});
