import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { generateLedgerTexts } from '../../bench/generateLedger.ts';
import { loadLedger } from '../../src/lib/data/loadLedger.ts';
import { buildModel } from '../../src/lib/view/buildModel.ts';
import type { DisputePoint } from '../../src/lib/charts/disputesChart.ts';
import { DISPUTED_VERDICTS } from '../../src/lib/view/filterClaims.ts';
import {
  buildSections,
  DRAW_LIMIT,
  drawLimit,
  engineLookups,
} from '../../src/lib/view/sections.ts';

describe('drawLimit', () => {
  it('keeps everything, and says nothing, up to the limit', () => {
    expect(drawLimit([1, 2, 3], 'figures', 'in order', 3)).toEqual({ drawn: [1, 2, 3], note: '' });
  });

  it('past the limit draws the first ones and says how many of how many', () => {
    const { drawn, note } = drawLimit([...Array(1500).keys()], 'figures', 'in order', 120);
    expect(drawn).toEqual([...Array(120).keys()]);
    expect(note).toBe(
      ' The chart draws the first 120 of 1,500 figures (in order); the table and the CSV hold every one.',
    );
  });
});

describe('sections of a ledger of 5,000 generated claims', () => {
  const model = buildModel(loadLedger(generateLedgerTexts({ claims: 5000, seed: 3 })));
  const sections = buildSections(model, engineLookups(model), model.claims, true);

  it('draw at most the limit, keep every row for the CSV, and say what they leave out', () => {
    for (const s of sections) {
      expect(s.points.data.length, s.id).toBeLessThanOrEqual(DRAW_LIMIT);
      if (s.points.data.length < s.rows.length && s.id !== 'timeline' && s.id !== 'arms-values')
        expect(s.finding, s.id).toContain('the table and the CSV hold every one');
    }
    const total = sections.find((s) => s.id === 'casualties-2020')?.rows.length ?? 0;
    expect(total).toBeGreaterThan(DRAW_LIMIT);
  });

  it('draw the disputes chart in whole groups, disputed ones only', () => {
    const disputes = sections.find((s) => s.id === 'disputes');
    const drawn = (disputes?.points.data ?? []) as unknown as DisputePoint[];
    const all = (disputes?.rows ?? []) as unknown as DisputePoint[];
    const disputed = all.filter((p) => DISPUTED_VERDICTS.includes(p.verdict));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((p) => DISPUTED_VERDICTS.includes(p.verdict))).toBe(true);
    // A prefix of the disputed groups, the last one whole.
    expect(drawn).toEqual(disputed.slice(0, drawn.length));
    const next = disputed[drawn.length];
    if (next) expect(next.group_label).not.toBe(drawn.at(-1)?.group_label);
  });

  it('draw every chart at a bounded height (tens of marks tall, not thousands), in Node as the build would', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    for (const s of sections.filter((x) => x.empty === null)) {
      const svg = Plot.plot({ ...s.chart({ width: 640, theme: 'light', Plot }), document });
      const chart = svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg');
      expect(Number(chart?.getAttribute('height')), s.id).toBeLessThan(DRAW_LIMIT * 60);
    }
  });
});
