/**
 * The app's scripts load at low priority (src/hooks.server.ts applies this to every page it
 * writes). The pages are prerendered, so what a reader waits for first is the HTML and its
 * stylesheets; scripts preloaded at the browser's default, high, priority compete with them on a
 * slow connection. SvelteKit has no setting for this (`output.preloadStrategy` only chooses the
 * kind of preload), hence a rewrite of its `<link rel="modulepreload">` tags.
 */
export const lowPriorityPreloads = (html: string): string =>
  html.replace(
    /<link\b(?=[^>]*\brel="modulepreload")(?![^>]*\bfetchpriority=)/g,
    '$& fetchpriority="low"',
  );
