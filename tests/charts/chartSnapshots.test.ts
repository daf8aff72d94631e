import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { readModel } from '../../src/lib/view/readModel.ts';
import { buildSections, engineLookups } from '../../src/lib/view/sections.ts';
import { labelChart } from '../../src/lib/charts/accessiblePlot.ts';
import { NARROW_BUDGET } from '../../src/lib/charts/claimDots.ts';

// Every chart function on the real ledger, drawn by Plot in Node (linkedom) as the build does.
const model = readModel('data');
const sections = buildSections(model, engineLookups(model), model.claims, true);
const CHART_IDS = sections.map((s) => s.id);

/** Plot numbers clip paths and markers with a global counter: make ids stable before comparing. */
function normalise(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/plot-(clip|marker|pattern)-\d+/g, (id, kind: string) => {
    if (!ids.has(id)) ids.set(id, `plot-${kind}-${ids.size + 1}`);
    return ids.get(id) as string;
  });
}

function draw(id: string, width: number, theme: 'light' | 'dark') {
  const section = sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const drawn = Plot.plot({ ...section.chart({ width, theme, Plot }), width, document });
  labelChart(drawn, section.title, true);
  return drawn;
}

describe('chart functions', () => {
  for (const id of CHART_IDS) {
    it(`${id} draws the same SVG as last reviewed (640 px, light)`, async () => {
      await expect(normalise(draw(id, 640, 'light').outerHTML)).toMatchFileSnapshot(
        `__snapshots__/${id}.svg.html`,
      );
    });
  }

  it('no chart leaves a group label that axe rejects, and every chart names itself', () => {
    for (const id of CHART_IDS) {
      const drawn = draw(id, 360, 'dark');
      expect(drawn.querySelectorAll('g[aria-label]').length, id).toBe(0);
      expect(
        drawn.querySelector('svg[role]')?.getAttribute('aria-label') ??
          drawn.getAttribute('aria-label'),
        id,
      ).toBeTruthy();
    }
  });

  it('the disputes chart draws 104 and 1,900 on an axis of people and says the gap in words', () => {
    const text = draw('disputes', 640, 'light').textContent ?? '';
    expect(text).toContain('1,900 · Azerbaijani government');
    expect(text).toContain('104 · Armenian government');
    expect(text).toContain('Armenian military deaths (2 October 2020)');
    expect(text).not.toContain(': contradict');
    expect(text).toContain('18 times higher');
    // Linear from zero: the length between 104 and 1,900 is the story.
    expect(text).toContain('People →');
    expect(text).not.toContain('log scale');
    // What it leaves out, and where to find it, said under the chart.
    expect(text).toMatch(/Not drawn: .* quantities on which sources agree/);
    expect(text).not.toMatch(/×|Times the lowest/);
  });

  it('the arms chart keeps trend-indicator values and declared purchases in separate panels', () => {
    const text = draw('arms-values', 640, 'light').textContent ?? '';
    expect(text).toContain('SIPRI trend-indicator value, printed as US$');
    expect(text).toContain('Purchases declared by a government');
    // The summary repeat of US$ 375 million in the same article is drawn once.
    expect(text.match(/US\$ 375 million/g)?.length).toBe(1);
  });

  it('on a phone, the casualty and claims-vs-confirmed charts draw their headline rows within the budget and count the rest', () => {
    for (const id of ['casualties-2020', 'claims-vs-confirmed', 'equipment-losses']) {
      const drawn = draw(id, 343, 'light');
      const height = Number(drawn.getAttribute('height'));
      expect(height, id).toBeLessThanOrEqual(NARROW_BUDGET);
      const text = drawn.textContent ?? '';
      expect(text, id).toMatch(/On this screen: \d+ of \d+ rows/);
      // Each kept row is labelled at two figures at most; the other marks are tapped.
      expect(text, id).toContain('Unlabelled');
    }
    // The row with the finding comes first, with its two figures named.
    const text = draw('casualties-2020', 343, 'light').textContent ?? '';
    expect(text).toContain('18 times higher');
    expect(text).toContain('104 · Armenian government');
    expect(text).toContain('1,900 · Azerbaijani government');
  });

  it('a wide chart draws every row, its labels beside the marks', () => {
    const text = draw('casualties-2020', 1100, 'light').textContent ?? '';
    expect(text).not.toContain('On this screen');
    expect(text).toContain('Armenian deserters');
  });

  it('the claim charts draw their key inside the drawing, in the shapes drawn, with no Plot legend', () => {
    for (const id of ['casualties-2020', 'equipment-losses', 'disputes']) {
      const drawn = draw(id, 640, 'light');
      expect(drawn.tagName.toLowerCase(), id).toBe('svg');
      expect(drawn.querySelectorAll('[class*="swatch"]').length, id).toBe(0);
      const text = drawn.textContent ?? '';
      expect(text, id).toContain('Azerbaijani side');
      expect(text, id).toContain('about the enemy');
    }
    const text = draw('casualties-2020', 640, 'light').textContent ?? '';
    expect(text).toContain('range a word allows');
    expect(text).toContain('no upper limit');
  });

  it('a figure a later one revises is drawn hollow and says what replaced it', () => {
    const drawn = draw('equipment-losses', 640, 'light');
    const text = drawn.textContent ?? '';
    expect(text).toContain('ten · Armenian and Artsakh authorities, revised to 36');
    expect(text).toContain('revised later');
    const hollow = [...drawn.querySelectorAll('g.claim-points > *')].filter(
      (el) =>
        el.getAttribute('fill') === '#ffffff' ||
        el.parentElement?.getAttribute('fill') === '#ffffff',
    );
    expect(hollow.length).toBeGreaterThanOrEqual(2);
  });

  it('the disputes chart reads rows of one unit on one shared axis', () => {
    const text = draw('disputes', 640, 'light').textContent ?? '';
    expect(text.match(/People →/g)?.length).toBe(1);
  });

  it('the timeline explains its asterisk in the drawing', () => {
    const text = draw('timeline', 640, 'light').textContent ?? '';
    expect(text).toContain('1991*');
    expect(text).toContain('* Date worked out from the text');
  });

  it('on a phone, the toll labels sit between the lines, above the time axis', () => {
    const drawn = draw('toll-growth', 343, 'light');
    const height = Number(drawn.getAttribute('height'));
    const labels = [...drawn.querySelectorAll('g[font-weight="700"] text')];
    expect(labels.map((t) => t.textContent)).toEqual([
      expect.stringContaining('Armenia’s own count'),
      expect.stringContaining('Azerbaijan’s own'),
    ]);
    const yOf = (t: Element) =>
      Number(/translate\([^,]+,([^)]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1]);
    // The plot's floor: the y axis's zero.
    const zero = [...drawn.querySelectorAll('text')].find((t) => t.textContent === '0');
    expect(zero).toBeDefined();
    for (const t of labels) expect(yOf(t)).toBeLessThan(yOf(zero as Element));
    expect(height).toBeLessThan(500);
  });
});
