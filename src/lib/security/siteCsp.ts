/**
 * The site's policy as SvelteKit's `kit.csp.directives` (svelte.config.js): the project's one
 * policy (contentSecurityPolicy.ts), `script-src 'self'` (SvelteKit adds its start-up script's
 * hash), and inline styles allowed only by the hashes of what Plot draws and of SvelteKit's route
 * announcer. The build checks each page against its policy (src/hooks.server.ts).
 */
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import * as Plot from '../charts/plotParts.ts';
import { chartStyle } from '../charts/typeScale.ts';
import { serializeHtml } from '../format/serializeHtml.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { inlineStyles } from './inlineStyles.ts';

export const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The announcer's style attribute, which SvelteKit does not hash (sveltejs/kit issue 11993). */
export const KIT_ANNOUNCER_STYLE =
  'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

/**
 * What Plot writes inline, from one chart with a legend drawn as markup: the `<style>` of each
 * chart and of its legend (fixed texts for a Plot version), a legend's style attributes and the
 * charts' own style attribute.
 */
export function plotStyleHashes(): string[] {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const drawn = Plot.plot({
    document: document as unknown as Document,
    // The style every chart carries (charts/typeScale.ts), an attribute of its SVG.
    style: chartStyle(),
    color: { legend: true, domain: ['a'], range: ['black'] },
    marks: [Plot.dot([0], { x: (d: number) => d, fill: () => 'a' })],
  });
  const styles = inlineStyles(`<body>${serializeHtml(drawn)}</body>`);
  return [...new Set(styles.map((style) => `'${sha256(style)}'`))].sort();
}

/** `"default-src 'none'; img-src data:"` as `{ 'default-src': ['none'], 'img-src': ['data:'] }`. */
export function kitDirectives(policy: string): Record<string, string[]> {
  const directives = policy.split(';').map((d) => d.trim().split(/\s+/));
  // SvelteKit quotes keywords and hashes itself.
  return Object.fromEntries(
    directives.map(([name = '', ...sources]) => [
      name,
      sources.map((s) => s.replace(/^'(.*)'$/, '$1')),
    ]),
  );
}

export function siteCspDirectives(): Record<string, string[]> {
  const styles = [...plotStyleHashes(), `'${sha256(KIT_ANNOUNCER_STYLE)}'`];
  return kitDirectives(contentSecurityPolicy(styles, "'self'"));
}
