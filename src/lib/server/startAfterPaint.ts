/**
 * A prerendered page starts its app only after the browser has shown it (src/hooks.server.ts
 * applies this to every page the build writes). SvelteKit's pages fetch the app as they parse:
 * `<link rel="modulepreload">` tags in the head and an inline start-up script that imports the
 * app at once. Fetched and run before the first paint, those scripts hold the paint back on a
 * slow phone, for nothing: the prerendered page is complete without them. SvelteKit has no
 * setting to delay them (`output.preloadStrategy` only picks the kind of preload), hence this
 * rewrite of its output:
 *
 * - the modulepreload tags leave the head; the start-up script adds them again after the paint;
 * - the start-up script's imports wait for the first contentful paint (`afterFirstPaint`, the
 *   same function the embed pages and their first script use, written into the page);
 * - the page's Content-Security-Policy allows the rewritten script instead of SvelteKit's
 *   (kit.csp hashed the original).
 *
 * A page whose start-up script no longer has the shape expected (a new SvelteKit) stops the
 * build with a message, rather than shipping a page whose app never starts.
 */
import { afterFirstPaint } from '../components/afterFirstPaint.ts';
import { sha256 } from '../security/siteCsp.ts';

const PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")[^>]*>\s*/g;
const HREF = /\bhref="([^"]+)"/;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const KIT_IMPORTS = /Promise\.all\(\[(\s*import\("[^"]+"\),?\s*)+\]\)/;
/**
 * How long a page waits for its first paint to be reported before it starts anyway. The paint of
 * a page this size takes a loaded machine over a second (style and layout of some 500 kB of
 * HTML), and an app started by the timer before it delays the paint by its own start-up; a page
 * that shows nothing for this long is hidden or cannot report paints.
 */
export const START_FALLBACK_MS = 5000;

/** The start-up script's imports, made to wait for the paint and to preload the app first. */
function deferImports(imports: string, preloads: readonly string[]): string {
  const preload = `for (const href of ${JSON.stringify(preloads)}) document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href }));`;
  return `(${afterFirstPaint.toString()})(${START_FALLBACK_MS}).then(() => { ${preload} return ${imports}; })`;
}

export function startAfterPaint(html: string): string {
  const preloads: string[] = [];
  const withoutPreloads = html.replace(PRELOAD, (tag) => {
    const href = HREF.exec(tag)?.[1];
    if (href) preloads.push(href);
    return '';
  });
  const starts = [...withoutPreloads.matchAll(INLINE_SCRIPT)].filter((m) =>
    KIT_IMPORTS.test(m[1] as string),
  );
  if (starts.length === 0) {
    if (preloads.length > 0)
      throw new Error(
        "startAfterPaint: the page preloads modules but has no start-up script of SvelteKit's known shape (Promise.all([import(…)]))",
      );
    return html;
  }
  if (starts.length > 1) throw new Error('startAfterPaint: the page has two start-up scripts');
  const original = starts[0]?.[1] as string;
  const rewritten = original.replace(KIT_IMPORTS, (imports) => deferImports(imports, preloads));
  const [before, after] = [`'${sha256(original)}'`, `'${sha256(rewritten)}'`];
  if (!withoutPreloads.includes(before))
    throw new Error("startAfterPaint: the page's policy does not hold the start-up script's hash");
  return withoutPreloads
    .replace(before, () => after)
    .replace(`<script>${original}</script>`, () => `<script>${rewritten}</script>`);
}
