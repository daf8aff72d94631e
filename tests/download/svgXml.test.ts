// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { escapeXmlText, svgToXml, xmlChars } from '../../src/lib/download/svgXml.ts';
import { ALL_HOSTILE } from '../fixtures/hostile-ledger/hostileTexts.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** The two DOMs an SVG is drawn in: linkedom at build time, a browser-grade DOM (jsdom) in tests. */
const documents: [string, Document][] = [
  [
    'linkedom',
    parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document,
  ],
  ['jsdom', document],
];

/** Parse as XML, the way an SVG viewer does; fails the test on any well-formedness error. */
function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}\n${text.slice(0, 300)}`);
  return doc;
}

function drawing(document: Document, text: string): Element {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const clip = document.createElementNS(SVG_NS, 'clipPath');
  clip.setAttribute('id', 'c1');
  svg.append(clip);
  const label = document.createElementNS(SVG_NS, 'text');
  label.setAttribute('aria-label', text);
  label.textContent = text;
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = text;
  label.append(title);
  svg.append(label);
  return svg;
}

describe('svgToXml', () => {
  for (const [name, document] of documents) {
    it(`writes well-formed XML that keeps hostile text as text (${name})`, () => {
      for (const text of [...ALL_HOSTILE, 'Walla\u00a0news', 'tab\tline\nreturn\r end']) {
        const xml = svgToXml(drawing(document, text));
        expect(xml).not.toContain('&nbsp;');
        const root = parseXml(xml).documentElement;
        expect(root.namespaceURI).toBe(SVG_NS);
        const label = root.getElementsByTagName('text')[0];
        expect(label?.getAttribute('aria-label')).toBe(xmlChars(text));
        expect(label?.getElementsByTagName('title')[0]?.textContent).toBe(xmlChars(text));
        // One element per element drawn: no markup came out of the text.
        expect(root.getElementsByTagName('*').length).toBe(3);
      }
    });

    it(`keeps the mixed case of SVG element names (${name})`, () => {
      expect(svgToXml(drawing(document, 'x'))).toContain('<clipPath id="c1"/>');
    });
  }

  it('declares the xlink namespace where a link uses it', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    const link = document.createElementNS(SVG_NS, 'a');
    link.setAttributeNS(XLINK_NS, 'xlink:href', 'https://example.org/?a=1&b=<2>');
    svg.append(link);
    const parsed = parseXml(svgToXml(svg)).documentElement.firstElementChild;
    expect(parsed?.getAttributeNS(XLINK_NS, 'href')).toBe('https://example.org/?a=1&b=<2>');
  });

  it('replaces the characters XML 1.0 cannot hold by U+FFFD, and keeps the rest', () => {
    expect(xmlChars('\u001b[31mred\u0007 \uFFFE \uD800 ok\u00a0\u202E\uFEFF😀')).toBe(
      '\uFFFD[31mred\uFFFD \uFFFD \uFFFD ok\u00a0\u202E\uFEFF😀',
    );
    expect(escapeXmlText('a < b && c > d\r')).toBe('a &lt; b &amp;&amp; c &gt; d&#13;');
  });

  it('round-trips any text through an attribute and a text node', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const root = parseXml(svgToXml(drawing(document, text))).documentElement;
        const label = root.getElementsByTagName('text')[0];
        expect(label?.getAttribute('aria-label')).toBe(xmlChars(text));
        expect(label?.getElementsByTagName('title')[0]?.textContent).toBe(xmlChars(text));
      }),
      { numRuns: 40 },
    );
  });
});
