import { describe, expect, it } from 'vitest';
import { lensOf } from '../../src/lib/analysis/lens.ts';
import { DEFAULT_RULES } from '../../src/lib/analysis/rules.ts';

describe('lens: who speaks about whom', () => {
  it.each([
    // counted, claimant_side, lens — each pair occurs in data/claims.csv
    ['armenia', 'armenia', 'self_reported'], // asianews-armenian-soldiers-104
    ['armenia', 'azerbaijan', 'adversary'], // asianews-armenian-soldiers-1900
    ['azerbaijan', 'armenia', 'adversary'], // asianews-azerbaijani-troops-800
    ['azerbaijan', 'azerbaijan', 'self_reported'], // asianews-azerbaijani-civilians-18
    ['both_sides', 'press', 'third_party'], // asianews-deaths-hundreds
    ['israel_to_azerbaijan', 'independent', 'third_party'], // asianews-sipri-usd-375m
    ['israel_to_azerbaijan', 'azerbaijan', 'third_party'], // unid20-aliyev-usd-4-85bn: not a belligerent's losses
    ['armenia', 'international', 'third_party'],
  ])('%s counted, %s speaking → %s', (counted, claimant_side, lens) => {
    expect(lensOf({ counted, claimant_side }, DEFAULT_RULES)).toEqual({ lens, note: '' });
  });

  it('says so when the side of the officials is not stated (ap23-armenians-killed-200)', () => {
    const got = lensOf({ counted: 'armenia', claimant_side: 'unknown' }, DEFAULT_RULES);
    expect(got.lens).toBe('third_party');
    expect(got.note).toMatch(/does not say which side/);
  });
});
