import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectPrerendered, drawSignature } from '../../src/lib/boot/prerendered.ts';
import { wirePoints } from '../../src/lib/charts/accessiblePlot.ts';

describe('drawSignature', () => {
  it('is stable and changes with the data, the label or the colour scheme', () => {
    const base = drawSignature('rows:a,b', 'Casualties. Finding.', 'light');
    expect(drawSignature('rows:a,b', 'Casualties. Finding.', 'light')).toBe(base);
    expect(drawSignature('rows:a', 'Casualties. Finding.', 'light')).not.toBe(base);
    expect(drawSignature('rows:a,b', 'Casualties. Other.', 'light')).not.toBe(base);
    expect(drawSignature('rows:a,b', 'Casualties. Finding.', 'dark')).not.toBe(base);
    // The parts cannot run into each other.
    expect(drawSignature('ab', 'c', 'light')).not.toBe(drawSignature('a', 'bc', 'light'));
  });
});

describe('collectPrerendered', () => {
  it('takes each stamped drawing by chart id, and skips charts without a stamp or a drawing', () => {
    const { document } = parseHTML(`<div id="app">
      <section data-chart="disputes"><div class="plot" data-signature="k1" data-width="360"><svg id="d"></svg></div></section>
      <section data-chart="timeline"><div class="plot"><svg></svg></div></section>
      <section data-chart="arms-values"><div class="plot" data-signature="k2" data-width="360"></div></section>
    </div>`);
    const found = collectPrerendered(document.getElementById('app') as unknown as ParentNode);
    expect([...found.keys()]).toEqual(['disputes']);
    expect(found.get('disputes')).toMatchObject({ signature: 'k1', width: 360 });
    expect(found.get('disputes')?.drawn.getAttribute('id')).toBe('d');
  });
});

describe('wirePoints on a prerendered drawing', () => {
  it('finds each datum from the data-index the build wrote, as Plot’s __data__ is gone', () => {
    const { document } = parseHTML(
      '<svg><g class="pts"><circle data-index="1"></circle><circle data-index="0"></circle><circle></circle><circle data-index="7"></circle></g></svg>',
    );
    const svg = document.querySelector('svg') as unknown as Element;
    const lookup = wirePoints(svg, {
      className: 'pts',
      data: ['a', 'b'],
      describe: (d) => `say ${d}`,
    });
    expect([...lookup.values()]).toEqual(['b', 'a']);
    const [first] = lookup.keys();
    expect(first?.getAttribute('aria-label')).toBe('say b');
    expect(first?.getAttribute('tabindex')).toBe('0');
  });
});
