/**
 * The site's policy in the form SvelteKit's `kit.csp.directives` takes (svelte.config.js): the
 * project's one policy (contentSecurityPolicy.ts) with `script-src 'self'`, and `style-src`
 * allowing the inline styles Observable Plot draws, by hash. SvelteKit adds the hash of its own
 * inline start-up script to `script-src`. The build checks every page it writes against its
 * policy (hooks.server.ts), so a chart that draws a new inline style fails the build.
 */
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import * as Plot from '../charts/plotParts.ts';
import { serializeHtml } from '../format/serializeHtml.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { inlineStyles } from './inlineStyles.ts';

export const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * What Plot writes inline, drawn once as markup: the `<style>` of every chart and of its swatch
 * legend (fixed texts in a given Plot version), and the style attributes a legend's figure
 * carries in prerendered markup.
 */
export function plotStyleHashes(): string[] {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const drawn = Plot.plot({
    document: document as unknown as Document,
    color: { legend: true, domain: ['a'], range: ['black'] },
    marks: [Plot.dot([0], { x: (d: number) => d, fill: () => 'a' })],
  });
  const styles = inlineStyles(`<body>${serializeHtml(drawn)}</body>`);
  return [...new Set(styles.map((style) => `'${sha256(style)}'`))].sort();
}

/**
 * SvelteKit's route announcer, which it adds to a page with its own script (the dashboard), has a
 * style attribute that SvelteKit does not hash (sveltejs/kit issue 11993); allowed by its hash.
 */
export const KIT_ANNOUNCER_STYLE =
  'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

/** `"default-src 'none'; script-src 'self'"` as `{ 'default-src': ['none'], ... }`. */
export function kitDirectives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      // SvelteKit quotes keywords and hashes itself.
      return [name, sources.map((source) => source.replace(/^'(.*)'$/, '$1'))];
    }),
  );
}

export function siteCspDirectives(): Record<string, string[]> {
  const styles = [...plotStyleHashes(), `'${sha256(KIT_ANNOUNCER_STYLE)}'`];
  return kitDirectives(contentSecurityPolicy(styles, "'self'"));
}
