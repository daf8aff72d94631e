import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { labelChart, wirePoints } from '../../src/lib/charts/accessiblePlot.ts';
import { distinctValues } from '../../src/lib/charts/sipriDeliveriesChart.ts';
import { formatNumber } from '../../src/lib/format/formatValue.ts';
import { readModel } from '../../src/lib/view/readModel.ts';
import { buildSections, chartIds, engineLookups } from '../../src/lib/view/sections.ts';
import { keepUnchanged } from '../../src/lib/view/unchangedSections.ts';
import { buildModel } from '../../src/lib/view/buildModel.ts';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { SIPRI_SERIES_COLUMNS } from '../../src/lib/view/sipriTable.ts';
import type { ViewClaim } from '../../src/lib/view/viewClaim.ts';

const model = readModel('data');
const lookups = engineLookups(model);
const sipri = model.sipri;
if (!sipri) throw new Error('data/ has no SIPRI reference');
const sectionsOf = (claims: ViewClaim[], unfiltered = false) =>
  buildSections(model, lookups, claims, unfiltered);
const section = (id: string, claims = model.claims) => {
  const found = sectionsOf(claims, claims === model.claims).find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const whole = (x: number) => formatNumber(Math.round(x));

describe('the SIPRI sections', () => {
  it('stand in the arms part, each after the chart of the printed figures it checks', () => {
    const ids = chartIds(model);
    expect(ids.slice(1, 5)).toEqual([
      'arms-values',
      'sipri-deliveries',
      'arms-shares',
      'sipri-shares',
    ]);
    // Their ids stay put under filters: a filter empties a section, never removes it.
    const casualties = model.claims.filter((c) => c.topic === 'casualties');
    expect(sectionsOf(casualties).map((s) => s.id)).toEqual(ids);
  });

  it("the deliveries finding states the database's total and peak and each printed figure's years, from the data", () => {
    const { finding } = section('sipri-deliveries');
    const total = sipri.deliveries.reduce((sum, d) => sum + d.tiv, 0);
    const peak = [...sipri.deliveries].sort((a, b) => b.tiv - a.tiv)[0];
    const [first, last] = [sipri.deliveries[0]?.year, sipri.deliveries.at(-1)?.year];
    expect(finding).toContain(
      `Israel’s arms deliveries to Azerbaijan as ${whole(total)} million TIV over ${first}–${last}, most in ${peak?.year} (${whole(peak?.tiv ?? NaN)} million)`,
    );
    for (const v of distinctValues(sipri.values)) {
      expect(finding).toContain(`“${v.figure_text}”, printed for ${v.from}–${v.to}`);
      expect(finding).toContain(`the database gives ${whole(v.database)} million TIV`);
    }
    // This release: 425 million TIV for 2017–2019, where the 2020 articles printed 375.
    expect(finding).toContain(
      '“US$ 375 million”, printed for 2017–2019: the database gives 425 million TIV for those years, and the printed figure is 50 million below it.',
    );
    expect(finding).toContain('(years inferred)');
    expect(finding).toContain('not a price');
    expect(finding).toContain('SIPRI revises past years in every release');
  });

  it("the shares finding states the database's lowest, highest and latest share and each printed share, from the data", () => {
    const { finding } = section('sipri-shares');
    const shares = sipri.shares.filter((d): d is typeof d & { share: number } => d.share !== null);
    const low = shares.reduce((a, d) => (d.share < a.share ? d : a));
    const high = shares.reduce((a, d) => (d.share > a.share ? d : a));
    const latest = shares.at(-1);
    expect(finding).toContain(`lowest at ${whole(low.share)} % (${low.from}–${low.to})`);
    expect(finding).toContain(`highest at ${whole(high.share)} % (${high.from}–${high.to})`);
    expect(finding).toContain(
      `in the latest window, ${latest?.from}–${latest?.to}, it is ${whole(latest?.share ?? NaN)} %`,
    );
    expect(finding).toContain(
      '“60 percent” (2015–2019, window inferred): the database gives 60 %, and the printed figure matches it.',
    );
    expect(finding).toContain(
      '“nearly 70%” (2016–2020): the database gives 68 %, and the printed figure lies within what its wording allows.',
    );
    // Nothing differs here, so no word of revisions.
    expect(finding).not.toContain('revises');
  });

  it('name the database and the date its data was generated, then the articles of the printed figures', () => {
    for (const id of ['sipri-deliveries', 'sipri-shares']) {
      const { source } = section(id);
      expect(source).toMatch(
        /^Source: SIPRI Arms Transfers Database\. Data generated: 3 January 2025; deliveries 2000–2023\. Printed figures: /,
      );
    }
    expect(section('sipri-deliveries').source).toContain('AsiaNews, 2 October 2020');
    expect(section('sipri-shares').source).toContain('The Times of Israel, 1 October 2020');
  });

  it('offer each printed figure drawn to keyboard and touch, in the order the chart draws them, with the comparison in words', () => {
    for (const id of ['sipri-deliveries', 'sipri-shares']) {
      const s = section(id);
      const { document } = parseHTML('<!doctype html><html><body></body></html>');
      const drawn = Plot.plot({ ...s.chart({ width: 640, theme: 'light', Plot }), document });
      labelChart(drawn, s.title, true);
      const wired = wirePoints(drawn, s.points);
      expect(wired.size, id).toBe(s.points.data.length);
      expect([...wired.values()]).toEqual(s.points.data);
      for (const [element, claim] of wired) {
        const c = claim as ViewClaim;
        expect(element.getAttribute('aria-label')).toContain(c.figure_text);
        expect(element.getAttribute('aria-label')).toContain('this release');
        const printed = [...sipri.values, ...sipri.printedShares].find(
          (v) => v.claim_id === c.claim_id,
        );
        expect(s.comparison?.(c as never)).toBe(printed?.explanation);
      }
    }
    // The same figure printed twice in one article (summary and body) is one bracket.
    expect(section('sipri-deliveries').points.data.map((c) => (c as ViewClaim).claim_id)).toEqual([
      'asianews-sipri-usd-375m-summary',
      'unid20-sipri-usd-740m',
    ]);
  });

  it("download the database's series and the printed figures shown, each row with its source", () => {
    const deliveries = section('sipri-deliveries').table;
    expect(deliveries?.columns).toEqual(SIPRI_SERIES_COLUMNS);
    const database = deliveries?.rows.filter((r) => r.kind === 'database') ?? [];
    expect(database.map((r) => [r.from, r.database])).toEqual(
      sipri.deliveries.map((d) => [d.year, d.tiv]),
    );
    const printed = deliveries?.rows.filter((r) => r.kind === 'printed') ?? [];
    // Every printing, the summary's repeat included.
    expect(printed.map((r) => r.claim_id)).toEqual(sipri.values.map((v) => v.claim_id));
    for (const r of database) expect(r.source).toBe(sipri.source);
    expect(printed[0]).toMatchObject({
      figure_text: 'US$ 375 million',
      printed: 375,
      unit: 'TIV millions',
      source_id: 'asianews-2020-10-02',
      source: 'AsiaNews, 2 October 2020, paragraph 2',
    });
    const shares = section('sipri-shares').table?.rows ?? [];
    expect(shares.filter((r) => r.kind === 'database')).toHaveLength(sipri.shares.length);
    expect(shares.every((r) => r.unit === 'percent' && r.source !== '')).toBe(true);
    expect(section('sipri-shares').dataFile).toBe('reference/sipri-transfers.csv');
  });

  it('follow the filters: only the printed figures shown, and nothing to draw when none is', () => {
    const ap = model.claims.filter((c) => c.source_id === 'ap-2023-10-05');
    const shares = section('sipri-shares', ap);
    expect(shares.points.data.map((c) => (c as ViewClaim).claim_id)).toEqual([
      'ap23-israel-arsenal-share-70',
    ]);
    expect(shares.finding).not.toContain('60 percent');
    expect(shares.table?.rows.filter((r) => r.kind === 'printed')).toHaveLength(1);
    const deliveries = section('sipri-deliveries', ap);
    expect(deliveries.empty).toMatch(/No figure compared with SIPRI’s database matches/);
    expect(deliveries.finding).toBe(
      'No printed figure compared with SIPRI’s database matches the current filters.',
    );
    const casualties = model.claims.filter((c) => c.topic === 'casualties');
    for (const id of ['sipri-deliveries', 'sipri-shares'])
      expect(section(id, casualties).empty, id).not.toBeNull();
  });

  it('are not redrawn when a filter leaves their printed figures as they were', () => {
    const unchanged = keepUnchanged<ReturnType<typeof sectionsOf>[number]>();
    const all = new Map(unchanged(sectionsOf(model.claims, true)).map((s) => [s.id, s]));
    const armsOnly = sectionsOf(model.claims.filter((c) => c.topic === 'arms'));
    const arms = new Map(unchanged(armsOnly).map((s) => [s.id, s]));
    // The same section object: the dashboard neither recomputes nor redraws it.
    expect(arms.get('sipri-deliveries')).toBe(all.get('sipri-deliveries'));
    expect(arms.get('sipri-shares')).toBe(all.get('sipri-shares'));
  });

  it('are not there for a ledger without a reference table', () => {
    const bare = buildModel(readLedger('data'));
    expect(bare.sipri).toBeNull();
    const ids = chartIds(bare);
    expect(ids.filter((id) => id.startsWith('sipri-'))).toEqual([]);
    expect(ids).toEqual(chartIds(model).filter((id) => !id.startsWith('sipri-')));
  });
});
