import { describe, expect, it } from 'vitest';
import { confirmedFinding, confirmedRows } from '../../src/lib/charts/confirmedChart.ts';
import { casualtyClaims, warOf } from '../../src/lib/charts/casualtiesChart.ts';
import { measureRow } from '../../src/lib/charts/measureChart.ts';
import { tollFinding, tollSeries } from '../../src/lib/charts/tollGrowthChart.ts';
import { topicSections } from '../../src/lib/view/dataSections.ts';
import type { ViewClaim } from '../../src/lib/view/viewClaim.ts';

let n = 0;
function vc(o: Partial<ViewClaim>): ViewClaim {
  n += 1;
  const value = o.value ?? 100;
  return {
    claim_id: `v${n}`,
    source_id: 's1',
    paragraph: 1,
    figure_text: String(value),
    value,
    unit: 'people',
    qualifier: 'exact',
    low: value,
    high: value,
    measure: 'military_deaths',
    counted: 'armenia',
    subset: null,
    claimant: 'Armenian government',
    claimant_side: 'armenia',
    hedge: 'stated',
    origin: null,
    period_start: null,
    period_end: null,
    as_of: '2020-10-02',
    time_basis: 'stated',
    note: null,
    publisher: 'Example Daily',
    publisher_basis: 'stated',
    headline: null,
    byline: null,
    published: '2020-10-02',
    published_precision: 'stated',
    wire: null,
    url: null,
    archive_file: '000_0000000000000000.txt',
    language: 'en',
    source_note: null,
    topic: 'casualties',
    lens: 'self_reported',
    lo: value,
    hi: value,
    center: value,
    group_id: null,
    verdict: null,
    ...o,
  };
}

describe('which war a figure belongs to', () => {
  it('goes by the day a figure is true of, not the day it was published', () => {
    const finalToll = vc({ as_of: '2021-01-11', published: '2022-02-13' });
    expect(warOf(finalToll)).toBe(2020);
    expect(warOf(vc({ as_of: null, published: '2023-10-05' }))).toBe(2023);
    expect(warOf(vc({ as_of: null, published: '2016-04-05' }))).toBeNull();
    expect(casualtyClaims([finalToll], 2020)).toEqual([finalToll]);
  });
});

describe('how a toll grew', () => {
  it('follows each side’s own counts by date, and leaves out claims about the enemy', () => {
    const claims = [
      vc({ value: 3825, figure_text: '3,825', as_of: '2022-02-13', time_basis: 'inferred' }),
      vc({ value: 104, figure_text: '104', as_of: '2020-10-02', time_basis: 'inferred' }),
      vc({ value: 1900, lens: 'adversary', claimant_side: 'azerbaijan' }),
      vc({ value: 2853, counted: 'azerbaijan', claimant_side: 'azerbaijan', as_of: '2021-01-11' }),
    ];
    const series = tollSeries(claims);
    expect(series.map((s) => s.points.map((p) => p.value))).toEqual([[104, 3825]]);
    expect(tollFinding(series)).toBe(
      'Armenia’s own count rose from 104 (by 2 October 2020) to 3,825 (by 13 February 2022), 36.8 times the first.',
    );
  });

  it('says so when no side reported on two days', () => {
    expect(tollFinding(tollSeries([vc({})]))).toMatch(/^No side’s own toll/);
  });
});

describe('claims against what was confirmed', () => {
  const enemyTanks = vc({
    value: 250,
    figure_text: 'about 250',
    unit: 'armour',
    measure: 'equipment_destroyed',
    claimant: 'Azerbaijani government',
    claimant_side: 'azerbaijan',
    lens: 'adversary',
    as_of: '2020-10-07',
    topic: 'equipment',
  });
  const oryx = (unit: ViewClaim['unit'], value: number) =>
    vc({
      value,
      unit,
      measure: 'equipment_lost',
      claimant: 'Oryx',
      claimant_side: 'independent',
      lens: 'third_party',
      topic: 'equipment',
    });

  it('adds up a third party’s parts of a kind (tanks and other armoured vehicles)', () => {
    const rows = confirmedRows([enemyTanks, oryx('tanks', 255), oryx('armoured_vehicles', 78)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.confirmed).toMatchObject({ value: 333, summed: true });
    expect(confirmedFinding(rows)).toBe(
      'Armenian tanks and armoured vehicles lost: the enemy’s highest claim, about 250 by 7 October 2020 (Azerbaijani government), was below Oryx (255 tanks and 78 armoured vehicles, 333 together).',
    );
  });

  it('needs an enemy claim and another figure for a row, and never mixes wars', () => {
    expect(confirmedRows([enemyTanks])).toEqual([]);
    const claim2023 = vc({ value: 200, published: '2023-10-05', as_of: '2023-10-05' });
    const enemy2020 = vc({ value: 800, lens: 'adversary', claimant_side: 'azerbaijan' });
    expect(confirmedRows([claim2023, enemy2020])).toEqual([]);
  });
});

describe('sections that follow the data', () => {
  it('give a topic no other view draws a section of its own, split by unit family', () => {
    const prisoners = vc({ measure: 'prisoners_held', topic: 'prisoners', value: 60 });
    const strikes = vc({ measure: 'attacks_documented', topic: 'attacks', unit: 'incidents' });
    const sections = topicSections([prisoners, strikes], [prisoners], () => false);
    expect(sections.map((s) => s.id)).toEqual(['topic-prisoners', 'topic-attacks']);
    expect(sections[0]?.finding).toBe(
      'Armenian prisoners of war: 100 (Armenian government).'.replace('100', '60'),
    );
    expect(sections[1]?.empty).not.toBeNull();
  });

  it('name the kind of equipment in a row', () => {
    expect(measureRow(vc({ measure: 'equipment_destroyed', unit: 'tanks' }))).toBe(
      'Armenian tanks destroyed',
    );
    expect(measureRow(vc({ measure: 'aircraft_downed', unit: 'helicopters' }))).toBe(
      'Armenian aircraft shot down: helicopters',
    );
  });
});
