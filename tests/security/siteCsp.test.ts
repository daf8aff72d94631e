import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security/contentSecurityPolicy.ts';
import { pagePolicySources } from '../../src/lib/security/pagePolicySources.ts';
import {
  KIT_ANNOUNCER_STYLE,
  kitDirectives,
  plotStyleHashes,
  sha256,
  siteCspDirectives,
} from '../../src/lib/security/siteCsp.ts';

describe("the site's policy for SvelteKit", () => {
  it("is the project's one policy, unquoted the way kit.csp takes it", () => {
    expect(
      kitDirectives("default-src 'none'; script-src 'self'; img-src 'self' data: blob:"),
    ).toEqual({
      'default-src': ['none'],
      'script-src': ['self'],
      'img-src': ['self', 'data:', 'blob:'],
    });
    const directives = siteCspDirectives();
    expect(Object.keys(directives)).toEqual(
      Object.keys(kitDirectives(contentSecurityPolicy([], "'self'"))),
    );
    expect(directives['script-src']).toEqual(['self']);
    expect(JSON.stringify(directives)).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it("allows Plot's inline styles and SvelteKit's announcer by hash, and nothing else inline", () => {
    const hashes = plotStyleHashes();
    // Plot's chart and legend <style> texts, the legend's empty style, the figure's max-width and
    // the style attribute every chart's SVG carries (charts/typeScale.ts: 12 px, tabular figures).
    expect(hashes).toHaveLength(5);
    expect(hashes).toContain(`'${sha256('font-size:12px;font-variant-numeric:tabular-nums')}'`);
    expect(hashes).toContain(`'${sha256('')}'`);
    expect(hashes).toContain(`'${sha256('max-width:initial')}'`);
    const styles = siteCspDirectives()['style-src'] ?? [];
    expect(styles.slice(0, 2)).toEqual(['self', 'unsafe-hashes']);
    expect(styles.slice(2).sort()).toEqual(
      [...hashes, `'${sha256(KIT_ANNOUNCER_STYLE)}'`].map((h) => h.slice(1, -1)).sort(),
    );
  });

  it("names the announcer's style exactly as the installed SvelteKit writes it", () => {
    const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
    const root = readFileSync(join(kit, 'src/core/sync/write_root.js'), 'utf8');
    expect(root).toContain(`id="svelte-announcer"`);
    expect(root).toContain(`style="${KIT_ANNOUNCER_STYLE}"`);
  });

  it("reads a page's policy from its meta element, quotes kept", () => {
    const html = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'sha256-abc='"></head></html>`;
    expect(pagePolicySources(html)).toEqual(
      new Map([
        ['default-src', ["'none'"]],
        ['script-src', ["'self'", "'sha256-abc='"]],
      ]),
    );
    expect(pagePolicySources('<!doctype html><p>none</p>')).toEqual(new Map());
  });
});
