import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { readModel } from '../../src/lib/view/readModel.ts';
import { buildSections, engineLookups } from '../../src/lib/view/sections.ts';
import { labelChart } from '../../src/lib/charts/accessiblePlot.ts';

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
});
