import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPE, textWidth, wrapText } from '../../src/lib/charts/typeScale.ts';
import { gapWords } from '../../src/lib/charts/timelineChart.ts';
import { axisTicks, type Axis } from '../../src/lib/charts/claimDots.ts';

describe('the charts’ type scale', () => {
  it('is the page’s: app.css declares the same sizes, none under 12 px', () => {
    const css = readFileSync('src/app.css', 'utf8');
    expect(css).toContain(`--type-small: ${TYPE.small}px;`);
    expect(css).toContain(`--type-label: ${TYPE.label}px;`);
    expect(css).toContain(`--type-story: ${TYPE.story}px;`);
    expect(Math.min(...Object.values(TYPE))).toBeGreaterThanOrEqual(12);
  });

  it('wraps at word boundaries to the width, and cuts a word too long for a line', () => {
    const lines = wrapText('104 · Armenian government of the Republic', 120, TYPE.label);
    for (const line of lines) expect(textWidth(line, TYPE.label)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('104 · Armenian government of the Republic');
    const long = wrapText('x'.repeat(100), 100, TYPE.label);
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('x'.repeat(100));
  });

  it('keeps axis tick labels apart and inside the chart at a phone’s width', () => {
    const axis: Axis = {
      type: 'linear',
      domain: [0, 8000],
      label: 'People',
      tickFormat: (v) => v.toLocaleString('en-GB'),
    };
    const ticks = axisTicks(axis, 12, 304, [2, 318]);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const extent = (t: (typeof ticks)[number]) => {
      const w = textWidth(t.text, TYPE.small);
      return t.anchor === 'start'
        ? [t.x, t.x + w]
        : t.anchor === 'end'
          ? [t.x - w, t.x]
          : [t.x - w / 2, t.x + w / 2];
    };
    ticks.forEach((t, i) => {
      const [a, b] = extent(t) as [number, number];
      expect(a).toBeGreaterThanOrEqual(2);
      expect(b).toBeLessThanOrEqual(318);
      const next = ticks[i + 1];
      if (next) expect(b).toBeLessThan((extent(next) as [number, number])[0]);
    });
  });

  it('says a broken gap of the timeline in words', () => {
    expect(gapWords(365.25 * 25)).toBe('25 years later');
    expect(gapWords(150)).toBe('5 months later');
  });
});
