// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Resvg } from '@resvg/resvg-js';
import { xmlChars } from '../../src/lib/download/svgXml.ts';
import { readModel } from '../../src/lib/view/readModel.ts';
import { sectionImageSvg } from '../../src/lib/view/sectionImage.ts';
import { buildSections, engineLookups } from '../../src/lib/view/sections.ts';
import { HOSTILE_TEXTS } from '../fixtures/hostile-ledger/hostileTexts.ts';

// The hostile fixture ledger: every free-text field holds markup, quotes, `$` patterns, control
// characters or 20,000 characters, and every figure an NBSP (tests/fixtures/hostile-ledger).
const model = readModel('tests/fixtures/hostile-ledger');
const sections = buildSections(model, engineLookups(model), model.claims, true);

/**
 * Plot draws the chart with whatever DOM it is given: linkedom at build time (og:images), a
 * browser's DOM for the downloads. jsdom serialises like a browser: `outerHTML` writes U+00A0 as
 * `&nbsp;`, the failure readers met in the SVG download.
 */
const documents: [string, Document][] = [
  [
    'linkedom',
    parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document,
  ],
  ['jsdom', document],
];

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent?.slice(0, 300)}`);
  return doc;
}

describe('section images from the hostile ledger', () => {
  for (const [name, document] of documents) {
    it(
      `are well-formed XML holding the ledger's text as text (${name})`,
      { timeout: 30_000 },
      () => {
        const shown = new Set<string>();
        for (const section of sections) {
          const svg = sectionImageSvg(section, { width: 640, theme: 'light', document });
          const root = parseXml(svg).documentElement;
          const text = `${root.textContent} ${[...root.querySelectorAll('*')]
            .flatMap((el) => [...el.attributes].map((a) => a.value))
            .join(' ')}`;
          for (const hostile of HOSTILE_TEXTS)
            if (text.includes(xmlChars(hostile))) shown.add(hostile);
          // No element came out of ledger text: Plot draws no <img>, <script>, <meta> or <b>, and
          // its own <style> never hides everything.
          expect(root.querySelectorAll('img, script, meta, b, i')).toHaveLength(0);
          for (const style of root.querySelectorAll('style')) {
            expect(style.textContent).not.toContain('display:none');
          }
        }
        // The charts draw figures (each with an NBSP), claimants, publishers and event titles.
        expect([...shown]).toEqual(
          expect.arrayContaining([
            '<img src=x onerror="alert(1)">',
            '\u001b[31mred\u001b[0m terminal escape\u0007',
            '=HYPERLINK("http://evil.invalid","x")',
          ]),
        );
        const figure = model.claims.find((c) => c.figure_text.includes('\u00a0'));
        expect(figure).toBeDefined();
      },
    );
  }

  it('hold the no-break space of a figure as a character, never as &nbsp;', () => {
    const disputes = sections.find((s) => s.id === 'disputes');
    if (!disputes) throw new Error('no disputes section');
    const svg = sectionImageSvg(disputes, {
      width: 640,
      theme: 'light',
      document: document,
    });
    expect(svg.includes('&nbsp;')).toBe(false);
    expect(parseXml(svg).documentElement.textContent).toContain('\u00a0');
  });

  it('render to PNG with resvg, as the build does for og:images', { timeout: 30_000 }, () => {
    const [, linkedom] = documents[0] as [string, Document];
    for (const section of sections) {
      const svg = sectionImageSvg(section, { width: 600, theme: 'light', document: linkedom });
      const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
