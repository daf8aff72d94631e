import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/lib/view/readModel.ts';
import { engineLookups } from '../../src/lib/view/sections.ts';
import { disputePoints } from '../../src/lib/view/disputePoints.ts';

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
    // Each row starts from its own lowest figure.
    for (const label of labels)
      expect(Math.min(...arms.filter((p) => p.group_label === label).map((p) => p.center))).toBe(1);
  });

  it('keeps a group of one kind in one row, placed against its lowest figure', () => {
    const deaths = points.filter((p) => p.group_label.startsWith('Armenian military deaths'));
    expect(deaths.map((p) => p.figure_text)).toEqual(['104', '1,900']);
    expect(deaths[0]?.center).toBe(1);
    expect(deaths[1]?.center).toBeCloseTo(1900 / 104, 6);
  });
});
