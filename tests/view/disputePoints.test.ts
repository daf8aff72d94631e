import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/lib/view/readModel.ts';
import { engineLookups } from '../../src/lib/view/sections.ts';
import { disputePoints } from '../../src/lib/view/disputePoints.ts';
import { disputeAnnotations } from '../../src/lib/charts/disputesChart.ts';

const model = readModel('data');
const lookups = engineLookups(model);
const points = disputePoints(model.claims, lookups.members, lookups.groups);
const basis = (claimId: string) => lookups.members.get(claimId)?.basis;

describe('disputePoints', () => {
  it('never sets a SIPRI trend-indicator value against another kind of money in one row', () => {
    for (const label of new Set(points.map((p) => p.group_label))) {
      const list = points.filter((p) => p.group_label === label);
      const tiv = list.filter((p) => basis(p.claim_id) === 'tiv').length;
      expect(tiv === 0 || tiv === list.length, label).toBe(true);
    }
  });

  it('splits the arms-sales group of the ledger into a TIV row and a declared-value row', () => {
    const arms = points.filter((p) => p.measure === 'arms_sales_value');
    const labels = [...new Set(arms.map((p) => p.group_label))];
    expect(labels).toHaveLength(2);
    expect(labels.some((l) => l.includes('SIPRI trend-indicator value'))).toBe(true);
    expect(labels.some((l) => l.includes('declared by a government'))).toBe(true);
    // Each row is measured against its own lowest figure.
    for (const label of labels)
      expect(Math.min(...arms.filter((p) => p.group_label === label).map((p) => p.ratio))).toBe(1);
  });

  it('keeps a group of one kind in one row, in its own unit, with ratios to its lowest', () => {
    const deaths = points.filter((p) => p.group_label.startsWith('Armenian military deaths'));
    expect(deaths.map((p) => p.figure_text)).toEqual(['104', '1,900']);
    expect(deaths.map((p) => [p.base_center, p.base_unit])).toEqual([
      [104, 'people'],
      [1900, 'people'],
    ]);
    expect(deaths[0]?.ratio).toBe(1);
    expect(deaths[1]?.ratio).toBeCloseTo(1900 / 104, 6);
    // The claim's own figures stay as the ledger has them (the CSV download holds them).
    expect(deaths[1]?.center).toBe(1900);
  });

  it('carries the spread of a contradiction for its bracket, and the chart says it in words', () => {
    const deaths = points.filter((p) => p.group_label.startsWith('Armenian military deaths'));
    const [note] = disputeAnnotations(deaths);
    expect(note).toEqual({
      row: deaths[0]?.group_label,
      from: 104,
      to: 1900,
      text: '18 times higher',
    });
  });
});
