import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/lib/view/readModel.ts';
import { buildSections, engineLookups } from '../../src/lib/view/sections.ts';
import { drawKey } from '../../src/lib/view/drawKey.ts';
import type { ViewClaim } from '../../src/lib/view/viewClaim.ts';

const model = readModel('data');
const lookups = engineLookups(model);
const all = model.claims;
const keys = (claims: ViewClaim[], unfiltered: boolean) =>
  new Map(buildSections(model, lookups, claims, unfiltered).map((s) => [s.id, drawKey(s)]));

describe('drawKey', () => {
  it('is the same for sections built twice from the same claims', () => {
    expect(keys(all, true)).toEqual(
      keys(
        [...all].map((c) => ({ ...c })),
        true,
      ),
    );
  });

  it('changes for a chart whose claims change, and only for those', () => {
    const before = keys(all, true);
    const after = keys(
      all.filter((c) => c.topic === 'arms'),
      false,
    );
    expect(after.get('arms-values')).toBe(before.get('arms-values'));
    expect(after.get('arms-shares')).toBe(before.get('arms-shares'));
    expect(after.get('disputes')).not.toBe(before.get('disputes'));
    expect(after.get('casualties-2020')).not.toBe(before.get('casualties-2020'));
    expect(after.get('timeline')).not.toBe(before.get('timeline'));
  });

  it('changes when one claim leaves a chart', () => {
    const section = buildSections(model, lookups, all, true).find(
      (s) => s.id === 'casualties-2020',
    );
    const leaving = section?.rows[0] as ViewClaim;
    expect(leaving).toBeDefined();
    const after = keys(
      all.filter((c) => c.claim_id !== leaving.claim_id),
      false,
    );
    expect(after.get('casualties-2020')).not.toBe(keys(all, true).get('casualties-2020'));
  });
});
