import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { serializeHtml } from '../../src/lib/format/serializeHtml.ts';
import { ALL_HOSTILE } from '../fixtures/hostile-ledger/hostileTexts.ts';

const blank = () => parseHTML('<!doctype html><html><head></head><body></body></html>').document;

/** The elements a browser's parser builds from the markup, depth first. */
function parsed(html: string): T.Element[] {
  const found: T.Element[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(parse(`<!doctype html><body>${html}`));
  return found.filter((e) => !['html', 'head', 'body'].includes(e.nodeName));
}

describe('serializeHtml', () => {
  it('gives back every hostile text exactly, in attributes and in text, as parsed by a browser', () => {
    const document = blank();
    const div = document.createElement('div');
    for (const text of ALL_HOSTILE) {
      const p = document.createElement('p');
      p.setAttribute('aria-label', text);
      p.textContent = text;
      div.append(p);
    }
    const elements = parsed(serializeHtml(div as unknown as Node));
    const ps = elements.filter((e) => e.nodeName === 'p');
    expect(ps.map((p) => p.attrs.find((a) => a.name === 'aria-label')?.value)).toEqual(ALL_HOSTILE);
    expect(ps.map((p) => p.childNodes.map((n) => ('value' in n ? n.value : '')).join(''))).toEqual(
      ALL_HOSTILE,
    );
    // Nothing but the div and its paragraphs: no <img>, <style>, <meta> or <script> came alive.
    expect(new Set(elements.map((e) => e.nodeName))).toEqual(new Set(['div', 'p']));
  });

  it('escapes <, >, & and " in attributes (linkedom leaves & and < raw)', () => {
    const document = blank();
    const p = document.createElement('p');
    p.setAttribute('title', '&amp; <b> "q"');
    expect((p as unknown as Element).outerHTML).toContain('title="&amp; <b> &quot;q&quot;"');
    expect(serializeHtml(p as unknown as Node)).toBe(
      '<p title="&amp;amp; &lt;b&gt; &quot;q&quot;"></p>',
    );
  });

  it('writes a Plot chart that parses back to the same SVG, with its case-sensitive names', () => {
    const document = blank();
    const chart = Plot.plot({
      document: document as unknown as Document,
      marks: [Plot.dotX([1, 2, 3]), Plot.text(['<b>&amp;</b>'], { x: 2, text: (d: string) => d })],
      color: { legend: true, domain: ['a', 'b'] },
    }) as unknown as Node;
    const html = serializeHtml(chart);
    const names = parsed(html).map((e) => e.nodeName);
    expect(names).toContain('svg');
    expect(names.filter((n) => n === 'circle')).toHaveLength(3);
    expect(names).not.toContain('b');
    expect(html).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt;');
  });

  it('keeps <style> text raw, and refuses one that would close its element', () => {
    const document = blank();
    const style = document.createElement('style');
    style.textContent = 'a > b { color: red }';
    expect(serializeHtml(style as unknown as Node)).toBe('<style>a > b { color: red }</style>');
    style.textContent = '</style><script>alert(1)</script>';
    expect(() => serializeHtml(style as unknown as Node)).toThrow(/would close it/);
  });

  it('writes void elements without an end tag', () => {
    const document = blank();
    const img = document.createElement('img');
    img.setAttribute('alt', 'x');
    expect(serializeHtml(img as unknown as Node)).toBe('<img alt="x">');
  });
});
