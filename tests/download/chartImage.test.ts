// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeChartSvg, wrap } from '../../src/lib/download/chartImage.ts';
import { xmlChars } from '../../src/lib/download/svgXml.ts';
import { ALL_HOSTILE } from '../fixtures/hostile-ledger/hostileTexts.ts';

describe('wrap', () => {
  it('breaks at spaces but never at a no-break space, which stays in the text', () => {
    expect(wrap('Walla\u00a0news reported 1,900\u202Fdead', 12)).toEqual([
      'Walla\u00a0news',
      'reported',
      '1,900\u202Fdead',
    ]);
  });

  it('keeps zero-width and bidi characters, which are not spaces', () => {
    expect(wrap('zero\u200Bwidth \u2067isolate\u2069', 40)).toEqual([
      'zero\u200Bwidth \u2067isolate\u2069',
    ]);
  });
});

describe('composeChartSvg', () => {
  it('writes the title, finding, legend and source of hostile text as well-formed XML text', () => {
    for (const text of ALL_HOSTILE) {
      const svg = composeChartSvg({
        title: text,
        finding: text,
        source: text,
        chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
        chartWidth: 10,
        chartHeight: 10,
        legend: [{ label: text, colour: '"red' }],
        theme: 'light',
      });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelector('title')?.textContent).toBe(xmlChars(text));
      // Wrapped lines, joined back with the spaces they were broken at.
      const words = xmlChars(text)
        .split(/[\t\n\r ]+/)
        .filter(Boolean)
        .join(' ');
      const lines = [...doc.querySelectorAll('svg > text')].map((t) => t.textContent).join(' ');
      expect(lines).toContain(words);
      expect(doc.querySelector('g[fill]')?.getAttribute('fill')).toBe('"red');
    }
  });
});
