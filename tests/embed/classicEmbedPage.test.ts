import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { classicEmbedPage, DEV_ENTRY_TAG } from '../../scripts/vite-plugin-classic-embed.ts';

const template = readFileSync(new URL('../../embed.html', import.meta.url), 'utf8');

describe('classicEmbedPage', () => {
  it('gives embed.html a classic deferred script and a plain stylesheet, in its head', () => {
    const html = classicEmbedPage(template, 'embed-abc.js', 'bootEmbed-def.css');
    const { document } = parseHTML(html);
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.outerHTML)).toEqual([
      '<script defer src="./assets/embed-abc.js"></script>',
    ]);
    expect(scripts[0]?.parentElement?.tagName).toBe('HEAD');
    const sheets = [...document.querySelectorAll('link[rel="stylesheet"]')];
    expect(sheets.map((l) => l.getAttribute('href'))).toEqual(['./assets/bootEmbed-def.css']);
    // Nothing fetched in CORS mode, which fails from a sandboxed frame's opaque origin.
    expect(html).not.toMatch(/type="module"|crossorigin|modulepreload/);
    // The rest of the page is kept.
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('#app')).not.toBeNull();
    expect(document.querySelector('noscript')?.textContent).toContain('embed/');
  });

  it('refuses a template without the dev entry, or with it twice, saying what it expected', () => {
    const without = template.replace(DEV_ENTRY_TAG, '');
    expect(() => classicEmbedPage(without, 'a.js', 'b.css')).toThrow(DEV_ENTRY_TAG);
    const twice = template.replace(DEV_ENTRY_TAG, `${DEV_ENTRY_TAG}\n    ${DEV_ENTRY_TAG}`);
    expect(() => classicEmbedPage(twice, 'a.js', 'b.css')).toThrow(DEV_ENTRY_TAG);
  });
});
