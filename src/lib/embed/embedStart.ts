/**
 * An embed page's first script, a few hundred bytes: it adds the embed's own script
 * (embedScript.ts: Svelte, the embed and the model) once the browser has painted the prerendered
 * chart, so that nothing but the HTML stands between the page and its first paint. A frame, then
 * a task: the frame callback runs just before that paint, the task just after it. Where no frames
 * come (a background tab, an off-screen frame Chromium throttles), a timer starts it anyway.
 */
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
let started = false;
const start = () => {
  if (started) return;
  started = true;
  const app = import.meta.env.LEDGER_EMBED_APP ?? '';
  document.head.append(
    Object.assign(document.createElement('script'), { src: new URL(app, here).href }),
  );
};
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 1000);
