import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { labelChart } from '../../src/lib/charts/accessiblePlot.ts';
import {
  PRINTED_VALUE_CLASS,
  sipriDeliveriesChart,
  ticksUpTo,
} from '../../src/lib/charts/sipriDeliveriesChart.ts';
import { PRINTED_SHARE_CLASS, sipriSharesChart } from '../../src/lib/charts/sipriSharesChart.ts';
import { yearTicks } from '../../src/lib/charts/yearTicks.ts';
import type { PrintedOnSeries, SipriChartData } from '../../src/lib/reference/sipriChartData.ts';
import { HOSTILE_TEXTS } from '../fixtures/hostile-ledger/hostileTexts.ts';

const flow = 'Israel → Azerbaijan';
const printed = (over: Partial<PrintedOnSeries>): PrintedOnSeries => ({
  claim_id: 'a',
  figure_text: 'US$ 35 million',
  flow,
  from: 2017,
  to: 2019,
  inferred: false,
  printed: 35,
  database: 40,
  outcome: 'differs',
  explanation: 'The database gives 40 million TIV for 2017–2019.',
  ...over,
});
const data: SipriChartData = {
  source: 'Source: SIPRI Arms Transfers Database.',
  flows: [flow],
  deliveries: [2015, 2016, 2017, 2018, 2019, 2020].map((year, i) => ({
    flow,
    year,
    tiv: [20, 30, 25, 15, 0, 2][i] as number,
  })),
  shares: [
    { flow, from: 2015, to: 2019, share: 74.5 },
    { flow, from: 2016, to: 2020, share: 85.9 },
  ],
  values: [
    printed({}),
    // The same figure printed twice in one article: one bracket.
    printed({ claim_id: 'a-summary' }),
    printed({
      claim_id: 'b',
      figure_text: 'more than $80 million',
      from: 2015,
      printed: 80,
      database: 90,
      outcome: 'within_wording',
      inferred: true,
    }),
  ],
  printedShares: [
    printed({
      claim_id: 's',
      figure_text: '75%',
      from: 2015,
      printed: 75,
      database: 74.5,
      outcome: 'matches',
      inferred: true,
    }),
  ],
};

/** The words of every text mark, its wrapped lines joined by spaces. */
const words = (root: Element) =>
  [...root.querySelectorAll('text')]
    .map((t) => {
      const lines = [...t.querySelectorAll('tspan')];
      return lines.length > 0 ? lines.map((l) => l.textContent).join(' ') : t.textContent;
    })
    .join(' | ');

function draw(options: Plot.PlotOptions, label: string) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const drawn = Plot.plot({ ...options, document });
  labelChart(drawn, label, true);
  return drawn;
}

describe("the database's yearly series with the printed values' years over it", () => {
  const drawn = draw(
    sipriDeliveriesChart(data, { width: 640, theme: 'light', Plot }),
    'deliveries',
  );

  it('draws a bar per year and one bracket per distinct printed value, labelled in words', () => {
    expect(drawn.querySelectorAll('rect').length).toBeGreaterThanOrEqual(5);
    expect(drawn.querySelectorAll(`g.${PRINTED_VALUE_CLASS} line`)).toHaveLength(2);
    const text = words(drawn);
    expect(text).toContain(
      'US$ 35 million printed for 2017–2019; this release: 40 million TIV, differs from this release',
    );
    expect(text).toContain('(years inferred)');
    expect(text.match(/US\$ 35 million/g)).toHaveLength(1);
  });

  it('labels whole years, as many as fit', () => {
    expect(yearTicks(2004, 2012, 640)).toEqual([
      2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012,
    ]);
    expect(yearTicks(2000, 2024, 640)).toEqual([2000, 2005, 2010, 2015, 2020]);
    expect(yearTicks(2000, 2024, 240)).toEqual([2000, 2010, 2020]);
    expect(yearTicks(2019, 2020, 360)).toEqual([2019, 2020]);
  });

  it('puts TIV ticks only up to the tallest bar: the space above holds the brackets', () => {
    expect(ticksUpTo(30)).toEqual([0, 10, 20, 30]);
    expect(ticksUpTo(250.45)).toEqual([0, 100, 200]);
  });

  it('is labelled for assistive technology, with no group label axe rejects', () => {
    expect(drawn.querySelectorAll('g[aria-label]')).toHaveLength(0);
    expect(
      drawn.getAttribute('aria-label') ?? drawn.querySelector('svg')?.getAttribute('aria-label'),
    ).toBe('deliveries');
  });
});

describe('the share in every five-year window with the printed shares', () => {
  it('draws the line, a numbered point per printed share (hollow when its window is inferred), and a key', () => {
    const drawn = draw(sipriSharesChart(data, { width: 360, theme: 'dark', Plot }), 'shares');
    const points = drawn.querySelectorAll(`g.${PRINTED_SHARE_CLASS} circle`);
    expect(points).toHaveLength(1);
    expect(points[0]?.getAttribute('fill')).toBe('none');
    expect(drawn.querySelectorAll('path').length).toBeGreaterThan(0);
    expect(words(drawn)).toContain(
      '1. 75% (2015–2019, window inferred); this release: 75 %, matches this release',
    );
  });
});

describe('ledger text in these charts is text', () => {
  it('draws hostile figure texts as text, never as markup', () => {
    const hostile: SipriChartData = {
      ...data,
      values: HOSTILE_TEXTS.map((t, i) => printed({ claim_id: `h${i}`, figure_text: t })),
      printedShares: HOSTILE_TEXTS.map((t, i) =>
        printed({ claim_id: `s${i}`, figure_text: t, printed: 50, database: 50 }),
      ),
    };
    for (const chart of [sipriDeliveriesChart, sipriSharesChart]) {
      const drawn = draw(chart(hostile, { width: 640, theme: 'light', Plot }), 'hostile');
      expect(drawn.querySelectorAll('img, script, style:not(:first-child), svg svg')).toHaveLength(
        0,
      );
      expect(drawn.outerHTML).not.toContain('<img');
      expect(drawn.textContent).toContain('<img src=x onerror="alert(1)">');
    }
  });
});
